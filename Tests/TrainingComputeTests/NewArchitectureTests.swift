import Testing

@testable import TrainingCompute

/// The chips issue 10 asked for beyond GPUs (item 2): A10G, Gaudi 1, Ascend 910B/910C, Cerebras
/// CS-2/CS-3 and Graphcore IPUs, each pinned to the figure its cited source prints.
struct NewArchitectureTests {
  let catalog = HardwareCatalog.builtIn

  func peak(_ name: String, _ precision: Precision) throws -> Double {
    try catalog.accelerator(named: name).peak(for: precision).value
  }

  static func usage(_ hardware: String, count: String = "1") throws -> HardwareUsage {
    var inputs = HardwareInputs(fieldPrefix: "--")
    inputs.hardware = hardware
    inputs.count = count
    inputs.days = "1"
    return try inputs.hardwareUsage()
  }

  /// Baseten's A10 vs A10G table: A10G FP16 tensor 70 TFLOPS. Reports of the Ascend 910B (about
  /// 320 TFLOPS FP16) and 910C (800 TFLOPS FP16). Cerebras WSE-3 launch: 125 FP16 PFLOPS, twice
  /// the WSE-2. Graphcore: 250 TFLOPS per GC200 (1 PFLOPS per 4-IPU M2000); Bow-2000 1.4 PFLOPS
  /// per 4 Bow IPUs.
  static let published: [(String, Precision, Double)] = [
    ("A10G", Precision.fp16, 70e12), ("Ascend 910B", .fp16, 320e12), ("Ascend 910C", .fp16, 800e12),
    ("CS-3", .fp16, 125e15), ("CS-2", .fp16, 125e15 / 2), ("GC200", .fp16, 1e15 / 4),
    ("Bow IPU", .fp16, 1.4e15 / 4),
  ]

  @Test(arguments: published)
  func newChipsMatchTheirSources(name: String, precision: Precision, expected: Double) throws {
    #expect(abs(try peak(name, precision) - expected) <= expected * 1e-12)
  }

  @Test(arguments: [
    "A10G", "Gaudi 1", "HL-205", "Ascend 910B", "Ascend 910C", "CS-2", "CS-3", "WSE-3", "GC200",
    "Graphcore IPU", "Bow IPU",
  ])
  func everyNewChipIsListedWithASource(name: String) throws {
    let chip = try catalog.accelerator(named: name)
    #expect(!chip.source.isEmpty)
    #expect(catalog.accelerators.contains(chip))
  }

  /// Cerebras quotes only sparse peaks: the row says so, `hardware show` says so, and an
  /// estimate from it warns that it is an upper bound.
  @Test func cerebrasPeaksAreMarkedSparseEverywhere() throws {
    let chip = try catalog.accelerator(named: "CS-3")
    #expect(chip.isSparsePeak(.fp16))
    #expect(!(try catalog.accelerator(named: "H100")).isSparsePeak(.fp16))
    let shown = try HardwareReport.show(chip, as: .text)
    #expect(shown.contains("FP16 peak (vendor's sparse figure)"))
    #expect(shown.contains("one wafer-scale WSE-3 chip (one per system)"))
    let estimate = try Self.usage("CS-3", count: "16").estimate()
    #expect(estimate.warnings.contains { $0.contains("with-sparsity figure") && $0.contains("upper bound") })
    #expect(
      !(try Self.usage("H100", count: "16").estimate()).warnings.contains { $0.contains("with-sparsity") })
  }

  /// The by-year peak leaves out rows whose only peak is a sparse figure: a 125-PFLOPS wafer
  /// would otherwise set the range's top for 2023–2024.
  @Test func byYearPeaksLeaveOutSparseOnlyRows() throws {
    let byYear = try PeakByYear(year: 2024)
    #expect(!byYear.rows.contains { $0.name.contains("Cerebras") })
    #expect(byYear.highest.value < 125e15)
  }

  /// Habana published no peak for the first Gaudi: the row holds none and an estimate asks for one.
  @Test func aChipWithoutAPublishedPeakAsksForOne() throws {
    #expect(try catalog.accelerator(named: "Gaudi 1").peaks.isEmpty)
    #expect(
      throws: EstimateError.missingInput(
        field: "peak",
        expected:
          "the chip's peak FLOP/s instead of the hardware name, or the year of the run, since Intel Habana Gaudi (HL-205) has no published peak"
      )
    ) { _ = try Self.usage("Gaudi 1", count: "8").estimate() }
  }

  /// Graphcore: an IPU-M2000 (and a Bow-2000) holds 4 IPUs.
  @Test(arguments: [("IPU-M2000", "GC200"), ("Bow-2000", "Bow IPU")])
  func ipuMachinesCountFourIPUs(unit: String, chip: String) throws {
    let machines = try Self.usage(unit, count: "2").estimate()
    let chips = try Self.usage(chip, count: "8").estimate()
    #expect(machines.totalFLOP == chips.totalFLOP)
  }
}
