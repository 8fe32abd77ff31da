// The rows of the reported-utilization table. Each figure is as the source states it (a fraction
// of the dense peak at the precision named); rows marked "derived" compute the figure from numbers
// the source reports (tokens per second per chip, or chip-hours and tokens) by 6 × parameters ×
// tokens, and say how. HFU rows count recomputed activations and are listed, but spreads use MFU.

extension ReportedUtilizations {
  static let entries: [ReportedUtilization] = [
    ReportedUtilization(
      model: "GPT-3 175B", year: 2020, hardware: "V100", chips: nil, precision: "fp16", utilization: 0.213,
      kind: .mfu, domain: .language,
      source:
        "Chowdhery et al. 2022, PaLM (arXiv:2204.02311), Table 3 (MFU of GPT-3, computed by the PaLM authors)"
    ),
    ReportedUtilization(
      model: "Gopher 280B", year: 2021, hardware: "TPU v3", chips: 4096, precision: "bf16",
      utilization: 0.325,
      kind: .mfu, domain: .language,
      source: "Chowdhery et al. 2022, PaLM (arXiv:2204.02311), Table 3"),
    ReportedUtilization(
      model: "Megatron-Turing NLG 530B", year: 2022, hardware: "A100 80GB", chips: 2240, precision: "bf16",
      utilization: 0.302, kind: .mfu, domain: .language,
      source: "Chowdhery et al. 2022, PaLM (arXiv:2204.02311), Table 3"),
    ReportedUtilization(
      model: "PaLM 540B", year: 2022, hardware: "TPU v4", chips: 6144, precision: "bf16", utilization: 0.462,
      kind: .mfu, domain: .language,
      source: "Chowdhery et al. 2022, PaLM (arXiv:2204.02311), Table 3"),
    ReportedUtilization(
      model: "PaLM 540B", year: 2022, hardware: "TPU v4", chips: 6144, precision: "bf16", utilization: 0.578,
      kind: .hfu, domain: .language,
      source:
        "Chowdhery et al. 2022, PaLM (arXiv:2204.02311), Section 4 and Appendix B (57.8 % hardware FLOPs utilization, with rematerialization)"
    ),
    ReportedUtilization(
      model: "Megatron-LM GPT 8.3B", year: 2019, hardware: "V100", chips: 512, precision: "fp16",
      utilization: 0.236, kind: .hfu, domain: .language,
      source:
        "Shoeybi et al. 2019, Megatron-LM (arXiv:1909.08053), abstract: 15.1 PFLOP/s sustained on 512 V100; derived: 15.1e15 / 512 / 125e12 = 23.6 % (Megatron's FLOP count includes recomputation, so recorded as HFU)"
    ),
    ReportedUtilization(
      model: "Megatron-LM GPT 1T (benchmark)", year: 2021, hardware: "A100 80GB", chips: 3072,
      precision: "fp16", utilization: 0.52, kind: .hfu, domain: .language,
      source:
        "Narayanan et al. 2021, Efficient Large-Scale Language Model Training on GPU Clusters (arXiv:2104.04473), abstract: 502 PFLOP/s on 3072 A100, 163 TFLOP/s per GPU, 52 % of peak, counting recomputation"
    ),
    ReportedUtilization(
      model: "Megatron GPT 1T (benchmark)", year: 2022, hardware: "A100 80GB", chips: nil, precision: "bf16",
      utilization: 0.563, kind: .mfu, domain: .language,
      source:
        "Korthikanti et al. 2022, Reducing Activation Recomputation in Large Transformer Models (arXiv:2205.05198), Table 5 (MFU 56.3 %, HFU 57.0 %, data-parallel size 1)"
    ),
    ReportedUtilization(
      model: "Megatron GPT 1T (benchmark)", year: 2022, hardware: "A100 80GB", chips: nil, precision: "bf16",
      utilization: 0.570, kind: .hfu, domain: .language,
      source:
        "Korthikanti et al. 2022, Reducing Activation Recomputation in Large Transformer Models (arXiv:2205.05198), Table 5"
    ),
    ReportedUtilization(
      model: "Megatron GPT 530B (benchmark, 8-way data parallel)", year: 2022, hardware: "A100 80GB",
      chips: 2240,
      precision: "bf16", utilization: 0.542, kind: .mfu, domain: .language,
      source:
        "Korthikanti et al. 2022, Reducing Activation Recomputation in Large Transformer Models (arXiv:2205.05198), Section 6 (MFU drops from 56.0 % to 54.2 % at 2240 GPUs)"
    ),
    ReportedUtilization(
      model: "GPT-NeoX-20B", year: 2022, hardware: "A100 40GB", chips: 96, precision: "fp16",
      utilization: 0.375, kind: .hfu, domain: .language,
      source:
        "Black et al. 2022, GPT-NeoX-20B (arXiv:2204.06745), Section 3: 117 TFLOP/s per GPU; derived: 117 / 312 = 37.5 % (Megatron-style count with activation checkpointing, so recorded as HFU)"
    ),
    ReportedUtilization(
      model: "OPT-175B", year: 2022, hardware: "A100 80GB", chips: 992, precision: "fp16",
      utilization: 0.471, kind: .hfu, domain: .language,
      source:
        "Zhang et al. 2022, OPT (arXiv:2205.01068), Section 2.4: up to 147 TFLOP/s per GPU; derived: 147 / 312 = 47.1 % (the paper does not say whether recomputation is counted: recorded as HFU, an upper bound on MFU)"
    ),
    ReportedUtilization(
      model: "BLOOM 176B", year: 2022, hardware: "A100 80GB", chips: 384, precision: "bf16",
      utilization: 0.50, kind: .hfu, domain: .language,
      source:
        "BigScience 2022, BLOOM (arXiv:2211.05100), Section 3.4: 156 TFLOP/s per GPU, half of the 312 TFLOP/s peak (Megatron-DeepSpeed count with activation checkpointing, so recorded as HFU)"
    ),
    ReportedUtilization(
      model: "GLM-130B", year: 2022, hardware: "A100 40GB", chips: 768, precision: "fp16",
      utilization: 0.325, kind: .mfu, domain: .language,
      source:
        "Zeng et al. 2022, GLM-130B (arXiv:2210.02414), Section 3 (MFU 32.5 %, HFU 43.3 %, 96 DGX-A100 nodes)"
    ),
    ReportedUtilization(
      model: "GLM-130B", year: 2022, hardware: "A100 40GB", chips: 768, precision: "fp16",
      utilization: 0.433, kind: .hfu, domain: .language,
      source: "Zeng et al. 2022, GLM-130B (arXiv:2210.02414), Section 3"),
    ReportedUtilization(
      model: "LLaMA 65B", year: 2023, hardware: "A100 80GB", chips: 2048, precision: "bf16",
      utilization: 0.476, kind: .mfu, domain: .language,
      source:
        "Touvron et al. 2023, LLaMA (arXiv:2302.13971), Section 2.4: 380 tokens/s per GPU on 2048 A100 80GB; derived: 6 × 65.2e9 × 380 / 312e12 = 47.6 %"
    ),
    ReportedUtilization(
      model: "Llama 2 70B", year: 2023, hardware: "A100 80GB", chips: nil, precision: "bf16",
      utilization: 0.435, kind: .mfu, domain: .language,
      source:
        "Touvron et al. 2023, Llama 2 (arXiv:2307.09288), Table 2 (1,720,320 GPU-hours) and Section 2.2 (2.0T tokens); derived: 6 × 70e9 × 2.0e12 / (1,720,320 h × 3600 s × 312e12) = 43.5 %"
    ),
    ReportedUtilization(
      model: "ViT-22B", year: 2023, hardware: "TPU v4", chips: 1024, precision: "bf16", utilization: 0.549,
      kind: .mfu, domain: .other,
      source:
        "Dehghani et al. 2023, Scaling Vision Transformers to 22 Billion Parameters (arXiv:2302.05442), Section 2.2 (54.9 % MFU)"
    ),
    ReportedUtilization(
      model: "GPT-style 175B (MegaScale)", year: 2024, hardware: "A100 80GB", chips: 12288, precision: "bf16",
      utilization: 0.552, kind: .mfu, domain: .language,
      source:
        "Jiang et al. 2024, MegaScale (arXiv:2402.15627), abstract and Table 2 (55.2 % MFU on 12,288 GPUs)"),
    ReportedUtilization(
      model: "Nemotron-4 340B", year: 2024, hardware: "H100 SXM", chips: 6144, precision: "bf16",
      utilization: 0.41, kind: .mfu, domain: .language,
      source:
        "NVIDIA 2024, Nemotron-4 340B Technical Report (arXiv:2406.11704), Table 2 (41 %–42 % MFU across the batch-size ramp; the lower end recorded)"
    ),
    ReportedUtilization(
      model: "Llama 3 405B (8K sequence, 8,192 GPUs)", year: 2024, hardware: "H100 SXM", chips: 8192,
      precision: "bf16", utilization: 0.43, kind: .mfu, domain: .language,
      source: "Llama Team 2024, The Llama 3 Herd of Models (arXiv:2407.21783), Table 4"),
    ReportedUtilization(
      model: "Llama 3 405B (8K sequence, 16,384 GPUs)", year: 2024, hardware: "H100 SXM", chips: 16384,
      precision: "bf16", utilization: 0.41, kind: .mfu, domain: .language,
      source: "Llama Team 2024, The Llama 3 Herd of Models (arXiv:2407.21783), Table 4"),
    ReportedUtilization(
      model: "Llama 3 405B (131K sequence, 16,384 GPUs)", year: 2024, hardware: "H100 SXM", chips: 16384,
      precision: "bf16", utilization: 0.38, kind: .mfu, domain: .language,
      source: "Llama Team 2024, The Llama 3 Herd of Models (arXiv:2407.21783), Table 4"),
    ReportedUtilization(
      model: "DeepSeek-V3 671B (37B active)", year: 2024, hardware: "H800", chips: 2048, precision: "fp8",
      utilization: 0.165, kind: .mfu, domain: .language,
      source:
        "DeepSeek-AI 2024, DeepSeek-V3 Technical Report (arXiv:2412.19437), Table 1 (2.788M H800 GPU-hours) and Section 4.1 (14.8T tokens); derived: 6 × 37e9 × 14.8e12 / (2.788e6 h × 3600 s × 1979e12 FP8) = 16.5 % (33.1 % of the BF16 peak)"
    ),
  ]
}
