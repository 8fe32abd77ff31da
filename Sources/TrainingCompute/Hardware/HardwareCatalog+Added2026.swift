// Chips notable runs used that the first catalog lacked (issue 10). Same conventions as every row
// (HardwareCatalog+Entries.swift): dense per-chip peaks, "with sparsity" figures halved, copied
// unrounded; a figure the source does not give is left out and the notes say so.

extension HardwareCatalog {
  static let addedEntries: [Accelerator] = [
    Accelerator(
      name: "NVIDIA H20", vendor: "NVIDIA", releaseYear: 2024,
      peaks: [
        .fp64: 1e12, .fp32: 44e12, .tf32: 74e12, .fp16: 148e12, .bf16: 148e12, .fp8: 296e12, .int8: 296e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 96, memoryBandwidthGBs: 4000,
      tdpWatts: 400, aliases: ["H20", "NVIDIA H20 96GB", "HGX H20"],
      source:
        "NVIDIA HGX H20 product brief (export part for China, 2024; no public datasheet URL): FP8 296, BF16/FP16 148, TF32 74, FP32 44, FP64 1 TFLOPS dense",
      notes:
        "Hopper die cut to about 15 % of H100 SXM's tensor throughput; memory as H200-class HBM3 96 GB at 4.0 TB/s."
    ),
    Accelerator(
      name: "NVIDIA H100 NVL (per GPU)", vendor: "NVIDIA", releaseYear: 2023,
      peaks: [
        .fp64: 30e12, .fp32: 60e12, .tf32: 835e12 / 2, .fp16: 1671e12 / 2, .bf16: 1671e12 / 2,
        .fp8: 3341e12 / 2, .int8: 3341e12 / 2,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 94, memoryBandwidthGBs: 3900,
      tdpWatts: 400, aliases: ["H100 NVL", "NVIDIA H100 NVL", "H100 NVL 94GB"],
      source:
        "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet (H100 NVL column: TF32 835, FP16/BF16 1,671, FP8/INT8 3,341 with sparsity; FP64 30, FP32 60)",
      notes:
        "Sparse datasheet figures halved. Sold as NVLink-bridged pairs; each GPU counted. TDP 350–400 W configurable."
    ),
    Accelerator(
      name: "NVIDIA GH200 (Hopper GPU of the superchip)", vendor: "NVIDIA", releaseYear: 2023,
      peaks: [
        .fp64: 34e12, .fp32: 67e12, .tf32: 494.7e12, .fp16: 989.4e12, .bf16: 989.4e12, .fp8: 1978.9e12,
        .int8: 1978.9e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 96, memoryBandwidthGBs: 4000,
      aliases: ["GH200", "NVIDIA GH200", "GH200 Grace Hopper", "Grace Hopper"],
      source:
        "https://resources.nvidia.com/en-us-grace-cpu/grace-hopper-superchip (GH200 datasheet: the GPU's peaks equal H100 SXM's; 96 GB HBM3 at 4 TB/s or 144 GB HBM3e at 4.9 TB/s)",
      notes:
        "One GH200 superchip holds 1 Grace CPU and 1 Hopper GPU, so a GH200 counts as one GPU. Module power 450–1000 W covers CPU and GPU together: TDP left out."
    ),
    Accelerator(
      name: "NVIDIA A30", vendor: "NVIDIA", releaseYear: 2021,
      peaks: [.fp64: 5.2e12, .fp32: 10.3e12, .tf32: 82e12, .fp16: 165e12, .bf16: 165e12, .int8: 330e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], memoryGB: 24, memoryBandwidthGBs: 933, tdpWatts: 165,
      aliases: ["A30", "NVIDIA A30 Tensor Core GPU"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/data-center/products/a30-gpu/pdf/a30-datasheet.pdf",
      notes: "Dense values (sparse 2x). FP64 Tensor Core 10.3e12."),
    Accelerator(
      name: "NVIDIA B100 (per GPU)", vendor: "NVIDIA", releaseYear: 2024,
      peaks: [
        .fp64: 30e12, .tf32: 0.9e15, .fp16: 1.75e15, .bf16: 1.75e15, .fp8: 3.5e15, .fp4: 7e15, .int8: 3.5e15,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .fp4, .int8], memoryGB: 192, memoryBandwidthGBs: 8000,
      tdpWatts: 700, aliases: ["B100", "NVIDIA B100", "HGX B100 GPU"],
      source:
        "NVIDIA Blackwell datasheet, HGX B100 column per GPU (FP4 14, FP8 7, FP16/BF16 3.5, TF32 1.8 PFLOPS with sparsity; FP64 30 TFLOPS)",
      notes: "Sparse figures halved. FP32 vector rate not given: left out."),
    Accelerator(
      name: "NVIDIA B300 / GB300 (per Blackwell Ultra GPU)", vendor: "NVIDIA", releaseYear: 2025,
      peaks: [.tf32: 1.25e15, .fp16: 2.5e15, .bf16: 2.5e15, .fp8: 5e15, .fp4: 15e15],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .fp4], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1400,
      aliases: ["B300", "GB300", "NVIDIA B300", "NVIDIA GB300", "Blackwell Ultra", "GB300 GPU"],
      source:
        "https://www.nvidia.com/en-us/data-center/gb300-nvl72/ (GB300 NVL72: FP4 1,080 PFLOPS dense, FP8 720, FP16/BF16 360, TF32 180 PFLOPS with sparsity, 72 GPUs)",
      notes:
        "Per GPU: the rack's figures ÷ 72, sparse ones halved. FP64/FP32 cut sharply on Blackwell Ultra: not given per GPU, left out. A GB300 superchip holds 2 GPUs; here 'GB300' names one GPU."
    ),
    Accelerator(
      name: "NVIDIA RTX A6000", vendor: "NVIDIA", releaseYear: 2020,
      peaks: [.fp32: 38.7e12, .tf32: 154.8e12 / 2, .fp16: 309.7e12 / 2, .bf16: 309.7e12 / 2],
      matrixPrecisions: [.tf32, .fp16, .bf16], memoryGB: 48, memoryBandwidthGBs: 768, tdpWatts: 300,
      aliases: ["RTX A6000", "A6000", "NVIDIA A6000"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/proviz-print-nvidia-rtx-a6000-datasheet-us-nvidia-1454980-r9-web.pdf (FP32 38.7, tensor 309.7 TFLOPS with sparsity)",
      notes:
        "Tensor figures with sparsity halved; TF32 taken as half the FP16 tensor rate, as on GA102. FP64 left out."
    ),
    Accelerator(
      name: "NVIDIA Quadro RTX 8000", vendor: "NVIDIA", releaseYear: 2018,
      peaks: [.fp32: 16.3e12, .fp16: 130.5e12, .int8: 261e12], matrixPrecisions: [.fp16, .int8],
      memoryGB: 48, memoryBandwidthGBs: 672, tdpWatts: 295, aliases: ["Quadro RTX 8000", "RTX 8000"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/quadro-rtx-8000-us-nvidia-946977-r1-web.pdf (FP32 16.3, tensor 130.5 TFLOPS, INT8 261 TOPS)",
      notes: "Turing TU102, full-rate FP16 tensor with FP32 accumulate on the Quadro part."),
    Accelerator(
      name: "NVIDIA Quadro RTX 6000", vendor: "NVIDIA", releaseYear: 2018,
      peaks: [.fp32: 16.3e12, .fp16: 130.5e12, .int8: 261e12], matrixPrecisions: [.fp16, .int8],
      memoryGB: 24, memoryBandwidthGBs: 672, tdpWatts: 295, aliases: ["Quadro RTX 6000", "RTX 6000"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/quadro-rtx-6000-us-nvidia-704093-r4-web.pdf (FP32 16.3, tensor 130.5 TFLOPS)",
      notes: "Same TU102 compute as the RTX 8000 with 24 GB."),
    Accelerator(
      name: "NVIDIA Titan Xp", vendor: "NVIDIA", releaseYear: 2017,
      peaks: [.fp32: 12.15e12], memoryGB: 12, memoryBandwidthGBs: 547.7, tdpWatts: 250,
      aliases: ["Titan Xp", "NVIDIA Titan Xp", "TITAN Xp"],
      source: "https://www.techpowerup.com/gpu-specs/titan-xp.c2948 (3840 cores at 1582 MHz boost)",
      notes: "Boost-clock peak. No tensor cores; FP16 runs at 1/64 rate and FP64 at 1/32: left out."),
    Accelerator(
      name: "NVIDIA GeForce GTX 1080", vendor: "NVIDIA", releaseYear: 2016,
      peaks: [.fp32: 8.873e12], memoryGB: 8, memoryBandwidthGBs: 320, tdpWatts: 180,
      aliases: ["GTX 1080", "GeForce GTX 1080", "NVIDIA GTX 1080"],
      source: "https://www.techpowerup.com/gpu-specs/geforce-gtx-1080.c2839 (2560 cores at 1733 MHz boost)",
      notes: "Boost-clock peak. No tensor cores."),
    Accelerator(
      name: "NVIDIA GeForce GTX 980", vendor: "NVIDIA", releaseYear: 2014,
      peaks: [.fp32: 4.981e12], memoryGB: 4, memoryBandwidthGBs: 224, tdpWatts: 165,
      aliases: ["GTX 980", "GeForce GTX 980", "NVIDIA GTX 980"],
      source: "https://www.techpowerup.com/gpu-specs/geforce-gtx-980.c2621 (2048 cores at 1216 MHz boost)",
      notes: "Boost-clock peak. No tensor cores."),
    Accelerator(
      name: "NVIDIA GeForce GTX Titan", vendor: "NVIDIA", releaseYear: 2013,
      peaks: [.fp64: 1.5e12, .fp32: 4.709e12], memoryGB: 6, memoryBandwidthGBs: 288.4, tdpWatts: 250,
      aliases: ["GTX Titan", "GeForce GTX Titan", "NVIDIA GTX Titan", "Titan (Kepler)"],
      source: "https://www.techpowerup.com/gpu-specs/geforce-gtx-titan.c1996 (2688 cores at 876 MHz boost)",
      notes:
        "Boost-clock FP32 peak (NVIDIA's launch figure 4.5 TFLOPS is at the 837 MHz base clock). FP64 1/3 rate with boost disabled in double-precision mode."
    ),
    Accelerator(
      name: "NVIDIA Tesla M60 (per GPU, half a board)", vendor: "NVIDIA", releaseYear: 2015,
      peaks: [.fp32: 9.65e12 / 2], memoryGB: 8, memoryBandwidthGBs: 160, tdpWatts: 150,
      aliases: ["M60", "Tesla M60", "NVIDIA M60", "M60 GPU"],
      source:
        "https://www.techpowerup.com/gpu-specs/tesla-m60.c2760 (2 × 2048 cores at 1178 MHz boost per board, 300 W)",
      notes:
        "The board holds 2 GM204 GPUs (9.65e12 FP32, 16 GB, 300 W); this row is one of them, half of each.",
      countingNote:
        "Counted each M60 as one GM204 GPU, as CUDA lists them (2 per board); if your count is of boards, double it."
    ),
    Accelerator(
      name: "NVIDIA Tesla P4", vendor: "NVIDIA", releaseYear: 2016,
      peaks: [.fp32: 5.5e12, .int8: 22e12], memoryGB: 8, memoryBandwidthGBs: 192, tdpWatts: 75,
      aliases: ["P4", "Tesla P4", "NVIDIA P4"],
      source:
        "https://images.nvidia.com/content/pdf/tesla/184457-Tesla-P4-Datasheet-NV-Final-Letter-Web.pdf (5.5 TFLOPS FP32, 22 TOPS INT8, 50/75 W)",
      notes: "Inference card; INT8 is the DP4A vector rate. No tensor cores."),
    Accelerator(
      name: "AMD Instinct MI355X", vendor: "AMD", releaseYear: 2025,
      peaks: [.fp64: 78.6e12, .fp16: 2.5e15, .bf16: 2.5e15, .fp8: 5e15, .fp6: 10e15, .fp4: 10e15],
      matrixPrecisions: [.fp16, .bf16, .fp8, .fp6, .fp4], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1400, aliases: ["MI355X", "Instinct MI355X", "AMD MI355X"],
      source:
        "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html (FP16/BF16 2.5, FP8 5, MXFP6/MXFP4 10 PFLOPS dense; FP64 78.6 TFLOPS)",
      notes: "FP32 vector and matrix rates not copied here: left out."),
    Accelerator(
      name: "AMD Instinct MI350X", vendor: "AMD", releaseYear: 2025,
      peaks: [.fp16: 2.3e15, .bf16: 2.3e15, .fp8: 4.6e15, .fp6: 9.2e15, .fp4: 9.2e15],
      matrixPrecisions: [.fp16, .bf16, .fp8, .fp6, .fp4], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1000, aliases: ["MI350X", "Instinct MI350X", "AMD MI350X"],
      source:
        "https://www.amd.com/en/products/accelerators/instinct/mi350/mi350x.html (FP16/BF16 2.3, FP8 4.6, MXFP6/MXFP4 9.2 PFLOPS dense)",
      notes: "FP64 and FP32 rates not copied here: left out."),
    Accelerator(
      name: "AMD Instinct MI210", vendor: "AMD", releaseYear: 2022,
      peaks: [.fp64: 45.3e12, .fp32: 45.3e12, .fp16: 181e12, .bf16: 181e12, .int8: 181e12],
      matrixPrecisions: [.fp64, .fp32, .fp16, .bf16, .int8], memoryGB: 64, memoryBandwidthGBs: 1638.4,
      tdpWatts: 300, aliases: ["MI210", "Instinct MI210", "AMD MI210"],
      source:
        "https://www.amd.com/en/products/accelerators/instinct/mi200/mi210.html (FP64/FP32 matrix 45.3, vector 22.6; FP16/BF16/INT8 181 TFLOPS)",
      notes: "FP64/FP32 are the matrix rates; the vector rates are 22.6e12. One GCD (a PCIe card)."),
    Accelerator(
      name: "AMD Radeon Instinct MI50", vendor: "AMD", releaseYear: 2018,
      peaks: [.fp64: 6.6e12, .fp32: 13.3e12, .fp16: 26.5e12], memoryGB: 32, memoryBandwidthGBs: 1024,
      tdpWatts: 300, aliases: ["MI50", "Instinct MI50", "AMD MI50", "Radeon Instinct MI50"],
      source:
        "https://www.amd.com/en/support/downloads/drivers.html/accelerators/instinct/instinct-mi-series/instinct-mi50-32gb.html (AMD Radeon Instinct MI50 spec: FP16 26.5, FP32 13.3, FP64 6.6 TFLOPS)",
      notes: "Vega 20, no matrix units: FP16 is the packed vector rate. A 16 GB variant has the same compute."
    ),
    Accelerator(
      name: "AMD Radeon Instinct MI60", vendor: "AMD", releaseYear: 2018,
      peaks: [.fp64: 7.4e12, .fp32: 14.7e12, .fp16: 29.5e12], memoryGB: 32, memoryBandwidthGBs: 1024,
      tdpWatts: 300, aliases: ["MI60", "Instinct MI60", "AMD MI60", "Radeon Instinct MI60"],
      source:
        "AMD Radeon Instinct MI60 product page (FP16 29.5, FP32 14.7, FP64 7.4 TFLOPS; 32 GB HBM2 at 1 TB/s)",
      notes: "Vega 20, no matrix units: FP16 is the packed vector rate."),
    Accelerator(
      name: "Google TPU v7 Ironwood (per chip)", vendor: "Google", releaseYear: 2025,
      peaks: [.fp8: 4614e12], matrixPrecisions: [.fp8], memoryGB: 192, memoryBandwidthGBs: 7370,
      aliases: ["TPU v7", "TPUv7", "Ironwood", "TPU Ironwood", "Google TPU v7"],
      source:
        "https://blog.google/products/google-cloud/ironwood-tpu-age-of-inference/ (4,614 TFLOPS FP8 per chip, 192 GB HBM at 7.37 TB/s)",
      notes:
        "Google gives the FP8 peak only; the BF16 peak is not stated: left out, so name --precision fp8 (and read the FP8 warning)."
    ),
    Accelerator(
      name: "AWS Trainium (Trn1, per chip)", vendor: "AWS", releaseYear: 2022,
      peaks: [.fp32: 47.5e12, .fp16: 190e12, .bf16: 190e12, .fp8: 190e12],
      matrixPrecisions: [.fp16, .bf16, .fp8],
      memoryGB: 32, memoryBandwidthGBs: 820,
      aliases: ["Trainium", "Trainium1", "Trainium 1", "Trn1", "AWS Trainium"],
      source:
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html (190 TFLOPS FP16/BF16/FP8, 47.5 TFLOPS FP32, 32 GB, 820 GB/s)",
      notes: "TDP not published: left out."),
    Accelerator(
      name: "AWS Trainium2 (Trn2, per chip)", vendor: "AWS", releaseYear: 2024,
      peaks: [.fp32: 181e12, .tf32: 667e12, .fp16: 667e12, .bf16: 667e12, .fp8: 1299e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8], memoryGB: 96 * 1.073741824, memoryBandwidthGBs: 2900,
      aliases: ["Trainium2", "Trainium 2", "Trn2", "AWS Trainium2"],
      source:
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium2.html (FP8 1,299, BF16/FP16/TF32 667, FP32 181 TFLOPS dense; 96 GiB, 2.9 TB/s)",
      notes: "TDP not published: left out."),
  ]
}
