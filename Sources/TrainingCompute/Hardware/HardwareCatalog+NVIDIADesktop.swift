// NVIDIA GeForce, Titan and Quadro cards that notable training runs used. Sources per row; see
// HardwareCatalog+Entries.swift for the conventions. GeForce tensor FP16 is stored with FP32
// accumulate, which runs at half the FP16-accumulate rate NVIDIA headlines.

extension HardwareCatalog {
  static let nvidiaDesktopEntries: [Accelerator] = [
    Accelerator(
      name: "NVIDIA GeForce GTX 580", vendor: "NVIDIA", releaseYear: 2010,
      peaks: [.fp64: 0.1976e12, .fp32: 1.581e12], memoryGB: 1.5, memoryBandwidthGBs: 192.4,
      tdpWatts: 244,
      aliases: ["GTX 580", "GeForce GTX 580", "NVIDIA GTX 580", "GTX 580 3GB", "NVIDIA GeForce GTX 580 3GB"],
      source: "https://www.techpowerup.com/gpu-specs/geforce-gtx-580.c270 (512 cores at 1544 MHz)",
      notes:
        "FP64 is 1/8 of FP32 on GeForce Fermi. The 3 GB variant (AlexNet, 2012) has the same "
        + "compute. Epoch's calculator: 1.58e12 / 1.98e11."),
    Accelerator(
      name: "NVIDIA Quadro K6000", vendor: "NVIDIA", releaseYear: 2013,
      peaks: [.fp64: 1.732e12, .fp32: 5.196e12], memoryGB: 12, memoryBandwidthGBs: 288,
      tdpWatts: 225, aliases: ["K6000", "Quadro K6000", "NVIDIA K6000"],
      source:
        "NVIDIA Quadro K6000 datasheet (5.2 TFLOPS SP, 1.7 TFLOPS DP); TechPowerUp (2880 cores at 902 MHz)",
      notes: "Epoch's calculator: 5.20e12 / 1.73e12."),
    Accelerator(
      name: "NVIDIA GeForce GTX Titan Black", vendor: "NVIDIA", releaseYear: 2014,
      peaks: [.fp64: 1.707e12, .fp32: 5.645e12], memoryGB: 6, memoryBandwidthGBs: 336,
      tdpWatts: 250,
      aliases: ["Titan Black", "GTX Titan Black", "GeForce GTX Titan Black", "NVIDIA GTX Titan Black"],
      source:
        "NVIDIA GTX Titan Black launch specs (5.1 TFLOPS SP, 1.7 TFLOPS DP); TechPowerUp (2880 cores at 889 MHz base)",
      notes:
        "FP32 at the 980 MHz boost clock (2880 × 2 × 0.980 GHz), the convention of every other row; NVIDIA's 5.1 TFLOPS launch figure is at the 889 MHz base clock (Epoch's calculator: 5.12e12). FP64 is 1/3 rate and runs with boost disabled: the base-clock 1.707e12.",
      clockConvention:
        "boost (980 MHz) for FP32; base (889 MHz) for FP64, as the card runs in double-precision mode"),
    Accelerator(
      name: "NVIDIA GeForce GTX Titan X (Maxwell)", vendor: "NVIDIA", releaseYear: 2015, releaseMonth: 3,
      peaks: [.fp64: 0.2064e12, .fp32: 6.605e12], memoryGB: 12, memoryBandwidthGBs: 336.5,
      tdpWatts: 250,
      aliases: [
        "GTX Titan X", "GeForce GTX Titan X", "NVIDIA GTX Titan X", "Titan X", "NVIDIA Titan X",
        "Titan X Maxwell", "NVIDIA Titan X Maxwell",
      ],
      source:
        "NVIDIA GTX Titan X launch spec table (3072 cores, 1000/1075 MHz base/boost, 336.5 GB/s, "
        + "250 W; hothardware.com review, 2015-03-17)",
      notes:
        "Peaks at NVIDIA's 1075 MHz boost clock (3072 x 2 x 1.075 GHz); NVIDIA markets '7 TFLOPS' "
        + "and TechPowerUp lists 6.691e12 at 1089 MHz. FP64 is 1/32 rate. 'Titan X' maps here "
        + "(2015 papers), though Epoch's 2022 calculator used 'NVIDIA Titan X' for the 2016 Pascal "
        + "card, which is its own row."),
    Accelerator(
      name: "NVIDIA Titan X (Pascal)", vendor: "NVIDIA", releaseYear: 2016,
      peaks: [.fp64: 0.3429e12, .fp32: 10.97e12, .fp16: 0.1715e12], memoryGB: 12,
      memoryBandwidthGBs: 480, tdpWatts: 250,
      aliases: ["Titan X Pascal", "NVIDIA Titan X Pascal"],
      source: "https://www.techpowerup.com/gpu-specs/titan-x-pascal.c2863 (3584 cores at 1531 MHz boost)",
      notes:
        "FP16 is 1/64 of FP32 on GP102 (vector rate, real). Epoch's calculator 'NVIDIA Titan X' "
        + "row (1.02e13) is this card at its 1417 MHz base clock."),
    Accelerator(
      name: "NVIDIA GeForce GTX 1080 Ti", vendor: "NVIDIA", releaseYear: 2017,
      peaks: [.fp64: 0.354e12, .fp32: 11.34e12, .fp16: 0.177e12], memoryGB: 11,
      memoryBandwidthGBs: 484, tdpWatts: 250,
      aliases: ["GTX 1080 Ti", "1080 Ti", "GeForce GTX 1080 Ti", "NVIDIA GTX 1080 Ti", "NVIDIA GTX1080 Ti"],
      source:
        "NVIDIA GeForce GTX 1080 Ti spec page; https://www.techpowerup.com/gpu-specs/geforce-gtx-1080-ti.c2877",
      notes:
        "No tensor cores. FP16 runs at 1/64 of FP32 on GP102; FP64 1/32. INT8 via DP4A is not "
        + "marketed for GeForce: left out."),
    Accelerator(
      name: "NVIDIA Titan V", vendor: "NVIDIA", releaseYear: 2017,
      peaks: [.fp64: 7.45e12, .fp32: 14.9e12, .fp16: 110e12], matrixPrecisions: [.fp16],
      memoryGB: 12, memoryBandwidthGBs: 652.8, tdpWatts: 250,
      aliases: ["Titan V", "NVIDIA TITAN V", "Titan V 12GB"],
      source:
        "NVIDIA Titan V launch specs (110 deep-learning TFLOPS, 12 GB HBM2, 652.8 GB/s); "
        + "https://www.techpowerup.com/gpu-specs/titan-v.c3051 (5120 cores at 1455 MHz)",
      notes:
        "Full-rate GV100 tensor cores (FP32 accumulate not halved). NVIDIA's 110 TFLOPS assumes a "
        + "lower clock than the FP32 figure. Epoch's calculator lists FP32 1.23e13 (base clock)."),
    Accelerator(
      name: "NVIDIA GeForce RTX 2080 Ti (reference)", vendor: "NVIDIA", releaseYear: 2018,
      peaks: [.fp64: 0.42e12, .fp32: 13.4e12, .fp16: 53.8e12, .int8: 215.2e12],
      matrixPrecisions: [.fp16, .int8], vectorPeaks: [.fp16: 26.9e12], memoryGB: 11,
      memoryBandwidthGBs: 616, tdpWatts: 250,
      aliases: ["RTX 2080 Ti", "2080 Ti", "GeForce RTX 2080 Ti", "NVIDIA RTX 2080 Ti"],
      source: "NVIDIA Turing architecture whitepaper (RTX 2080 Ti column)",
      notes:
        "Tensor FP16 with FP32 accumulate; with FP16 accumulate 107.6e12. Founders Edition: "
        + "FP32 14.2e12, tensor 56.9e12, 260 W. Vector FP16 26.9e12. No BF16/TF32."),
    Accelerator(
      name: "NVIDIA Titan RTX", vendor: "NVIDIA", releaseYear: 2018,
      peaks: [.fp32: 16.31e12, .fp16: 130.5e12], matrixPrecisions: [.fp16], memoryGB: 24,
      memoryBandwidthGBs: 672, tdpWatts: 280, aliases: ["Titan RTX", "NVIDIA TITAN RTX"],
      source:
        "NVIDIA Titan RTX launch specs (130 Tensor TFLOPS, 4608 cores, 1770 MHz boost, 24 GB, "
        + "672 GB/s, 280 W; tomshardware.com); Quadro RTX 8000 datasheet (same TU102: 130.5)",
      notes:
        "Full TU102 with full-rate FP32 accumulate (not halved as on GeForce): 576 tensor cores x "
        + "128 FLOP x 1.77 GHz = 130.5e12, NVIDIA rounds to 130. FP64 not verified: left out."),
    Accelerator(
      name: "NVIDIA GeForce RTX 3080", vendor: "NVIDIA", releaseYear: 2020,
      peaks: [
        .fp64: 0.465e12, .fp32: 29.8e12, .tf32: 29.8e12, .fp16: 59.5e12, .bf16: 59.5e12,
        .int8: 238e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], memoryGB: 10, memoryBandwidthGBs: 760,
      tdpWatts: 320, aliases: ["RTX 3080", "GeForce RTX 3080", "NVIDIA RTX 3080"],
      source:
        "https://images.nvidia.com/aem-dam/en-zz/Solutions/geforce/ampere/pdf/NVIDIA-ampere-GA102-GPU-Architecture-Whitepaper-V1.pdf",
      notes:
        "GeForce: FP16/BF16 tensor with FP32 accumulate 59.5e12 (FP16 accumulate 119e12). "
        + "FP64 1/64 rate. Epoch's calculator lists 2.98e13 (the FP32 rate) as FP16."),
    Accelerator(
      name: "NVIDIA GeForce RTX 3090", vendor: "NVIDIA", releaseYear: 2020,
      peaks: [
        .fp64: 0.556e12, .fp32: 35.6e12, .tf32: 35.6e12, .fp16: 71e12, .bf16: 71e12, .int8: 284e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], vectorPeaks: [.fp16: 35.6e12], memoryGB: 24,
      memoryBandwidthGBs: 936,
      tdpWatts: 350, aliases: ["RTX 3090", "3090", "GeForce RTX 3090", "NVIDIA RTX 3090"],
      source:
        "https://images.nvidia.com/aem-dam/en-zz/Solutions/geforce/ampere/pdf/NVIDIA-ampere-GA102-GPU-Architecture-Whitepaper-V1.pdf",
      notes:
        "GeForce: FP16/BF16 tensor with FP32 accumulate 71e12 (FP16 accumulate 142e12). Sparse = "
        + "2x. Epoch's 2022 CSV has two rows (1.42e14 and 3.56e13 as 'FP16')."),
    Accelerator(
      name: "NVIDIA GeForce RTX 4090", vendor: "NVIDIA", releaseYear: 2022,
      peaks: [
        .fp64: 1.29e12, .fp32: 82.6e12, .tf32: 82.6e12, .fp16: 165.2e12, .bf16: 165.2e12,
        .fp8: 330.3e12, .int8: 660.6e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], vectorPeaks: [.fp16: 82.6e12], memoryGB: 24,
      memoryBandwidthGBs: 1008, tdpWatts: 450,
      aliases: ["RTX 4090", "4090", "GeForce RTX 4090", "NVIDIA RTX 4090"],
      source: "NVIDIA Ada Lovelace architecture whitepaper, Appendix (RTX 4090)",
      notes:
        "GeForce FP32 accumulate: FP16/BF16 165.2e12, FP8 330.3e12 (FP16 accumulate 330.3e12 / "
        + "660.6e12; Epoch uses 330e12). Sparse = 2x. FP64 1/64 rate (TechPowerUp)."),
  ]
}
