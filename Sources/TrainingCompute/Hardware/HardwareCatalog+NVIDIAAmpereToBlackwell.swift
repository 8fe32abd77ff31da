// NVIDIA data-center GPUs from Ampere (2020) to Blackwell (2024). Sources per row; see
// HardwareCatalog+Entries.swift for the conventions.

extension HardwareCatalog {
  static let nvidiaAmpereToBlackwellEntries: [Accelerator] = [
    ampere(
      name: "NVIDIA A100 SXM4 40GB", year: 2020, memoryGB: 40, bandwidth: 1555, tdp: 400,
      aliases: [
        "A100", "NVIDIA A100", "Tesla A100", "A100 SXM4", "A100 SXM", "A100 40GB", "A100 SXM4 40GB",
        "NVIDIA A100 SXM4 40 GB", "NVIDIA A100 40GB",
      ],
      notes:
        "'A100' maps here: the 40 and 80 GB SXM4 parts have the same compute. FP64 Tensor Core "
        + "19.5e12 (vector FP64 9.7e12 stored). Sparse figures are exactly 2x. No FP8."),
    ampere(
      name: "NVIDIA A100 SXM4 80GB", year: 2020, memoryGB: 80, bandwidth: 2039, tdp: 400,
      aliases: ["A100 80GB", "A100 SXM4 80GB", "NVIDIA A100 SXM4 80 GB", "NVIDIA A100 80GB"],
      notes: "Same compute as the 40 GB part. FP64 Tensor Core 19.5e12. No FP8."),
    ampere(
      name: "NVIDIA A100 PCIe 40GB", year: 2020, memoryGB: 40, bandwidth: 1555, tdp: 250,
      aliases: ["A100 PCIe", "A100 PCIe 40GB", "NVIDIA A100 PCIe 40 GB", "NVIDIA A100 PCIe"],
      notes: "Same peak compute as the SXM4 part at a 250 W limit (sustained clocks may be lower)."),
    ampere(
      name: "NVIDIA A100 PCIe 80GB", year: 2021, memoryGB: 80, bandwidth: 1935, tdp: 300,
      aliases: ["A100 PCIe 80GB", "NVIDIA A100 PCIe 80 GB"],
      notes: "Same peak compute as the SXM4 part."),
    ampere(
      name: "NVIDIA A800 SXM4 80GB", year: 2022, memoryGB: 80, bandwidth: 2039, tdp: 400,
      aliases: ["A800", "NVIDIA A800", "A800 SXM4", "A800 80GB", "NVIDIA A800 SXM4 80 GB"],
      notes:
        "Export variant of the A100 80GB for China: same compute, NVLink cut from 600 to "
        + "400 GB/s. Peaks as the A100 datasheet."),
    Accelerator(
      name: "NVIDIA A10", vendor: "NVIDIA", releaseYear: 2021,
      peaks: [.fp32: 31.2e12, .tf32: 62.5e12, .fp16: 125e12, .bf16: 125e12, .int8: 250e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], memoryGB: 24, memoryBandwidthGBs: 600,
      tdpWatts: 150, aliases: ["A10", "NVIDIA A10 Tensor Core GPU"],
      source: "NVIDIA A10 Tensor Core GPU datasheet",
      notes:
        "Dense values (the datasheet also lists 2x sparse). FP64 not on the datasheet: left out. "
        + "AWS's A10G is a different SKU with its own row (70 vs 125 TFLOPS FP16 tensor)."),
    Accelerator(
      name: "NVIDIA A40", vendor: "NVIDIA", releaseYear: 2020,
      peaks: [.fp32: 37.4e12, .tf32: 74.8e12, .fp16: 149.7e12, .bf16: 149.7e12, .int8: 299.3e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], memoryGB: 48, memoryBandwidthGBs: 696,
      tdpWatts: 300, aliases: ["A40", "NVIDIA A40 GPU"],
      source: "https://images.nvidia.com/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf",
      notes: "Dense values; sparse = 2x. FP64 not on the datasheet: left out."),
    Accelerator(
      name: "NVIDIA L4", vendor: "NVIDIA", releaseYear: 2023,
      peaks: [
        .fp32: 30.3e12, .tf32: 60e12, .fp16: 121e12, .bf16: 121e12, .fp8: 242.5e12, .int8: 242.5e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 24, memoryBandwidthGBs: 300,
      tdpWatts: 72, aliases: ["L4", "NVIDIA L4 Tensor Core GPU"],
      source: "https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652",
      notes:
        "The datasheet lists tensor figures only with sparsity (TF32 120, FP16/BF16 242, "
        + "FP8/INT8 485): dense values here are half, as Epoch does."),
    Accelerator(
      name: "NVIDIA L40S", vendor: "NVIDIA", releaseYear: 2023,
      peaks: [
        .fp32: 91.6e12, .tf32: 183e12, .fp16: 362.05e12, .bf16: 362.05e12, .fp8: 733e12,
        .int8: 733e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 48, memoryBandwidthGBs: 864,
      tdpWatts: 350, aliases: ["L40S", "NVIDIA L40S GPU"],
      source: "NVIDIA L40S datasheet (spec table reproduced by resellers, e.g. mullet.se product 355414)",
      notes:
        "Dense values; sparse: TF32 366, FP16/BF16 733, FP8/INT8 1466. INT8 dense as reproduced "
        + "by third parties (not seen on an NVIDIA page). FP64 not on the datasheet."),
    Accelerator(
      name: "NVIDIA H100 SXM5 80GB", vendor: "NVIDIA", releaseYear: 2022,
      peaks: hopperSXMPeaks(fp64: 33.5e12), matrixPrecisions: hopperMatrix,
      vectorPeaks: [.fp16: 133.8e12, .bf16: 133.8e12], memoryGB: 80,
      memoryBandwidthGBs: 3350, tdpWatts: 700,
      aliases: [
        "H100", "NVIDIA H100", "H100 SXM", "H100 SXM5", "H100 80GB", "H100 SXM5 80GB",
        "NVIDIA H100 SXM", "NVIDIA H100 SXM5", "NVIDIA H100 SXM5 80 GB",
      ],
      source:
        "NVIDIA H100 Tensor Core GPU Architecture whitepaper (dense figures); "
        + "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
      notes:
        "The datasheet rounds and quotes tensor figures with sparsity (TF32 989, FP16/BF16 1979, "
        + "FP8/INT8 3958). FP64 Tensor Core 66.9e12. TDP 'up to 700 W'."),
    Accelerator(
      name: "NVIDIA H100 PCIe 80GB", vendor: "NVIDIA", releaseYear: 2022,
      peaks: [
        .fp64: 26e12, .fp32: 51e12, .tf32: 378e12, .fp16: 756e12, .bf16: 756e12, .fp8: 1513e12,
        .int8: 1513e12,
      ],
      matrixPrecisions: hopperMatrix, memoryGB: 80, memoryBandwidthGBs: 2000, tdpWatts: 350,
      aliases: ["H100 PCIe", "NVIDIA H100 PCIe", "H100 PCIe 80GB", "NVIDIA H100 PCIe 80 GB"],
      source:
        "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet "
        + "(H100 datasheet) + NVIDIA H100 architecture whitepaper",
      notes:
        "Datasheet (sparse): TF32 756, FP16/BF16 1513, FP8/INT8 3026; dense = half. FP64/FP32 as "
        + "the datasheet rounds them. TDP 300-350 W. The H100 NVL (94 GB) has its own row."),
    Accelerator(
      name: "NVIDIA H800 SXM5 80GB", vendor: "NVIDIA", releaseYear: 2023,
      peaks: hopperSXMPeaks(fp64: 1e12), matrixPrecisions: hopperMatrix, memoryGB: 80,
      memoryBandwidthGBs: 3350, tdpWatts: 700,
      aliases: ["H800", "NVIDIA H800", "H800 SXM", "H800 SXM5", "NVIDIA H800 SXM5 80 GB"],
      source:
        "NVIDIA H800 Tensor Core GPU datasheet (FP64 1 TFLOPS, NVLink 400 GB/s; as summarized by "
        + "philisun.com, 'NVIDIA H800 vs H100'); tensor peaks as H100 SXM (same GH100 die and clocks)",
      notes:
        "Export variant of the H100 SXM for China: same FP32/tensor compute, FP64 cut to about "
        + "1 TFLOPS, NVLink cut from 900 to 400 GB/s."),
    Accelerator(
      name: "NVIDIA H200 SXM 141GB", vendor: "NVIDIA", releaseYear: 2024,
      peaks: hopperSXMPeaks(fp64: 34e12, fp32: 67e12), matrixPrecisions: hopperMatrix,
      memoryGB: 141, memoryBandwidthGBs: 4800, tdpWatts: 700,
      aliases: ["H200", "NVIDIA H200", "H200 SXM", "H200 141GB", "NVIDIA H200 SXM 141 GB"],
      source: "https://nvdam.widen.net/s/nb5zzzsjdf/hpc-datasheet-sc23-h200-datasheet-3002446",
      notes:
        "Same GH100 compute as H100 SXM (tensor peaks from the Hopper whitepaper); FP64/FP32 as "
        + "the H200 datasheet rounds them. Announced Nov 2023, shipped 2024. H200 NVL: 600 W."),
    Accelerator(
      name: "NVIDIA B200 (HGX B200, per GPU)", vendor: "NVIDIA", releaseYear: 2024, releaseMonth: 3,
      peaks: [
        .fp64: 37e12, .fp32: 75e12, .tf32: 18e15 / 16, .fp16: 2.25e15, .bf16: 2.25e15, .fp8: 4.5e15,
        .fp4: 9e15, .int8: 4.5e15,
      ],
      matrixPrecisions: hopperMatrix.union([.fp4]), memoryGB: 180, memoryBandwidthGBs: 7700, tdpWatts: 1000,
      aliases: ["B200", "NVIDIA B200", "B200 GPU", "NVIDIA B200 GPU"],
      source:
        "https://www.nvidia.com/en-us/data-center/hgx/ (HGX B200, 8 GPUs: FP4 144 PFLOPS with "
        + "sparsity | 72 without; FP8/FP6 72, FP16/BF16 36, TF32 18 PFLOPS and INT8 72 POPS with "
        + "sparsity; FP32 600 TFLOPS; FP64 296 TFLOPS; 1.4 TB, 62 TB/s; copied at "
        + "fibermall.com/blog/?p=17161); per-GPU rows (180 GB, 7.7 TB/s, up to 1,000 W) as copied at "
        + "zdszero.github.io/Computer/Artificial_Intelligence/Hardware.html",
      notes:
        "Per GPU: the 8-GPU baseboard's figures ÷ 8, those NVIDIA prints with sparsity "
        + "(asterisked) also halved. Fixed 2026-11-30: TF32 is 18/16 = 1.125e15, not the per-GPU "
        + "table's rounded 2.2/2. NVIDIA revised Blackwell specs (earlier: FP64 40e12, FP32 80e12, "
        + "192 GB, 8 TB/s). Announced at GTC 2024-03-18."),
    Accelerator(
      name: "NVIDIA GB200 (per Blackwell GPU in GB200 NVL72)", vendor: "NVIDIA", releaseYear: 2024,
      peaks: [
        .fp64: 40e12, .fp32: 80e12, .tf32: 1.25e15, .fp16: 2.5e15, .bf16: 2.5e15, .fp8: 5e15,
        .fp4: 10e15, .int8: 5e15,
      ],
      matrixPrecisions: hopperMatrix.union([.fp4]), memoryGB: 186, memoryBandwidthGBs: 8000, tdpWatts: 1200,
      aliases: ["GB200 GPU", "NVIDIA GB200 GPU", "Blackwell GPU in GB200"],
      source:
        "NVIDIA GB200 NVL72 spec table (per-GPU rows), as copied at "
        + "zdszero.github.io/Computer/Artificial_Intelligence/Hardware.html",
      notes:
        "Per GPU, NOT per superchip (a GB200 superchip is 2 GPUs + 1 Grace CPU). Tensor figures "
        + "are half of the sparse per-GPU numbers (TF32 2.5, FP16/BF16 5, FP8/INT8 10, FP4 20 = "
        + "the rack's 1,440 PFLOPS ÷ 72). Epoch's "
        + "dataset lists FP64/FP32 45e12/90e12 from an earlier datasheet."),
  ]

  /// Precisions that Hopper and Blackwell tensor cores provide.
  private static let hopperMatrix: Set<Precision> = [.tf32, .fp16, .bf16, .fp8, .int8]

  /// H100 SXM5 peaks from the Hopper whitepaper, with the FP64 (and FP32) that differ by part.
  private static func hopperSXMPeaks(fp64: Double, fp32: Double = 66.9e12) -> [Precision: Double] {
    [
      .fp64: fp64, .fp32: fp32, .tf32: 494.7e12, .fp16: 989.4e12, .bf16: 989.4e12,
      .fp8: 1978.9e12, .int8: 1978.9e12,
    ]
  }

  /// An A100-class row: every A100/A800 part has the same GA100 peaks (NVIDIA A100 datasheet).
  private static func ampere(
    name: String, year: Int, memoryGB: Double, bandwidth: Double, tdp: Double, aliases: [String],
    notes: String
  ) -> Accelerator {
    Accelerator(
      name: name, vendor: "NVIDIA", releaseYear: year,
      peaks: [
        .fp64: 9.7e12, .fp32: 19.5e12, .tf32: 156e12, .fp16: 312e12, .bf16: 312e12, .int8: 624e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], vectorPeaks: [.fp16: 78e12], memoryGB: memoryGB,
      memoryBandwidthGBs: bandwidth, tdpWatts: tdp, aliases: aliases,
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf; "
        + "FP16 non-tensor 78 TFLOPS from the NVIDIA A100 Tensor Core GPU Architecture whitepaper",
      notes: notes)
  }
}
