#!/usr/bin/env python3
"""Reference forward FLOP of every Hugging Face fixture config, counted by PyTorch's FlopCounterMode
(2 FLOP per multiply-add; matrix products, convolutions and attention only), for the tests of
issue 15 (Tests/ModelImportTests/Fixtures/hf/flopcounter-forward.json).

  /work/venv/bin/python scripts/reference/hf_flop_reference.py

Each model is built from its config with eager attention and eager experts (Transformers' grouped
experts are invisible to FlopCounterMode) and run on one sequence of SEQUENCE tokens (T5: the same
length for encoder and decoder). Dense models run on the meta device (shapes only, no weights).
Mixture-of-experts models route by data, which the meta device cannot do, so they run on the CPU
as small copies (hf-small/*.json, written here: two layers, four experts, narrow widths) with
random weights; the expert products do not depend on the routing, since every token visits
exactly top-k experts. The small copies are fixtures too, so the tool is checked on the same
configs.
"""
import json
import os
import sys

import torch
import transformers
from torch.utils.flop_counter import FlopCounterMode
from transformers import AutoConfig, AutoModel, AutoModelForCausalLM, AutoModelForSeq2SeqLM

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "ModelImportTests", "Fixtures")
SEQUENCE = 128
SMALL_SEQUENCE = 16
MOE_TYPES = {"mixtral", "qwen2_moe", "qwen3_moe", "deepseek_v2", "deepseek_v3", "olmoe", "phimoe"}


def small_copy(raw):
    """A narrow two-layer copy of a mixture-of-experts config with four experts, top-2."""
    small = dict(raw)
    small.update(hidden_size=256, intermediate_size=384, vocab_size=1000, num_hidden_layers=2,
                 num_attention_heads=8, num_key_value_heads=min(raw.get("num_key_value_heads") or 8, 8),
                 max_position_embeddings=4096, num_experts_per_tok=2)
    small.pop("head_dim", None)
    for key in ("num_local_experts", "num_experts", "n_routed_experts"):
        if key in raw:
            small[key] = 4
    for key in ("moe_intermediate_size", "shared_expert_intermediate_size"):
        if key in raw:
            small[key] = 128 if key == "moe_intermediate_size" else 256
    if raw["model_type"].startswith("deepseek"):
        small.update(first_k_dense_replace=1, kv_lora_rank=32, qk_nope_head_dim=16, qk_rope_head_dim=8,
                     v_head_dim=16, n_group=1, topk_group=1, num_key_value_heads=8)
        if raw.get("q_lora_rank"):
            small["q_lora_rank"] = 48
    small["_small_copy_of"] = raw.get("_name")
    return small


def build(raw):
    config = AutoConfig.for_model(**{k: v for k, v in raw.items() if not k.startswith("_")})
    kwargs = dict(attn_implementation="eager", experts_implementation="eager")
    if raw["model_type"] in ("bert", "roberta", "xlm-roberta", "electra", "distilbert"):
        return AutoModel.from_config(config, **kwargs)  # the bare model with its pooler
    if raw["model_type"] in ("t5", "mt5"):
        return AutoModelForSeq2SeqLM.from_config(config, **kwargs)
    return AutoModelForCausalLM.from_config(config, **kwargs)


def forward_flop(model, model_type, length):
    ids = torch.zeros((1, length), dtype=torch.long, device=next(model.parameters()).device)
    with FlopCounterMode(display=False) as counter, torch.no_grad():
        if model_type in ("t5", "mt5"):
            model(input_ids=ids, decoder_input_ids=ids)
        else:
            model(input_ids=ids)
    return counter.get_total_flops()


def main():
    folder = os.path.join(ROOT, "hf")
    small_folder = os.path.join(ROOT, "hf-small")
    os.makedirs(small_folder, exist_ok=True)
    results = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json") or name in ("transformers-counts.json", "flopcounter-forward.json"):
            continue
        with open(os.path.join(folder, name)) as f:
            raw = json.load(f)
        if raw["model_type"] in MOE_TYPES:
            raw["_name"] = name
            small = small_copy(raw)
            small_name = name.replace(".json", "-small.json")
            with open(os.path.join(small_folder, small_name), "w") as f:
                json.dump({k: v for k, v in small.items() if not k.startswith("_")}, f, indent=1, sort_keys=True)
            torch.manual_seed(0)
            model = build(small)
            flop = forward_flop(model, small["model_type"], SMALL_SEQUENCE)
            results["hf-small/" + small_name] = {"sequence_length": SMALL_SEQUENCE, "forward_flop": flop,
                                                 "small_copy_of": "hf/" + name}
        else:
            with torch.device("meta"):
                model = build(raw)
                flop = forward_flop(model, raw["model_type"], SEQUENCE)
            results["hf/" + name] = {"sequence_length": SEQUENCE, "forward_flop": flop}
        print(name, flop, file=sys.stderr)
    out = {
        "about": f"PyTorch FlopCounterMode (torch {torch.__version__}) on Hugging Face Transformers "
        f"{transformers.__version__}: forward FLOP of one sequence, batch 1, eager attention and experts; "
        "dense models on the meta device, mixture-of-experts models as small copies (hf-small/) on the CPU. "
        "Made by scripts/reference/hf_flop_reference.py.",
        "models": results,
    }
    with open(os.path.join(folder, "flopcounter-forward.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
