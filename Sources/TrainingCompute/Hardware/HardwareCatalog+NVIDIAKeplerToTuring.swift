// NVIDIA data-center GPUs from Kepler (2012) to Turing (2018). Sources per row; see
// HardwareCatalog+Entries.swift for the conventions.

extension HardwareCatalog {
  static let nvidiaKeplerToTuringEntries: [Accelerator] = [
    Accelerator(
      name: "NVIDIA Tesla K20", vendor: "NVIDIA", releaseYear: 2012,
      peaks: [.fp64: 1.17e12, .fp32: 3.52e12], memoryGB: 5, memoryBandwidthGBs: 208, tdpWatts: 225,
      aliases: ["K20", "Tesla K20", "NVIDIA K20", "K20m", "K20c", "Tesla K20m", "Tesla K20c"],
      source: "NVIDIA Tesla K20 GPU accelerator board specification / Kepler family datasheet",
      notes: "No tensor cores. Same figures as Epoch AI's calculator (hardware_data.csv)."),
    Accelerator(
      name: "NVIDIA Tesla K20X", vendor: "NVIDIA", releaseYear: 2012,
      peaks: [.fp64: 1.31e12, .fp32: 3.95e12], memoryGB: 6, memoryBandwidthGBs: 250, tdpWatts: 235,
      aliases: ["K20X", "Tesla K20X", "NVIDIA K20X", "K20Xm"],
      source: "NVIDIA Tesla K20X GPU accelerator board specification / Kepler family datasheet",
      notes: "No tensor cores."),
    Accelerator(
      name: "NVIDIA Tesla K40", vendor: "NVIDIA", releaseYear: 2013,
      peaks: [.fp64: 1.66e12, .fp32: 5.04e12], memoryGB: 12, memoryBandwidthGBs: 288, tdpWatts: 235,
      aliases: ["K40", "Tesla K40", "NVIDIA K40", "K40m", "K40c", "Tesla K40m", "Tesla K40c"],
      source: "NVIDIA Tesla K40 datasheet; board specification BD-06902-001_v05 (clocks)",
      notes:
        "GPU Boost peaks (875 MHz), the convention of every other row; at the 745 MHz base "
        + "clock: FP64 1.43e12, FP32 4.29e12 (the datasheet's headline figures). No tensor cores.",
      clockConvention: "boost (875 MHz); the datasheet headline uses the 745 MHz base clock"),
    Accelerator(
      name: "NVIDIA Tesla K80 (per GK210 GPU, half a board)", vendor: "NVIDIA", releaseYear: 2014,
      peaks: [.fp64: 2.91e12 / 2, .fp32: 8.73e12 / 2], memoryGB: 12, memoryBandwidthGBs: 240,
      tdpWatts: 150,
      aliases: ["K80", "Tesla K80", "NVIDIA K80", "NVIDIA Tesla K80", "K80 GPU", "GK210"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-product-literature/TeslaK80-datasheet.pdf",
      notes:
        "The datasheet gives the dual-GPU BOARD: 2.91e12 FP64, 8.73e12 FP32 (GPU Boost), 24 GB, "
        + "480 GB/s, 300 W; this row is one of its 2 GK210 GPUs (half of each; the TDP is the "
        + "board's shared equally). Base-clock board peaks are 1.87e12/5.6e12 (Epoch's 2022 "
        + "calculator used those). No tensor cores.",
      countingNote:
        "Counted each K80 as one GK210 GPU, as CUDA and most papers count them (2 per board); if your count is of boards, name 'K80 board'."
    ),
    Accelerator(
      name: "NVIDIA Tesla M40", vendor: "NVIDIA", releaseYear: 2015,
      peaks: [.fp64: 0.2139e12, .fp32: 6.844e12], memoryGB: 12, memoryBandwidthGBs: 288,
      tdpWatts: 250, aliases: ["M40", "Tesla M40", "NVIDIA M40", "Tesla M40 24GB"],
      source: "https://www.techpowerup.com/gpu-specs/tesla-m40.c2771 (3072 cores at 1114 MHz boost)",
      notes:
        "NVIDIA markets 'up to 7 TFLOPS' FP32; FP64 is 1/32 rate. 24 GB variant (2016) has the "
        + "same compute. No tensor cores."),
    Accelerator(
      name: "NVIDIA Tesla P40", vendor: "NVIDIA", releaseYear: 2016,
      peaks: [.fp64: 0.3674e12, .fp32: 11.76e12, .fp16: 0.1837e12, .int8: 47e12], memoryGB: 24,
      memoryBandwidthGBs: 346, tdpWatts: 250, aliases: ["P40", "Tesla P40", "NVIDIA P40"],
      source:
        "NVIDIA Tesla P40 datasheet (12 TFLOPS FP32, 47 TOPS INT8, 346 GB/s); "
        + "https://www.techpowerup.com/gpu-specs/tesla-p40.c2878 (3840 cores at 1531 MHz)",
      notes:
        "No tensor cores: INT8 is the DP4A vector rate; FP16 runs at 1/64 of FP32 on GP102 "
        + "(Epoch's calculator CSV wrongly lists 3.67e14)."),
    Accelerator(
      name: "NVIDIA Tesla P100 SXM2 16GB", vendor: "NVIDIA", releaseYear: 2016,
      peaks: [.fp64: 5.3e12, .fp32: 10.6e12, .fp16: 21.2e12], memoryGB: 16,
      memoryBandwidthGBs: 732, tdpWatts: 300,
      aliases: [
        "P100", "Tesla P100", "NVIDIA P100", "NVIDIA Tesla P100", "P100 SXM2", "Tesla P100 SXM2",
        "P100 NVLink", "NVIDIA Tesla P100 SXM2",
      ],
      source: "NVIDIA Tesla P100 datasheet (NVLink/SXM2 column)",
      notes:
        "No tensor cores: FP16 is the packed vector rate (2x FP32), so the default precision is "
        + "FP32. 'P100' maps here (the DGX-1 variant); see the PCIe row."),
    Accelerator(
      name: "NVIDIA Tesla P100 PCIe 16GB", vendor: "NVIDIA", releaseYear: 2016,
      peaks: [.fp64: 4.7e12, .fp32: 9.3e12, .fp16: 18.7e12], memoryGB: 16,
      memoryBandwidthGBs: 732, tdpWatts: 250,
      aliases: ["P100 PCIe", "Tesla P100 PCIe", "NVIDIA Tesla P100 PCIe 16 GB", "P100 PCIe 12GB"],
      source: "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-PCIe-datasheet.pdf",
      notes: "FP16 is the packed vector rate. The 12 GB variant has the same compute and 549 GB/s."),
    Accelerator(
      name: "NVIDIA Tesla V100 SXM2", vendor: "NVIDIA", releaseYear: 2017,
      peaks: [.fp64: 7.8e12, .fp32: 15.7e12, .fp16: 125e12], matrixPrecisions: [.fp16],
      vectorPeaks: [.fp16: 31.4e12], memoryGB: 32, memoryBandwidthGBs: 900, tdpWatts: 300,
      aliases: [
        "V100", "Tesla V100", "NVIDIA V100", "NVIDIA Tesla V100", "V100 SXM2", "Tesla V100 SXM2",
        "V100 SXM2 16GB", "V100 SXM2 32GB", "V100 16GB", "V100 32GB", "V100 NVLink",
        "NVIDIA V100 (NVLink)", "NVIDIA Tesla V100 SMX2", "NVIDIA Tesla V100 SXM2 16 GB",
        "NVIDIA Tesla V100 SXM2 32 GB", "NVIDIA Tesla V100 DGXS 16 GB",
        "NVIDIA Tesla V100 DGXS 32 GB",
      ],
      source:
        "https://images.nvidia.com/content/technologies/volta/pdf/437317-Volta-V100-DS-NV-US-WEB.pdf",
      notes:
        "Tensor 125 TFLOPS = FP16 multiply with FP32 accumulate. 16 and 32 GB variants have the "
        + "same compute; DGX Station (DGXS) GPUs map here. No BF16/TF32/INT8 tensor support."),
    Accelerator(
      name: "NVIDIA Tesla V100 PCIe", vendor: "NVIDIA", releaseYear: 2017,
      peaks: [.fp64: 7.0e12, .fp32: 14.0e12, .fp16: 112e12], matrixPrecisions: [.fp16],
      vectorPeaks: [.fp16: 28e12], memoryGB: 32, memoryBandwidthGBs: 900, tdpWatts: 250,
      aliases: [
        "V100 PCIe", "Tesla V100 PCIe", "NVIDIA V100 PCIe", "NVIDIA Tesla V100 PCIe 16 GB",
        "NVIDIA Tesla V100 PCIe 32 GB",
      ],
      source:
        "https://images.nvidia.com/content/technologies/volta/pdf/437317-Volta-V100-DS-NV-US-WEB.pdf",
      notes: "16 and 32 GB variants have the same compute. Taken from the datasheet without a second check."),
    Accelerator(
      name: "NVIDIA Tesla V100S PCIe 32GB", vendor: "NVIDIA", releaseYear: 2019,
      peaks: [.fp64: 8.2e12, .fp32: 16.4e12, .fp16: 130e12], matrixPrecisions: [.fp16],
      memoryGB: 32, memoryBandwidthGBs: 1134, tdpWatts: 250,
      aliases: ["V100S", "Tesla V100S", "V100S PCIe", "NVIDIA Tesla V100S PCIe 32 GB"],
      source: "NVIDIA V100 datasheet, 2020 revision (V100S PCIe column)",
      notes: "Tensor FP16 with FP32 accumulate."),
    Accelerator(
      name: "NVIDIA Tesla T4", vendor: "NVIDIA", releaseYear: 2018,
      peaks: [.fp32: 8.1e12, .fp16: 65e12, .int8: 130e12], matrixPrecisions: [.fp16, .int8],
      memoryGB: 16, memoryBandwidthGBs: 320, tdpWatts: 70,
      aliases: ["T4", "Tesla T4", "NVIDIA T4", "NVIDIA T4 Tensor Core GPU"],
      source: "NVIDIA T4 Tensor Core GPU datasheet",
      notes:
        "65 TFLOPS is 'mixed precision (FP16/FP32)'. INT4 260 TOPS. FP64 not on the datasheet "
        + "(about 0.25e12, 1/32 rate): left out. Bandwidth quoted as '320+ GB/s'."),
  ]
}
