#!/usr/bin/env python3
"""Reference forward FLOP of every Hugging Face fixture config, counted by PyTorch's FlopCounterMode
(2 FLOP per multiply-add; matrix products, convolutions and attention only), for the tests of
issue 15 (Tests/ModelImportTests/Fixtures/hf/flopcounter-forward.json).

  /work/venv/bin/python scripts/reference/hf_flop_reference.py [config.json ...]

With file names (of hf/), only their figures are remade and the others kept.

Each model is built from its config with eager attention and eager experts (Transformers' grouped
experts are invisible to FlopCounterMode) and run on one sequence of SEQUENCE tokens (T5 and BART:
the same length for encoder and decoder; Whisper: SEQUENCE decoder tokens on 30 s of audio, 80 mel
bins x 3000 frames; ViT: one image of image_size; CLIP: one image and one text of at most its 77
positions). Dense models run on the meta device (shapes only, no weights).
Mixture-of-experts models route by data, which the meta device cannot do, so they run on the CPU
as small copies (hf-small/*.json, written here: two layers, four experts, narrow widths) with
random weights; the expert products do not depend on the routing, since every token visits
exactly top-k experts. The small copies are fixtures too, so the tool is checked on the same
configs.

The state-space families (mamba, mamba2, and jamba's Mamba layers) run Transformers' reference PyTorch
path, since neither mamba_ssm nor causal_conv1d is installed: that is the path FlopCounterMode sees. Its
depthwise conv1d computes L + K - 1 outputs (padding K - 1, the last K - 1 dropped), Mamba's readout C·h
is a bmm, and Mamba-2's SSD scan pads each sequence to whole chunks of chunk_size; the tool counts the
same. RWKV's WKV recurrence is element-wise only, so FlopCounterMode sees its projections alone.
"""
import json
import os
import sys

import torch
import transformers
from torch.utils.flop_counter import FlopCounterMode
from transformers import (AutoConfig, AutoModel, AutoModelForCausalLM, AutoModelForSeq2SeqLM,
                          AutoModelForSpeechSeq2Seq)

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "ModelImportTests", "Fixtures")
SEQUENCE = 128
SMALL_SEQUENCE = 16
MOE_TYPES = {"mixtral", "qwen2_moe", "qwen3_moe", "deepseek_v2", "deepseek_v3", "olmoe", "phimoe", "jamba", "dbrx"}
# Bare models (with their poolers), as `params` counts them.
BARE_TYPES = ("bert", "roberta", "xlm-roberta", "electra", "distilbert", "albert", "deberta-v2", "vit", "clip")
# Whisper's encoder reads 30 s of audio: 80 mel bins x 3000 frames (max_source_positions x 2).
WHISPER_FRAMES = 3000


def small_copy(raw):
    """A narrow two-layer copy of a mixture-of-experts config with four experts, top-2."""
    if raw["model_type"] == "dbrx":
        small = dict(raw, d_model=256, n_heads=8, n_layers=2, vocab_size=1000, max_seq_len=4096)
        small["attn_config"] = dict(raw["attn_config"], kv_n_heads=2)
        small["ffn_config"] = dict(raw["ffn_config"], ffn_hidden_size=384, moe_num_experts=4, moe_top_k=2)
        small["_small_copy_of"] = raw.get("_name")
        return small
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
    if raw["model_type"] == "jamba":
        # Eight layers keep Jamba-v0.1's pattern (attention at 4 of 8, experts every other layer).
        small.update(num_hidden_layers=8, mamba_dt_rank=16, use_mamba_kernels=False)
    small["_small_copy_of"] = raw.get("_name")
    return small


def build(raw):
    config = AutoConfig.for_model(**{k: v for k, v in raw.items() if not k.startswith("_")})
    kwargs = dict(attn_implementation="eager", experts_implementation="eager")
    if raw["model_type"] in BARE_TYPES:
        return AutoModel.from_config(config, **kwargs)  # the bare model with its pooler
    if raw["model_type"] in ("t5", "mt5", "bart"):
        return AutoModelForSeq2SeqLM.from_config(config, **kwargs)
    if raw["model_type"] == "whisper":
        return AutoModelForSpeechSeq2Seq.from_config(config, **kwargs)
    return AutoModelForCausalLM.from_config(config, **kwargs)


def sequence_length(raw, length):
    """The text length run: SEQUENCE tokens, CLIP's text tower at most its 77 positions; none for ViT."""
    if raw["model_type"] == "vit":
        return None
    if raw["model_type"] == "clip":
        return min(length, raw["text_config"]["max_position_embeddings"])
    return length


def image(raw, device):
    vision = raw.get("vision_config", raw)
    size = vision["image_size"]
    return torch.zeros((1, vision.get("num_channels", 3), size, size), device=device)


def forward_flop(model, raw, length):
    device = next(model.parameters()).device
    # No parameter needs a gradient: DBRX slices its expert weights inside the forward, and such a
    # slice of a parameter that asks for gradients trips FlopCounterMode's module hooks.
    model.requires_grad_(False)
    model_type = raw["model_type"]
    ids = torch.zeros((1, length or 1), dtype=torch.long, device=device)
    with FlopCounterMode(display=False) as counter, torch.no_grad():
        if model_type in ("t5", "mt5", "bart"):
            model(input_ids=ids, decoder_input_ids=ids)
        elif model_type == "whisper":
            features = torch.zeros((1, raw["num_mel_bins"], WHISPER_FRAMES), device=device)
            model(input_features=features, decoder_input_ids=ids)
        elif model_type == "vit":
            model(pixel_values=image(raw, device))
        elif model_type == "clip":
            model(input_ids=ids, pixel_values=image(raw, device))
        elif model_type == "deberta-v2":
            # An explicit mask: without one the model peeks at the ids, which the meta device cannot.
            model(input_ids=ids, attention_mask=torch.ones_like(ids))
        else:
            model(input_ids=ids)
    return counter.get_total_flops()


def main():
    folder = os.path.join(ROOT, "hf")
    small_folder = os.path.join(ROOT, "hf-small")
    os.makedirs(small_folder, exist_ok=True)
    output = os.path.join(folder, "flopcounter-forward.json")
    only = set(sys.argv[1:])
    results = {}
    if only:  # remake only the named configs' figures, keeping those of the others still there
        with open(output) as f:
            kept = json.load(f)["models"]
        results = {key: value for key, value in kept.items()
                   if os.path.exists(os.path.join(ROOT, value.get("small_copy_of", key)))}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json") or name in ("transformers-counts.json", "flopcounter-forward.json"):
            continue
        if only and name not in only:
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
            flop = forward_flop(model, small, SMALL_SEQUENCE)
            results["hf-small/" + small_name] = {"sequence_length": SMALL_SEQUENCE, "forward_flop": flop,
                                                 "small_copy_of": "hf/" + name}
        else:
            with torch.device("meta"):
                model = build(raw)
                length = sequence_length(raw, SEQUENCE)
                flop = forward_flop(model, raw, length)
            results["hf/" + name] = {"forward_flop": flop}
            if length is not None:
                results["hf/" + name]["sequence_length"] = length
        print(name, flop, file=sys.stderr)
    out = {
        "about": f"PyTorch FlopCounterMode (torch {torch.__version__}) on Hugging Face Transformers "
        f"{transformers.__version__}: forward FLOP of one sequence, batch 1, eager attention and experts; "
        "dense models on the meta device, mixture-of-experts models as small copies (hf-small/) on the CPU. "
        "Made by scripts/reference/hf_flop_reference.py.",
        "models": results,
    }
    with open(output, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
