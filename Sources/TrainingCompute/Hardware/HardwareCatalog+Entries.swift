// The built-in accelerator rows. Each row cites its source; figures are dense, per chip, unrounded.
// (Placeholder rows: the full catalog is being written.)

extension HardwareCatalog {
  static let entries: [Accelerator] = [
    Accelerator(
      name: "NVIDIA Tesla V100 SXM2", vendor: "NVIDIA", releaseYear: 2017,
      peaks: [.fp64: 7.8e12, .fp32: 15.7e12, .fp16: 125e12],
      matrixPrecisions: [.fp16], memoryGB: 32, memoryBandwidthGBs: 900, tdpWatts: 300,
      aliases: ["V100", "Tesla V100", "V100 SXM2", "V100 32GB", "V100 16GB"],
      source: "https://images.nvidia.com/content/technologies/volta/pdf/437317-Volta-V100-DS-NV-US-WEB.pdf",
      notes: "Tensor 125 TFLOP/s is FP16 multiply with FP32 accumulate."),
    Accelerator(
      name: "NVIDIA H100 SXM5 80GB", vendor: "NVIDIA", releaseYear: 2022,
      peaks: [
        .fp64: 33.5e12, .fp32: 66.9e12, .tf32: 494.7e12, .fp16: 989.4e12, .bf16: 989.4e12,
        .fp8: 1978.9e12, .int8: 1978.9e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 80, memoryBandwidthGBs: 3350,
      tdpWatts: 700, aliases: ["H100", "H100 SXM", "H100 SXM5"],
      source: "NVIDIA H100 Tensor Core GPU architecture whitepaper (dense figures)",
      notes: "Datasheet quotes tensor figures with sparsity (2x)."),
  ]
}
