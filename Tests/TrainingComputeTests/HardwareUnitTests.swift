import Testing

@testable import TrainingCompute

/// Chips, not systems: a system, superchip, multi-chip device, board or core converts to the
/// chips it holds (counts from the vendors' datasheets, cited per case), and says so.
struct HardwareUnitTests {
  static func usage(_ hardware: String, count: String? = nil, cores: String? = nil, chipHours: String? = nil)
    throws -> HardwareUsage
  {
    var inputs = HardwareInputs(fieldPrefix: "--")
    inputs.hardware = hardware
    inputs.count = count
    inputs.cores = cores
    inputs.chipHours = chipHours
    if chipHours == nil { inputs.hours = "10" }
    return try inputs.hardwareUsage()
  }

  /// (unit name, units, chip name, chips): DGX B200 datasheet (8 GPUs); HGX B200 (8); GB200 NVL72
  /// page (72 Blackwell GPUs per rack; a GB200 superchip = 2 GPUs); Cloud TPU docs (a v2-8 or
  /// v3-8 device = 4 chips); Tesla K80 datasheet (2 GK210 per board); AMD MI250/MI250X (2 GCDs per
  /// OAM); DGX H100 datasheet (8); DGX-2 datasheet (16 V100).
  @Test(arguments: [
    ("DGX B200", 8, "B200", 64), ("HGX B200", 2, "B200", 16), ("GB200 NVL72", 1, "GB200 GPU", 72),
    ("GB200", 4, "GB200 GPU", 8), ("Cloud TPU v3", 8, "TPU v3", 32), ("Cloud TPU v2", 2, "TPU v2", 8),
    ("K80 board", 4, "K80", 8), ("MI250X OAM", 3, "MI250X", 6), ("MI250 OAM", 3, "MI250", 6),
    ("DGX H100", 2, "H100 SXM", 16), ("DGX-2", 1, "V100", 16),
  ])
  func unitsConvertToTheirChipsAndSaySo(unit: String, units: Int, chip: String, chips: Int) throws {
    let system = try Self.usage(unit, count: String(units)).estimate()
    let plain = try Self.usage(chip, count: String(chips)).estimate()
    #expect(system.totalFLOP == plain.totalFLOP)
    #expect(system.input(named: "count")?.value == .number(Double(chips)))
    #expect(system.warnings.contains { $0.contains("as \(chips) chips") }, "\(system.warnings)")
  }

  /// A DGX B200's hours are hours of each of its 8 GPUs.
  @Test func systemHoursAreChipHoursTimesChips() throws {
    let system = try Self.usage("DGX B200", chipHours: "100").estimate()
    let plain = try Self.usage("B200", chipHours: "800").estimate()
    #expect(system.totalFLOP == plain.totalFLOP)
  }

  /// Cloud TPU v3 docs: 2 TensorCores per chip, so 512 cores are 256 chips.
  @Test func coresCountHalfAChipEach() throws {
    let cores = try Self.usage("TPU v3", cores: "512").estimate()
    let chips = try Self.usage("TPU v3", count: "256").estimate()
    #expect(cores.totalFLOP == chips.totalFLOP)
    let named = try Self.usage("TPU v3 core", count: "512").estimate()
    #expect(named.totalFLOP == chips.totalFLOP)
  }

  @Test func anOddCoreCountOrCoresOfAGPUAreRefused() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "--cores", value: "3", allowed: "a multiple of 2, the cores per Google TPU v3 (per chip) chip")
    ) {
      _ = try Self.usage("TPU v3", cores: "3")
    }
    #expect(
      throws: EstimateError.outOfRange(
        field: "--cores", value: "8",
        allowed: "a count of TPU v2 or v3 cores (NVIDIA Tesla V100 SXM2 is counted in chips: use --count)")
    ) { _ = try Self.usage("V100", cores: "8") }
  }

  /// A plain 'K80' is one GK210 GPU, as CUDA lists it, and the estimate says so.
  @Test func perDeviceRowsSayWhatTheyCount() throws {
    let estimate = try Self.usage("K80", count: "8").estimate()
    #expect(estimate.warnings.contains { $0.contains("K80 board") })
  }

  /// A 64 KiB name is refused before any matching work, naming the limit.
  @Test func overlongNamesAreRefusedNamingTheLimit() {
    let name = String(repeating: "H", count: 65_536)
    #expect(
      throws: EstimateError.outOfRange(
        field: "hardware", value: "a name of 65536 bytes", allowed: "a name of at most 100 characters")
    ) { _ = try HardwareCatalog.builtIn.resolve(name) }
    #expect(HardwareCatalog.builtIn.suggestions(for: name).isEmpty)
  }

  /// Suggestions rank the same family first: an unknown 'H2' suggests Hopper parts, never an AMD
  /// or TPU row first.
  @Test func suggestionsRankTheSameFamilyFirst() {
    let suggestions = HardwareCatalog.builtIn.suggestions(for: "H2")
    #expect(suggestions.first?.contains("H") == true)
    #expect(HardwareCatalog.family("nvidiah100sxm") == "h")
    #expect(HardwareCatalog.family("amdinstinctmi250x") == "mi")
  }

  /// Within a family, the nearest generation comes first (an unknown MI400 suggests the MI355X
  /// before the MI100, a TPU v8 the v7 then the v6e), except that a model number that extends or
  /// shortens the one typed reads as a typo ("H1000" → H100).
  @Test(arguments: [
    ("MI400", ["AMD Instinct MI355X", "AMD Instinct MI350X"]),
    ("TPU v8", ["Google TPU v7 Ironwood (per chip)", "Google TPU v6e Trillium (per chip)"]),
    ("H1000", ["NVIDIA H100 SXM5 80GB"]), ("GB400", ["GB300 superchip"]),
  ])
  func suggestionsRankByGeneration(name: String, first: [String]) {
    #expect(Array(HardwareCatalog.builtIn.suggestions(for: name).prefix(first.count)) == first)
  }
}
