// Accelerators from Intel and Huawei. Sources per row; see HardwareCatalog+Entries.swift for the
// conventions.

extension HardwareCatalog {
  static let otherVendorEntries: [Accelerator] = [
    Accelerator(
      name: "Intel Gaudi 2 (HL-225)", vendor: "Intel", releaseYear: 2022,
      peaks: [.bf16: 432e12], matrixPrecisions: [.bf16], memoryGB: 96, memoryBandwidthGBs: 2450,
      tdpWatts: 600, aliases: ["Gaudi 2", "Gaudi2", "Intel Gaudi2", "Habana Gaudi2", "HL-225"],
      source:
        "Intel Gaudi 3 Hot Chips 2024 slides (R. Kaplan; generation table) and Habana Gaudi2 "
        + "white paper (May 2022)",
      notes:
        "BF16 MME 432e12 per Intel's 2024 table (Epoch uses 450e12). FP8 left out: third-party "
        + "copies of Intel's figure disagree (865e12 vs 835e12). HBM bandwidth also quoted 2.46 TB/s."),
    Accelerator(
      name: "Intel Gaudi 3 (HL-325L OAM)", vendor: "Intel", releaseYear: 2024, releaseMonth: 4,
      peaks: [.bf16: 1835e12, .fp8: 1835e12], matrixPrecisions: [.bf16, .fp8], vectorPeaks: [.bf16: 28.7e12],
      memoryGB: 128,
      memoryBandwidthGBs: 3670, tdpWatts: 900,
      aliases: ["Gaudi 3", "Gaudi3", "Intel Gaudi3", "HL-325L"],
      source:
        "Intel Gaudi 3 white paper / Hot Chips 2024 slides (BF16 and FP8 matrix 1835 TFLOPS, "
        + "BF16 vector 28.7 TFLOPS, 3.67 TB/s)",
      notes:
        "OAM air-cooled 900 W, liquid-cooled 1200 W. Epoch's dataset lists 1678e12 (a lower-power "
        + "variant?). Announced Apr 2024, GA Sep 2024."),
    Accelerator(
      name: "Huawei Ascend 910", vendor: "Huawei", releaseYear: 2019, releaseMonth: 8,
      peaks: [.fp16: 256e12, .int8: 512e12], matrixPrecisions: [.fp16, .int8], tdpWatts: 310,
      aliases: ["Ascend 910", "Ascend910", "Huawei Ascend 910", "Ascend 910A"],
      source:
        "Huawei Ascend 910 launch, 2019-08-23 (256 TFLOPS FP16, 512 TOPS INT8, 310 W max; "
        + "reported by pureai.com and golem.de)",
      notes:
        "Da Vinci 3D-cube matrix units (32 cores). 310 W is Huawei's stated maximum (design "
        + "350 W). Memory (32 GB HBM2) not verified: left out. The 910B and 910C have their own "
        + "rows (reported figures, no Huawei datasheet)."),
  ]
}
