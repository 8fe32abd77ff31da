// AMD Instinct accelerators. Sources per row; see HardwareCatalog+Entries.swift for the
// conventions. FP32 is the matrix-core rate where CDNA matrix cores run FP32 (what an FP32
// training run's GEMMs use); the vector rate is in the notes.

extension HardwareCatalog {
  static let amdEntries: [Accelerator] = [
    Accelerator(
      name: "AMD Instinct MI100", vendor: "AMD", releaseYear: 2020,
      peaks: [.fp64: 11.5e12, .fp32: 46.1e12, .fp16: 184.6e12, .bf16: 92.3e12, .int8: 184.6e12],
      matrixPrecisions: [.fp32, .fp16, .bf16, .int8], vectorPeaks: [.fp32: 23.1e12], memoryGB: 32,
      memoryBandwidthGBs: 1228.8,
      tdpWatts: 300, aliases: ["MI100", "Instinct MI100", "AMD MI100"],
      source:
        "AMD Instinct MI100 spec sheet (as reproduced by notebookcheck.net / tomshardware.com launch coverage)",
      notes:
        "FP32 is the matrix rate (vector 23.1e12). BF16 is half of FP16 on CDNA1, so with no precision given the lower BF16 peak is used. No TF32/FP8."
    ),
    Accelerator(
      name: "AMD Instinct MI250 (per GCD, half an OAM)", vendor: "AMD", releaseYear: 2021,
      peaks: [
        .fp64: 45.3e12 / 2, .fp32: 90.5e12 / 2, .fp16: 362.1e12 / 2, .bf16: 362.1e12 / 2,
        .int8: 362.1e12 / 2,
      ],
      matrixPrecisions: [.fp32, .fp16, .bf16, .int8], vectorPeaks: [.fp32: 45.3e12 / 2], memoryGB: 64,
      memoryBandwidthGBs: 3276.8 / 2,
      tdpWatts: 250, aliases: ["MI250", "Instinct MI250", "AMD MI250", "AMD Instinct MI250", "MI250 GCD"],
      source:
        "AMD Instinct MI250 product page (spec table as reproduced by yobitel.com/knowledge-base/amd-mi250)",
      notes:
        "AMD gives the OAM package of 2 GCDs (45.3e12 FP64/FP32 vector, 362.1e12 FP16/BF16/INT8, "
        + "128 GB, 3276.8 GB/s, 500 W); this row is one GCD, half of each, as ROCm and PyTorch "
        + "list them. FP64/FP32 matrix 90.5e12 per package. No TF32/FP8.",
      countingNote:
        "Counted each MI250 as one GCD, as ROCm and most papers count GPUs (2 per OAM package); if your count is of packages, name 'MI250 OAM'."
    ),
    Accelerator(
      name: "AMD Instinct MI250X (per GCD, half an OAM)", vendor: "AMD", releaseYear: 2021,
      peaks: [
        .fp64: 47.9e12 / 2, .fp32: 95.7e12 / 2, .fp16: 383e12 / 2, .bf16: 383e12 / 2, .int8: 383e12 / 2,
      ],
      matrixPrecisions: [.fp32, .fp16, .bf16, .int8], vectorPeaks: [.fp32: 47.9e12 / 2], memoryGB: 64,
      memoryBandwidthGBs: 3276.8 / 2,
      tdpWatts: 250,
      aliases: ["MI250X", "Instinct MI250X", "AMD MI250X", "AMD Instinct MI250X", "MI250X GCD"],
      source: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html",
      notes:
        "AMD gives the OAM package of 2 GCDs (47.9e12 FP64/FP32 vector, 383e12 FP16/BF16/INT8, "
        + "128 GB, 3276.8 GB/s, 500 W TDP, 560 W peak board power); this row is one GCD, half of "
        + "each, as ROCm lists them (Frontier, LUMI). FP64/FP32 matrix 95.7e12 per package. No TF32/FP8.",
      countingNote:
        "Counted each MI250X as one GCD, as ROCm and most papers count GPUs (2 per OAM package); if your count is of packages, name 'MI250X OAM'."
    ),
    Accelerator(
      name: "AMD Instinct MI300A", vendor: "AMD", releaseYear: 2023,
      peaks: [
        .fp64: 61.3e12, .fp32: 122.6e12, .tf32: 490.3e12, .fp16: 980.6e12, .bf16: 980.6e12,
        .fp8: 1961.2e12, .int8: 1961.2e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 128,
      memoryBandwidthGBs: 5300, tdpWatts: 550,
      aliases: ["MI300A", "Instinct MI300A", "AMD MI300A"],
      source:
        "AMD Instinct MI300A data sheet (FP64 61.3, FP32 122.6, FP16/BF16 980.6, INT8 1961.2; as "
        + "quoted at vengineer.hatenablog.com 2023-12-11)",
      notes:
        "APU: 228 CDNA3 CUs + 24 Zen 4 cores sharing 128 GB HBM3. TF32 and FP8 not seen in the "
        + "quoted table: 490.3e12/1961.2e12 follow from 228/304 of MI300X's CUs at the same "
        + "2100 MHz. FP64 matrix 122.6e12. Sparse = 2x. Peak power 760 W (El Capitan)."),
    Accelerator(
      name: "AMD Instinct MI300X", vendor: "AMD", releaseYear: 2023, releaseMonth: 12,
      peaks: cdna3Peaks, matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 192,
      memoryBandwidthGBs: 5300, tdpWatts: 750,
      aliases: ["MI300X", "Instinct MI300X", "AMD MI300X", "AMD Instinct MI300X OAM"],
      source:
        "https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/amd-instinct-mi300x-data-sheet.pdf",
      notes:
        "FP64 matrix 163.4e12; FP32 163.4e12 is both the vector and the matrix rate. AMD also quotes 'with sparsity' figures = 2x for TF32/FP16/BF16/FP8/INT8; dense kept. Checked 2026-11-30 against the reference CSV's row (same figures). Launched 2023-12-06."
    ),
    Accelerator(
      name: "AMD Instinct MI325X", vendor: "AMD", releaseYear: 2024, releaseMonth: 10,
      peaks: cdna3Peaks, matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 256,
      memoryBandwidthGBs: 6000, tdpWatts: 1000,
      aliases: ["MI325X", "Instinct MI325X", "AMD MI325X"],
      source: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html",
      notes:
        "Same CDNA3 compute as MI300X with HBM3E. Launched Oct 2024, volume availability Q1 2025."),
  ]

  /// MI300X/MI325X dense peaks (AMD MI300X data sheet).
  private static let cdna3Peaks: [Precision: Double] = [
    .fp64: 81.7e12, .fp32: 163.4e12, .tf32: 653.7e12, .fp16: 1307.4e12, .bf16: 1307.4e12,
    .fp8: 2614.9e12, .int8: 2614.9e12,
  ]
}
