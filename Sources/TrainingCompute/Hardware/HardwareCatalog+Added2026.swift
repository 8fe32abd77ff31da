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
        "NVIDIA HGX H20 product brief (export part for China, 2024; NVIDIA publishes no datasheet URL): FP8/INT8 296, BF16/FP16 148, TF32 74, FP32 44, FP64 1 TFLOPS dense, 96 GB HBM3 at 4.0 TB/s, 400 W; the same figures at zangshuxian.com/new/674733024499207168 and willitrunai.com/gpus/h20-96gb",
      notes:
        "Hopper die cut to about 15 % of H100 SXM's tensor throughput. Dense figures (the brief gives no sparse ones). Checked 2026-11-30 against two independent copies of the brief: all figures agree."
    ),
    Accelerator(
      name: "NVIDIA H100 NVL (per GPU)", vendor: "NVIDIA", releaseYear: 2023, releaseMonth: 3,
      peaks: [
        .fp64: 30e12, .fp32: 60e12, .tf32: 835e12 / 2, .fp16: 1671e12 / 2, .bf16: 1671e12 / 2,
        .fp8: 3341e12 / 2, .int8: 3341e12 / 2,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 94, memoryBandwidthGBs: 3900,
      tdpWatts: 400, aliases: ["H100 NVL", "NVIDIA H100 NVL", "H100 NVL 94GB"],
      source:
        "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet (H100 NVL column: TF32 835, FP16/BF16 1,671, FP8/INT8 3,341 with sparsity; FP64 30, FP32 60)",
      notes:
        "The datasheet prints the tensor figures with sparsity (asterisked); halved here to dense. Sold as NVLink-bridged pairs; each GPU counted. TDP 350–400 W configurable. Announced 2023-03-21."
    ),
    Accelerator(
      name: "NVIDIA GH200 (Hopper GPU of the superchip)", vendor: "NVIDIA", releaseYear: 2023,
      releaseMonth: 5,
      peaks: [
        .fp64: 34e12, .fp32: 67e12, .tf32: 494.7e12, .fp16: 989.4e12, .bf16: 989.4e12, .fp8: 1978.9e12,
        .int8: 1978.9e12,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8], memoryGB: 96, memoryBandwidthGBs: 4000,
      aliases: ["GH200", "NVIDIA GH200", "GH200 Grace Hopper", "Grace Hopper"],
      source:
        "https://resources.nvidia.com/en-us-grace-cpu/grace-hopper-superchip (GH200 datasheet: the GPU's peaks equal H100 SXM's; 96 GB HBM3 at 4 TB/s or 144 GB HBM3e at 4.9 TB/s)",
      notes:
        "One GH200 superchip holds 1 Grace CPU and 1 Hopper GPU, so a GH200 counts as one GPU. Its GPU is the H100 SXM's GH100 at the same clocks, so the dense tensor peaks are the Hopper whitepaper's (NVIDIA's headline GH200 tensor figures, e.g. FP8 3,958 TFLOPS, are with sparsity). Module power 450–1000 W covers CPU and GPU together: TDP not published for the GPU alone. Full production announced May 2023."
    ),
    Accelerator(
      name: "NVIDIA A30", vendor: "NVIDIA", releaseYear: 2021, releaseMonth: 4,
      peaks: [.fp64: 5.2e12, .fp32: 10.3e12, .tf32: 82e12, .fp16: 165e12, .bf16: 165e12, .int8: 330e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], memoryGB: 24, memoryBandwidthGBs: 933, tdpWatts: 165,
      aliases: ["A30", "NVIDIA A30 Tensor Core GPU"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/data-center/products/a30-gpu/pdf/a30-datasheet.pdf",
      notes: "Dense values (sparse 2x). FP64 Tensor Core 10.3e12."),
    Accelerator(
      name: "NVIDIA B100 (per GPU)", vendor: "NVIDIA", releaseYear: 2024, releaseMonth: 3,
      peaks: [
        .fp64: 30e12, .tf32: 0.9e15, .fp16: 1.75e15, .bf16: 1.75e15, .fp8: 3.5e15, .fp4: 7e15, .int8: 3.5e15,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .fp4, .int8], memoryGB: 192, memoryBandwidthGBs: 8000,
      tdpWatts: 700, aliases: ["B100", "NVIDIA B100", "HGX B100 GPU"],
      source:
        "NVIDIA Blackwell datasheet (GTC, March 2024), HGX B100 column per GPU: FP4 14, FP8/INT8 7, FP16/BF16 3.5, TF32 1.8 PFLOPS with sparsity; FP64 30 TFLOPS; 192 GB HBM3e, 8 TB/s, 700 W. Per-GPU dense copy at hmc-tech.com/gpus/nvidia-b200-vs-nvidia-b100 (FP4 7, FP8 3.5, FP16 1.75 PFLOPS, 700 W)",
      notes:
        "The datasheet's tensor figures are with sparsity (asterisked): halved to dense. TF32 0.9e15 is half of NVIDIA's rounded 1.8 (third-party tables give 0.875e15). NVIDIA gives no FP32 vector rate: not published, left out."
    ),
    Accelerator(
      name: "NVIDIA B300 (HGX B300, per Blackwell Ultra GPU)", vendor: "NVIDIA", releaseYear: 2025,
      peaks: [
        .fp64: 10e12 / 8, .fp32: 600e12 / 8, .tf32: 18e15 / 16, .fp16: 36e15 / 16, .bf16: 36e15 / 16,
        .fp8: 72e15 / 16, .fp4: 108e15 / 8, .int8: 2e15 / 16,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .fp4, .int8], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1100,
      aliases: ["B300", "NVIDIA B300", "HGX B300 GPU", "B300 GPU", "Blackwell Ultra B300"],
      source:
        "https://www.nvidia.com/en-us/data-center/hgx/ (HGX B300, 8 GPUs: FP4 144 PFLOPS with sparsity | 108 without; FP8/FP6 72, FP16/BF16 36, TF32 18 PFLOPS and INT8 2 POPS with sparsity; FP32 600 TFLOPS; FP64 10 TFLOPS; 2.3 TB; table copied at fibermall.com/blog/?p=17161); 1,100 W and 8 TB/s per GPU from verda.com/blog/gb300-nvl72-architecture",
      notes:
        "Per GPU: the 8-GPU baseboard's figures ÷ 8, those NVIDIA prints with sparsity (asterisked) also halved. Blackwell Ultra cuts FP64 and INT8 sharply (1.25e12, 0.125e15 per GPU). The HGX part runs at 1,100 W, below the GB300's 1,400 W, hence its lower peaks. FP4 dense is the least certain figure: 108/8 = 13.5e15 from the current HGX table, but the copied 'HGX B300 NVL16' table is garbled there and verda.com gives 14e15 per GPU."
    ),
    Accelerator(
      name: "NVIDIA GB300 (per Blackwell Ultra GPU in GB300 NVL72)", vendor: "NVIDIA", releaseYear: 2025,
      releaseMonth: 3,
      peaks: [
        .tf32: 180e15 / 144, .fp16: 360e15 / 144, .bf16: 360e15 / 144, .fp8: 720e15 / 144, .fp4: 1080e15 / 72,
      ],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .fp4], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1400,
      aliases: ["GB300 GPU", "NVIDIA GB300 GPU", "Blackwell Ultra", "Blackwell Ultra GPU in GB300"],
      source:
        "https://www.nvidia.com/en-us/data-center/gb300-nvl72/ (GB300 NVL72, 72 GPUs: FP4 1,440 PFLOPS with sparsity | 1,080 without; FP8/FP6 720, FP16/BF16 360, TF32 180 PFLOPS with sparsity; 288 GB HBM3e per GPU); 1,400 W per GPU from verda.com/blog/gb300-nvl72-architecture",
      notes:
        "Per GPU: the rack's figures ÷ 72, those NVIDIA prints with sparsity (asterisked) also halved. FP32/FP64/INT8 per GPU: third-party copies of the rack table disagree (FP32 3 or 6 PFLOPS per rack): left out. A GB300 superchip holds 2 GPUs (see the 'GB300' unit). Announced at GTC 2025-03-18."
    ),
    Accelerator(
      name: "NVIDIA RTX A6000", vendor: "NVIDIA", releaseYear: 2020, releaseMonth: 10,
      peaks: [.fp32: 38.7e12, .tf32: 154.8e12 / 2, .fp16: 309.7e12 / 2, .bf16: 309.7e12 / 2],
      matrixPrecisions: [.tf32, .fp16, .bf16], memoryGB: 48, memoryBandwidthGBs: 768, tdpWatts: 300,
      aliases: ["RTX A6000", "A6000", "NVIDIA A6000"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/proviz-print-nvidia-rtx-a6000-datasheet-us-nvidia-1454980-r9-web.pdf (FP32 38.7, tensor 309.7 TFLOPS with sparsity)",
      notes:
        "The datasheet's 309.7 tensor TFLOPS is with sparsity: halved to dense. TF32 taken as half the FP16 tensor rate, as on GA102 (NVIDIA's Ampere GA102 whitepaper lists RTX A6000 TF32 77.4 dense). FP64 not published on the datasheet: left out."
    ),
    Accelerator(
      name: "NVIDIA Quadro RTX 8000", vendor: "NVIDIA", releaseYear: 2018, releaseMonth: 8,
      peaks: [.fp32: 16.3e12, .fp16: 130.5e12, .int8: 261e12], matrixPrecisions: [.fp16, .int8],
      memoryGB: 48, memoryBandwidthGBs: 672, tdpWatts: 295, aliases: ["Quadro RTX 8000", "RTX 8000"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/quadro-rtx-8000-us-nvidia-946977-r1-web.pdf (FP32 16.3, tensor 130.5 TFLOPS, INT8 261 TOPS)",
      notes:
        "Turing TU102, full-rate FP16 tensor with FP32 accumulate on the Quadro part. Checked 2026-11-30 against the board partner's copy of NVIDIA's spec (Leadtek: FP32 16.3, 130.5 Tensor TFLOPS 'FP16 matrix multiply with FP16 or FP32 accumulate', 672 GB/s, 295 W); its 'INT8 65.2 TOPS' is the non-tensor DP4A rate, the 261 TOPS stored is the tensor rate."
    ),
    Accelerator(
      name: "NVIDIA Quadro RTX 6000", vendor: "NVIDIA", releaseYear: 2018, releaseMonth: 8,
      peaks: [.fp32: 16.3e12, .fp16: 130.5e12, .int8: 261e12], matrixPrecisions: [.fp16, .int8],
      memoryGB: 24, memoryBandwidthGBs: 672, tdpWatts: 295, aliases: ["Quadro RTX 6000", "RTX 6000"],
      source:
        "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/quadro-rtx-6000-us-nvidia-704093-r4-web.pdf (FP32 16.3, tensor 130.5 TFLOPS)",
      notes:
        "Same TU102 compute as the RTX 8000 with 24 GB (295 W, chip.pl launch report). The passive data-center variant runs lower: 14.9 FP32, 119.4 tensor TFLOPS, 624 GB/s, 250 W (Leadtek spec)."
    ),
    Accelerator(
      name: "NVIDIA Titan Xp", vendor: "NVIDIA", releaseYear: 2017, releaseMonth: 4,
      peaks: [.fp32: 12.15e12], memoryGB: 12, memoryBandwidthGBs: 547.7, tdpWatts: 250,
      aliases: ["Titan Xp", "NVIDIA Titan Xp", "TITAN Xp"],
      source: "https://www.techpowerup.com/gpu-specs/titan-xp.c2948 (3840 cores at 1582 MHz boost)",
      notes: "Boost-clock peak. No tensor cores; FP16 runs at 1/64 rate and FP64 at 1/32: left out."),
    Accelerator(
      name: "NVIDIA GeForce GTX 1080", vendor: "NVIDIA", releaseYear: 2016, releaseMonth: 5,
      peaks: [.fp32: 8.873e12], memoryGB: 8, memoryBandwidthGBs: 320, tdpWatts: 180,
      aliases: ["GTX 1080", "GeForce GTX 1080", "NVIDIA GTX 1080"],
      source: "https://www.techpowerup.com/gpu-specs/geforce-gtx-1080.c2839 (2560 cores at 1733 MHz boost)",
      notes: "Boost-clock peak. No tensor cores."),
    Accelerator(
      name: "NVIDIA GeForce GTX 980", vendor: "NVIDIA", releaseYear: 2014, releaseMonth: 9,
      peaks: [.fp32: 4.981e12], memoryGB: 4, memoryBandwidthGBs: 224, tdpWatts: 165,
      aliases: ["GTX 980", "GeForce GTX 980", "NVIDIA GTX 980"],
      source: "https://www.techpowerup.com/gpu-specs/geforce-gtx-980.c2621 (2048 cores at 1216 MHz boost)",
      notes: "Boost-clock peak. No tensor cores."),
    Accelerator(
      name: "NVIDIA GeForce GTX Titan", vendor: "NVIDIA", releaseYear: 2013, releaseMonth: 2,
      peaks: [.fp64: 1.5e12, .fp32: 4.709e12], memoryGB: 6, memoryBandwidthGBs: 288.4, tdpWatts: 250,
      aliases: ["GTX Titan", "GeForce GTX Titan", "NVIDIA GTX Titan", "Titan (Kepler)"],
      source:
        "https://www.techpowerup.com/gpu-specs/geforce-gtx-titan.c1996 (2688 cores at 876 MHz boost); NVIDIA's launch specs: 837/876 MHz base/boost, 4,500 GFLOPS, 288.4 GB/s, 250 W (hothardware.com review, 2013)",
      notes:
        "Boost-clock FP32 peak (NVIDIA's launch figure 4.5 TFLOPS is at the 837 MHz base clock). FP64 is 1/3 rate only in the driver's double-precision mode, which disables boost: 2688 × 2 × 0.837 GHz ÷ 3 = 1.5e12.",
      clockConvention:
        "boost (876 MHz) for FP32; base (837 MHz) for FP64, as the card runs in double-precision mode"
    ),
    Accelerator(
      name: "NVIDIA Tesla M60 (per GPU, half a board)", vendor: "NVIDIA", releaseYear: 2015, releaseMonth: 8,
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
      name: "NVIDIA Tesla P4", vendor: "NVIDIA", releaseYear: 2016, releaseMonth: 9,
      peaks: [.fp32: 5.5e12, .int8: 22e12], memoryGB: 8, memoryBandwidthGBs: 192, tdpWatts: 75,
      aliases: ["P4", "Tesla P4", "NVIDIA P4"],
      source:
        "https://images.nvidia.com/content/pdf/tesla/184457-Tesla-P4-Datasheet-NV-Final-Letter-Web.pdf (5.5 TFLOPS FP32, 22 TOPS INT8, 50/75 W); the same table at servethehome.com/nvidia-tesla-p4-tesla-p40-launched ('with boost clock on', 192 GB/s)",
      notes: "Inference card; INT8 is the DP4A vector rate. No tensor cores."),
    Accelerator(
      name: "AMD Instinct MI355X", vendor: "AMD", releaseYear: 2025, releaseMonth: 6,
      peaks: [
        .fp64: 78.6e12, .fp32: 157.3e12, .fp16: 2.5e15, .bf16: 2.5e15, .fp8: 5e15, .fp6: 10e15, .fp4: 10e15,
      ],
      matrixPrecisions: [.fp16, .bf16, .fp8, .fp6, .fp4], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1400, aliases: ["MI355X", "Instinct MI355X", "AMD MI355X"],
      source:
        "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html (FP16/BF16 2.5, FP8 5, MXFP6/MXFP4 10 PFLOPS dense; FP32 vector 157.3, FP64 vector 78.6 TFLOPS; 288 GB HBM3E, 8 TB/s, 1,400 W); tomshardware.com (ISC 2025: 1,400 W, FP4/FP6 20.1 PFLOPS with sparsity)",
      notes:
        "AMD prints dense and with-sparsity figures separately; dense kept. Cross-check: 256 CUs × 8,192 FP8 FLOP/clock (ISSCC 2026) × 2.4 GHz = 5.03e15; AMD rounds. FP32/FP64 are vector rates. No TF32 on CDNA 4 (emulated in software)."
    ),
    Accelerator(
      name: "AMD Instinct MI350X", vendor: "AMD", releaseYear: 2025, releaseMonth: 6,
      peaks: [
        .fp64: 72.1e12, .fp32: 144.2e12, .fp16: 2.3e15, .bf16: 2.3e15, .fp8: 4.6e15, .fp6: 9.2e15,
        .fp4: 9.2e15,
      ],
      matrixPrecisions: [.fp16, .bf16, .fp8, .fp6, .fp4], memoryGB: 288, memoryBandwidthGBs: 8000,
      tdpWatts: 1000, aliases: ["MI350X", "Instinct MI350X", "AMD MI350X"],
      source:
        "https://www.amd.com/en/products/accelerators/instinct/mi350/mi350x.html (FP16/BF16 2.3, FP8 4.6, MXFP6/MXFP4 9.2 PFLOPS dense; FP32 vector 144.2, FP64 vector 72.1 TFLOPS; 288 GB, 8 TB/s, 1,000 W); tomshardware.com (FP4/FP6 18.45 PFLOPS with sparsity)",
      notes:
        "Same CDNA 4 die as the MI355X at a 2.2 GHz peak clock and 1,000 W (air-cooled): every rate is 2.2/2.4 of the MI355X's. Dense figures kept; FP32/FP64 are vector rates."
    ),
    Accelerator(
      name: "AMD Instinct MI210", vendor: "AMD", releaseYear: 2022, releaseMonth: 3,
      peaks: [.fp64: 45.3e12, .fp32: 45.3e12, .fp16: 181e12, .bf16: 181e12, .int8: 181e12],
      matrixPrecisions: [.fp64, .fp32, .fp16, .bf16, .int8], vectorPeaks: [.fp64: 22.6e12, .fp32: 22.6e12],
      memoryGB: 64, memoryBandwidthGBs: 1638.4,
      tdpWatts: 300, aliases: ["MI210", "Instinct MI210", "AMD MI210"],
      source:
        "https://www.amd.com/en/products/accelerators/instinct/mi200/mi210.html (FP64/FP32 matrix 45.3, vector 22.6; FP16/BF16/INT8 181 TFLOPS)",
      notes: "FP64/FP32 are the matrix rates; the vector rates are 22.6e12. One GCD (a PCIe card)."),
    Accelerator(
      name: "AMD Radeon Instinct MI50", vendor: "AMD", releaseYear: 2018, releaseMonth: 11,
      peaks: [.fp64: 6.6e12, .fp32: 13.3e12, .fp16: 26.5e12], memoryGB: 32, memoryBandwidthGBs: 1024,
      tdpWatts: 300, aliases: ["MI50", "Instinct MI50", "AMD MI50", "Radeon Instinct MI50"],
      source:
        "https://www.amd.com/en/support/downloads/drivers.html/accelerators/instinct/instinct-mi-series/instinct-mi50-32gb.html (AMD Radeon Instinct MI50 spec: FP16 26.5, FP32 13.3, FP64 6.6 TFLOPS)",
      notes: "Vega 20, no matrix units: FP16 is the packed vector rate. A 16 GB variant has the same compute."
    ),
    Accelerator(
      name: "AMD Radeon Instinct MI60", vendor: "AMD", releaseYear: 2018, releaseMonth: 11,
      peaks: [.fp64: 7.4e12, .fp32: 14.7e12, .fp16: 29.5e12], memoryGB: 32, memoryBandwidthGBs: 1024,
      tdpWatts: 300, aliases: ["MI60", "Instinct MI60", "AMD MI60", "Radeon Instinct MI60"],
      source:
        "AMD's Radeon Instinct MI60 launch specs, 2018-11-06 (FP16 29.5, FP32 14.7, FP64 7.4 TFLOPS, INT8 58.9 TOPS; 32 GB HBM2 at 1,024 GB/s; 300 W), as reported at tech.everyeye.it and thelinx.net (from TechPowerUp)",
      notes: "Vega 20, no matrix units: FP16 is the packed vector rate."),
    Accelerator(
      name: "Google TPU v7 Ironwood (per chip)", vendor: "Google", releaseYear: 2025, releaseMonth: 4,
      peaks: [.bf16: 2307e12, .fp8: 4614e12], matrixPrecisions: [.bf16, .fp8], memoryGB: 192 * 1.073741824,
      memoryBandwidthGBs: 7370,
      aliases: ["TPU v7", "TPUv7", "Ironwood", "TPU Ironwood", "Google TPU v7"],
      source:
        "https://docs.cloud.google.com/tpu/docs/tpu7x (peak compute per chip BF16 2307, FP8 4614 TFLOPs; HBM 192 GiB per chip; 2 TensorCores, 4 SparseCores); bandwidth 7.37 TB/s from blog.google/products/google-cloud/ironwood-tpu-age-of-inference/",
      notes:
        "Fixed 2026-11-30: the BF16 peak (2,307 TFLOPS) is in the Cloud TPU docs table and is now the default; memory is 192 GiB (206 GB), not 192 GB. Power not published per chip: left out. Announced April 2025 (Cloud Next)."
    ),
    Accelerator(
      name: "AWS Trainium (Trn1, per chip)", vendor: "AWS", releaseYear: 2022, releaseMonth: 10,
      peaks: [.fp32: 47.5e12, .tf32: 190e12, .fp16: 190e12, .bf16: 190e12, .fp8: 190e12, .int8: 380e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8, .int8],
      memoryGB: 32 * 1.073741824, memoryBandwidthGBs: 820 * 1.073741824,
      aliases: ["Trainium", "Trainium1", "Trainium 1", "Trn1", "AWS Trainium"],
      source:
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html (2 NeuronCore-v2: 380 INT8 TOPS, 190 FP16/BF16/cFP8/TF32 TFLOPS, 47.5 FP32 TFLOPS; 32 GiB at 820 GiB/s)",
      notes:
        "Fixed 2026-11-30: TF32 190 and INT8 380 added, memory and bandwidth in GiB as the current docs state them (the 2023 revision said 32 GB, 820 GB/s; the INT8 figure was 420 there). FP8 is AWS's configurable cFP8. TDP not published: left out. Trn1 GA October 2022."
    ),
    Accelerator(
      name: "AWS Trainium2 (Trn2, per chip)", vendor: "AWS", releaseYear: 2024, releaseMonth: 12,
      peaks: [.fp32: 181e12, .tf32: 667e12, .fp16: 667e12, .bf16: 667e12, .fp8: 1299e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .fp8], memoryGB: 96 * 1.073741824, memoryBandwidthGBs: 2900,
      aliases: ["Trainium2", "Trainium 2", "Trn2", "AWS Trainium2"],
      source:
        "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium2.html (eight NeuronCore-v3: FP8 1,299, BF16/FP16/TF32 667, FP32 181 TFLOPS dense; 2,563 sparse; 96 GiB, 2.9 TB/s)",
      notes:
        "Checked 2026-11-30 against the v2.29 docs: all figures agree. TDP not published: left out. Trn2 GA December 2024."
    ),
  ]
}
