// Google TPUs, per chip (not per 4-chip board or device). Sources per row; see
// HardwareCatalog+Entries.swift for the conventions. TPUs have no FP16 matrix mode: BF16 only.

extension HardwareCatalog {
  static let googleEntries: [Accelerator] = [
    Accelerator(
      name: "Google TPU v1", vendor: "Google", releaseYear: 2015,
      peaks: [.int8: 92e12], matrixPrecisions: [.int8], memoryGB: 8 * gibibyte,
      memoryBandwidthGBs: 34, tdpWatts: 75, aliases: ["TPU v1", "TPUv1", "TPU 1", "Google TPUv1"],
      source:
        "Jouppi et al., 'In-Datacenter Performance Analysis of a Tensor Processing Unit', ISCA "
        + "2017 (65,536 8-bit MACs, 92 TOPS, 8 GiB DDR3 at 34 GB/s, TDP 75 W)",
      notes:
        "INT8 inference chip only: no floating-point peak, so no default precision. Deployed in "
        + "Google data centers since 2015, announced May 2016."),
    Accelerator(
      name: "Google TPU v2 (per chip)", vendor: "Google", releaseYear: 2017,
      peaks: [.bf16: 45e12], matrixPrecisions: [.bf16], memoryGB: 16 * gibibyte,
      memoryBandwidthGBs: 600, aliases: ["TPU v2", "TPUv2", "Google TPU v2", "TPU v2 chip"],
      source:
        "Google Cloud TPU docs (v2) / Hot Chips 2017 TPUv2 talk; cross-checked with Epoch's "
        + "ML-hardware dataset",
      notes:
        "Not re-checked against a docs table here. A 4-chip Cloud TPU v2 device = 180e12 (what "
        + "Epoch's 2022 calculator stored as 'FP16'). TDP not verified (Epoch lists 280 W): left out.",
      coresPerChip: 2),
    Accelerator(
      name: "Google TPU v3 (per chip)", vendor: "Google", releaseYear: 2018,
      peaks: [.bf16: 123e12], matrixPrecisions: [.bf16], memoryGB: 32 * gibibyte,
      memoryBandwidthGBs: 900, aliases: ["TPU v3", "TPUv3", "Google TPU v3", "TPU v3 chip"],
      source: "https://cloud.google.com/tpu/docs/v3",
      notes:
        "Checked against the docs table (123 TFLOPS bf16, 32 GiB, 900 GBps). 2 TensorCores per "
        + "chip. Measured power 123/220/262 W min/mean/max (no TDP). A 4-chip v3 device was "
        + "marketed as 420e12 (105e12/chip), unlike the docs' 123e12/chip.",
      coresPerChip: 2),
    Accelerator(
      name: "Google TPU v4 (per chip)", vendor: "Google", releaseYear: 2021, releaseMonth: 5,
      peaks: [.bf16: 275e12, .int8: 275e12], matrixPrecisions: [.bf16, .int8],
      memoryGB: 32 * gibibyte, memoryBandwidthGBs: 1200,
      aliases: ["TPU v4", "TPUv4", "Google TPU v4", "Cloud TPU v4"],
      source: "https://cloud.google.com/tpu/docs/v4",
      notes:
        "Checked against the docs table: 275 TFLOPS 'bf16 or int8', 32 GiB, 1200 GBps. Measured "
        + "power 90/170/192 W (no TDP). Announced May 2021, GA 2022."),
    Accelerator(
      name: "Google TPU v5e (per chip)", vendor: "Google", releaseYear: 2023, releaseMonth: 8,
      peaks: [.bf16: 197e12, .int8: 393e12], matrixPrecisions: [.bf16, .int8], memoryGB: 16,
      memoryBandwidthGBs: 819,
      aliases: [
        "TPU v5e", "TPUv5e", "Google TPU v5e", "TPU v5 lite", "TPU v5litepod", "Cloud TPU v5e",
      ],
      source: "https://cloud.google.com/tpu/docs/v5e",
      notes:
        "Checked against the docs table (197 TFLOPS bf16, 393 TOPS int8, 16 GB, 819 GBps; an "
        + "older revision says 394 TOPS, a newer one '800 GiBps'). Re-checked 2026-11-30."),
    Accelerator(
      name: "Google TPU v5p (per chip)", vendor: "Google", releaseYear: 2023, releaseMonth: 12,
      peaks: [.bf16: 459e12], matrixPrecisions: [.bf16], memoryGB: 95 * gibibyte, memoryBandwidthGBs: 2765,
      aliases: ["TPU v5p", "TPUv5p", "Google TPU v5p", "Cloud TPU v5p"],
      source: "https://cloud.google.com/tpu/docs/v5p",
      notes:
        "Checked against the docs table (459 TFLOPS bf16, 2765 GBps); the current revision gives "
        + "memory as 95 GiB (older: '95 GB') and FP8 459 (no FP8 speed-up), so GiB is stored. INT8 "
        + "918 TOPS appears in Google launch material and Epoch's dataset but not in the docs: left out."),
    Accelerator(
      name: "Google TPU v6e Trillium (per chip)", vendor: "Google", releaseYear: 2024, releaseMonth: 5,
      peaks: [.bf16: 918e12, .int8: 1836e12], matrixPrecisions: [.bf16, .int8], memoryGB: 32,
      memoryBandwidthGBs: 1640,
      aliases: [
        "TPU v6e", "TPUv6e", "Google TPU v6e", "Trillium", "TPU Trillium", "Cloud TPU v6e",
      ],
      source: "https://cloud.google.com/tpu/docs/v6e",
      notes:
        "Checked against the docs table (918 TFLOPS bf16, 1836 TOPS int8, 32 GB); its current "
        + "revision gives bandwidth as 1638 GBps. Announced May 2024, GA Dec 2024. No FP8 listed."),
  ]

  /// Google's docs give some TPU memory sizes in GiB; the catalog stores decimal GB.
  private static let gibibyte = 1.073741824
}
