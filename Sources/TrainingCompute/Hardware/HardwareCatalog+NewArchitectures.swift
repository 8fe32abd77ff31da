// Accelerators issue 10 asked for that are not GPUs of the usual kind, and the A10G: Intel's first
// Gaudi, Huawei's Ascend 910B/910C, Cerebras' wafer-scale systems and Graphcore's IPUs. Same
// conventions as every row (HardwareCatalog+Entries.swift), with two exceptions said per row:
// Cerebras publishes only with-sparsity peaks (kept, and marked in `sparsePrecisions`), and a
// figure no source publishes is left out with the notes saying "not published".

extension HardwareCatalog {
  static let newArchitectureEntries: [Accelerator] = [
    Accelerator(
      name: "NVIDIA A10G (AWS G5)", vendor: "NVIDIA", releaseYear: 2021, releaseMonth: 11,
      peaks: [.fp32: 35e12, .tf32: 35e12, .fp16: 70e12, .bf16: 70e12, .int8: 140e12],
      matrixPrecisions: [.tf32, .fp16, .bf16, .int8], memoryGB: 24, memoryBandwidthGBs: 600, tdpWatts: 300,
      aliases: ["A10G", "NVIDIA A10G", "AWS A10G", "A10G Tensor Core GPU"],
      source:
        "https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/ (A10 vs A10G spec sheet: A10G FP32 35, TF32 35, FP16/BF16 tensor 70 TFLOPS, INT8 140 TOPS; 24 GB GDDR6 at 600 GB/s); 300 W from nvidia-smi on every G5 size (gist.github.com/shashankprasanna/10ebe6dc1ba1d8d93db17da4e2cc890e)",
      notes:
        "An AWS-only GA102 part (EC2 G5, launched November 2021); NVIDIA publishes no A10G datasheet, so the figures are AWS's as Baseten tabulates them (dense). Against the A10 it trades tensor rate (70 vs 125 TFLOPS FP16) for a higher clock. The peaks rest on that one table (not confirmed here against an AWS or NVIDIA document): treat them as less certain than a datasheet's. 300 W is the power limit nvidia-smi reports, not a published TDP."
    ),
    Accelerator(
      name: "Intel Habana Gaudi (HL-205)", vendor: "Intel", releaseYear: 2019, releaseMonth: 6,
      peaks: [:], memoryGB: 32,
      aliases: ["Gaudi", "Gaudi 1", "Gaudi1", "Habana Gaudi", "HL-205", "Intel Gaudi 1", "AWS DL1"],
      source:
        "https://aws.amazon.com/blogs/compute/amazon-ec2-dl1-instances-deep-dive/ (8 Gaudi accelerators per dl1.24xlarge, 32 GB HBM2 each); habana.ai/gaudi-integrated-roce/ (HL-205 OAM cards, Gaudi introduced 2019-06-20); Linley Group, 'Habana Offers Gaudi for AI Training' (2019-06-18: OAM module up to 300 W, PCIe card 200 W)",
      notes:
        "Habana published no peak FLOP/s for the first Gaudi (only ResNet-50 throughput), so no peak is stored: an estimate must give --peak (or --year). Memory 32 GB HBM2 per AWS; bandwidth not published in the sources found: left out. TDP not published as one figure (OAM up to 300 W, PCIe card 200 W): left out."
    ),
    Accelerator(
      name: "Huawei Ascend 910B", vendor: "Huawei", releaseYear: 2023,
      peaks: [.fp16: 320e12], matrixPrecisions: [.fp16], memoryGB: 64,
      aliases: ["Ascend 910B", "Ascend910B", "Huawei Ascend 910B", "910B"],
      source:
        "Widely reported figures, no Huawei datasheet: FP16 about 320 TFLOPS, 64 GB HBM2e (boardor.com/blog/huawei-ascend-910b-outperforms-h20-910c-approaches-h100)",
      notes:
        "Huawei publishes no datasheet for the 910B; 320 TFLOPS FP16 is the figure reports repeat (variants 910B1–B4 differ; about 280–400 TFLOPS is quoted). Bandwidth (reported 1.2–1.6 TB/s) and TDP (310–400 W) not published: left out. Treat the peak as uncertain by ±25 %."
    ),
    Accelerator(
      name: "Huawei Ascend 910C", vendor: "Huawei", releaseYear: 2025,
      peaks: [.fp16: 800e12, .bf16: 780e12], matrixPrecisions: [.fp16, .bf16],
      aliases: ["Ascend 910C", "Ascend910C", "Huawei Ascend 910C", "910C"],
      source:
        "No Huawei datasheet: FP16 800 TFLOPS (besthub.dev Ascend roadmap, 2025), BF16 about 780 TFLOPS (SemiAnalysis estimate as reported at aiwiki.ai/wiki/huawei_ascend_910c)",
      notes:
        "Two 910B dies in one package (the unit CloudMatrix 384 counts). Figures are analysts' and press estimates, not a datasheet. Memory reported as 128 GB HBM (SemiAnalysis) or 96 GB (others): not published, left out; bandwidth and TDP not published."
    ),
    Accelerator(
      name: "Cerebras CS-2 (one WSE-2 wafer-scale chip)", vendor: "Cerebras", releaseYear: 2021,
      releaseMonth: 4,
      peaks: [.fp16: 62.5e15], matrixPrecisions: [.fp16], sparsePrecisions: [.fp16], memoryGB: 40,
      memoryBandwidthGBs: 20e6, tdpWatts: 23000,
      aliases: ["CS-2", "Cerebras CS-2", "WSE-2", "Cerebras WSE-2"],
      source:
        "Cerebras WSE-2 launch (2021-04-20; anandtech.com/show/16626): 850,000 cores, 40 GB on-chip SRAM, 20 PB/s; Cerebras' CS-3 launch (2024-03-13; tomshardware.com): WSE-3's 125 PFLOPS is 'double the performance of' WSE-2 at the same power",
      notes:
        "One CS-2 system holds exactly one chip, the wafer-scale WSE-2, so count systems. Cerebras never published a WSE-2 peak: 62.5e15 is half of WSE-3's 125 PFLOPS, from Cerebras' own 'double the performance' statement, and like it a with-sparsity figure (no dense peak is published): an estimate from it is an upper bound. Memory is on-wafer SRAM (MemoryX holds weights off-chip). TDP is the whole system's 23 kW.",
      countingNote: "Counted each CS-2 as one wafer-scale WSE-2 chip (one per system)."
    ),
    Accelerator(
      name: "Cerebras CS-3 (one WSE-3 wafer-scale chip)", vendor: "Cerebras", releaseYear: 2024,
      releaseMonth: 3,
      peaks: [.fp16: 125e15], matrixPrecisions: [.fp16], sparsePrecisions: [.fp16], memoryGB: 44,
      memoryBandwidthGBs: 21e6, tdpWatts: 23000,
      aliases: ["CS-3", "Cerebras CS-3", "WSE-3", "Cerebras WSE-3"],
      source:
        "Cerebras WSE-3 launch, 2024-03-13 (tomshardware.com: 4 trillion transistors, 900,000 cores, 44 GB on-chip SRAM, 125 FP16 PFLOPS peak, same power as CS-2); yobitel.com/knowledge-base/cerebras-wse-3 ('sparse FP16 throughput 125 PFLOPS', 21 PB/s)",
      notes:
        "One CS-3 system holds exactly one chip, the wafer-scale WSE-3, so count systems. 125 PFLOPS is Cerebras' FP16 peak with sparsity; no dense peak is published, so an estimate from it is an upper bound (the tool warns). Memory is on-wafer SRAM at 21 PB/s. TDP is the whole system's, about 23 kW.",
      countingNote: "Counted each CS-3 as one wafer-scale WSE-3 chip (one per system)."
    ),
    Accelerator(
      name: "Graphcore Colossus MK2 GC200 IPU", vendor: "Graphcore", releaseYear: 2020, releaseMonth: 7,
      peaks: [.fp16: 250e12], matrixPrecisions: [.fp16], memoryGB: 0.9,
      aliases: ["GC200", "Graphcore GC200", "Colossus MK2", "IPU", "Graphcore IPU", "MK2 IPU", "GC200 IPU"],
      source:
        "https://www.graphcore.ai/posts/introducing-second-generation-ipu-systems-for-ai-at-scale (2020-07-15: four GC200 IPUs per 1 PetaFLOPS IPU-M2000); itpro.com (250 TFLOPS of AI compute per IPU at FP16.16 / FP16.SR); convergedigest.com (900 MB In-Processor-Memory per IPU)",
      notes:
        "The unit is one IPU (one GC200 die); an IPU-M2000 or IPU-POD4 holds 4. FP16 is 'FP16.16' (16-bit multiply and accumulate) AI compute, dense. FP32 rate not found in a source here: left out. Memory is the 900 MB of on-chip SRAM; the IPU-M2000's DRAM 'Streaming Memory' is shared by its 4 IPUs. TDP per IPU not published: left out.",
      countingNote:
        "Counted each IPU as one GC200 chip; an IPU-M2000 holds 4 (name 'IPU-M2000' to count machines)."
    ),
    Accelerator(
      name: "Graphcore Bow IPU", vendor: "Graphcore", releaseYear: 2022, releaseMonth: 3,
      peaks: [.fp16: 350e12], matrixPrecisions: [.fp16], memoryGB: 0.9,
      aliases: ["Bow IPU", "Graphcore Bow", "Bow", "Graphcore Bow IPU"],
      source:
        "Graphcore Bow launch, 2022-03-03 (Bow-2000: 4 Bow IPUs, 1.4 PFLOPS AI compute, so 350 TFLOPS FP16.16 per IPU; docs.graphcore.ai/projects/bow-pod64-datasheet: Bow-2000 up to 40 % faster than IPU-M2000)",
      notes:
        "A GC200 die bonded wafer-on-wafer to a power-delivery die, clocked higher. The unit is one IPU; a Bow-2000 holds 4. FP32 rate not published per IPU: left out. TDP not published: left out.",
      countingNote:
        "Counted each Bow IPU as one chip; a Bow-2000 holds 4 (name 'Bow-2000' to count machines)."
    ),
  ]
}
