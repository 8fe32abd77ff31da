// Systems, superchips, multi-chip devices, boards and cores, each converted to catalog chips.
// Sources per row; the counts are the vendors' own (8 GPUs per HGX/DGX baseboard, 72 per NVL72
// rack, 2 Blackwell GPUs per GB200 superchip, 4 chips per Cloud TPU v2/v3 device).

extension HardwareCatalog {
  static let unitEntries: [HardwareUnit] = [
    HardwareUnit(
      name: "DGX B200", kind: .system, aliases: ["NVIDIA DGX B200"], chip: "B200", chipsPerUnit: 8,
      source: "NVIDIA DGX B200 datasheet: 8 Blackwell GPUs"),
    HardwareUnit(
      name: "HGX B200", kind: .system, aliases: ["NVIDIA HGX B200"], chip: "B200", chipsPerUnit: 8,
      source: "NVIDIA HGX platform page: HGX B200 holds 8 B200 GPUs"),
    HardwareUnit(
      name: "GB200 NVL72", kind: .system, aliases: ["NVIDIA GB200 NVL72", "NVL72", "DGX GB200 NVL72"],
      chip: "GB200 GPU", chipsPerUnit: 72,
      source: "NVIDIA GB200 NVL72 page: 36 Grace CPUs and 72 Blackwell GPUs per rack"),
    HardwareUnit(
      name: "GB200 superchip", kind: .superchip,
      aliases: ["GB200", "NVIDIA GB200", "GB200 Grace Blackwell Superchip"],
      chip: "GB200 GPU", chipsPerUnit: 2,
      source: "NVIDIA GB200 NVL72 page: a GB200 superchip joins 1 Grace CPU and 2 Blackwell GPUs"),
    HardwareUnit(
      name: "HGX B300", kind: .system, aliases: ["NVIDIA HGX B300", "DGX B300", "NVIDIA DGX B300"],
      chip: "B300", chipsPerUnit: 8,
      source: "NVIDIA HGX platform page: HGX B300 holds 8 Blackwell Ultra GPUs (2.3 TB HBM3e in all)"),
    HardwareUnit(
      name: "GB300 NVL72", kind: .system, aliases: ["NVIDIA GB300 NVL72", "DGX GB300", "DGX GB300 NVL72"],
      chip: "GB300 GPU", chipsPerUnit: 72,
      source: "NVIDIA GB300 NVL72 page: 36 Grace CPUs and 72 Blackwell Ultra GPUs per rack"),
    HardwareUnit(
      name: "GB300 superchip", kind: .superchip,
      aliases: ["GB300", "NVIDIA GB300", "GB300 Grace Blackwell Ultra Superchip"],
      chip: "GB300 GPU", chipsPerUnit: 2,
      source: "NVIDIA GB300 NVL72 page: a GB300 superchip joins 1 Grace CPU and 2 Blackwell Ultra GPUs"),
    HardwareUnit(
      name: "IPU-M2000", kind: .system, aliases: ["Graphcore IPU-M2000", "IPU-POD4", "M2000"],
      chip: "GC200", chipsPerUnit: 4,
      source:
        "Graphcore, 'Introducing 2nd Generation IPU Systems' (2020-07-15): four GC200 IPUs per IPU-M2000"),
    HardwareUnit(
      name: "Bow-2000", kind: .system, aliases: ["Graphcore Bow-2000", "Bow Pod4"], chip: "Bow IPU",
      chipsPerUnit: 4,
      source: "Graphcore IPU-Machine release notes: a Bow-2000 is a 1U machine of four Bow IPUs"),
    HardwareUnit(
      name: "DGX H100", kind: .system, aliases: ["NVIDIA DGX H100"], chip: "H100 SXM", chipsPerUnit: 8,
      source: "NVIDIA DGX H100 datasheet: 8 H100 Tensor Core GPUs"),
    HardwareUnit(
      name: "HGX H100", kind: .system, aliases: ["NVIDIA HGX H100", "HGX H100 8-GPU"], chip: "H100 SXM",
      chipsPerUnit: 8, source: "NVIDIA HGX H100 8-GPU baseboard"),
    HardwareUnit(
      name: "DGX H200", kind: .system, aliases: ["NVIDIA DGX H200", "HGX H200", "NVIDIA HGX H200"],
      chip: "H200",
      chipsPerUnit: 8, source: "NVIDIA DGX H200 / HGX H200: 8 H200 GPUs"),
    HardwareUnit(
      name: "DGX A100", kind: .system,
      aliases: ["NVIDIA DGX A100", "HGX A100", "NVIDIA HGX A100", "HGX A100 8-GPU"],
      chip: "A100", chipsPerUnit: 8, source: "NVIDIA DGX A100 datasheet: 8 A100 Tensor Core GPUs"),
    HardwareUnit(
      name: "DGX-1 (V100)", kind: .system, aliases: ["DGX-1", "NVIDIA DGX-1", "DGX1"], chip: "V100 SXM2",
      chipsPerUnit: 8, source: "NVIDIA DGX-1 datasheet: 8 Tesla V100 (the 2016 version held 8 P100)"),
    HardwareUnit(
      name: "DGX-2", kind: .system, aliases: ["NVIDIA DGX-2", "DGX2"], chip: "V100 SXM2", chipsPerUnit: 16,
      source: "NVIDIA DGX-2 datasheet: 16 Tesla V100"),
    HardwareUnit(
      name: "Cloud TPU v2 device", kind: .device, aliases: ["Cloud TPU v2", "TPU v2-8", "TPU v2 device"],
      chip: "TPU v2", chipsPerUnit: 4,
      source: "Google Cloud TPU docs (system architecture): a v2-8 device has 4 chips, 8 TensorCores"),
    HardwareUnit(
      name: "Cloud TPU v3 device", kind: .device, aliases: ["Cloud TPU v3", "TPU v3-8", "TPU v3 device"],
      chip: "TPU v3", chipsPerUnit: 4,
      source: "Google Cloud TPU docs (v3): a v3-8 device has 4 chips, 8 TensorCores"),
    HardwareUnit(
      name: "TPU v2 core", kind: .core, aliases: ["TPU v2 cores", "TPUv2 core"], chip: "TPU v2",
      chipsPerUnit: 0.5,
      source: "Google Cloud TPU docs: 2 TensorCores per v2 chip"),
    HardwareUnit(
      name: "TPU v3 core", kind: .core, aliases: ["TPU v3 cores", "TPUv3 core"], chip: "TPU v3",
      chipsPerUnit: 0.5,
      source: "Google Cloud TPU docs (v3): 2 TensorCores per chip"),
    HardwareUnit(
      name: "Tesla K80 board", kind: .board, aliases: ["K80 board", "K80 card", "NVIDIA Tesla K80 board"],
      chip: "K80", chipsPerUnit: 2, source: "NVIDIA Tesla K80 datasheet: 2 GK210 GPUs per board"),
    HardwareUnit(
      name: "MI250 OAM", kind: .package,
      aliases: ["MI250 package", "MI250 module", "AMD Instinct MI250 OAM"],
      chip: "MI250", chipsPerUnit: 2,
      source: "AMD Instinct MI250 product page: 2 graphics compute dies (GCDs) per OAM module"),
    HardwareUnit(
      name: "MI250X OAM", kind: .package,
      aliases: ["MI250X package", "MI250X module", "AMD Instinct MI250X OAM"],
      chip: "MI250X", chipsPerUnit: 2,
      source: "AMD Instinct MI250X product page: 2 GCDs per OAM module"),
  ]
}

extension HardwareCatalog {
  /// Names that several variants answer to, with the other variants' names: the catalog resolves
  /// the name to one row (its most common training part) and says what the others would give.
  static let ambiguousNames: [String: [String]] = [
    "a100": ["A100 SXM4 80GB", "A100 PCIe 40GB", "A100 PCIe 80GB"],
    "nvidiaa100": ["A100 SXM4 80GB", "A100 PCIe 40GB", "A100 PCIe 80GB"],
    "h100": ["H100 PCIe", "H100 NVL"],
    "nvidiah100": ["H100 PCIe", "H100 NVL"],
    "v100": ["V100 PCIe", "V100S PCIe"],
    "teslav100": ["V100 PCIe", "V100S PCIe"],
    "nvidiav100": ["V100 PCIe", "V100S PCIe"],
    "p100": ["P100 PCIe"],
    "teslap100": ["P100 PCIe"],
    "nvidiap100": ["P100 PCIe"],
  ]

  /// The other variants a name could mean, when it is ambiguous (`A100`, `H100`).
  public func alternatives(for name: String) -> [Accelerator] {
    guard name.utf8.count <= Self.maximumNameLength, let others = Self.ambiguousNames[Self.key(name)] else {
      return []
    }
    // Exact look-ups: a miss must not cost the fuzzy suggestions an unknown name gets.
    return others.compactMap { index[Self.key($0)].map { accelerators[$0] } }
  }
}
