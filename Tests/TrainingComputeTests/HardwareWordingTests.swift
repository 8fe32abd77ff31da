import Testing

@testable import TrainingCompute

/// Honest wording: defaults flagged exactly, "assuming" for each default, the domain inferred from
/// tokens, precision traps warned about, the unknown-hardware peak by year.
struct HardwareWordingTests {
  static func inputs(_ fields: [String: String]) -> HardwareInputs {
    var inputs = HardwareInputs(fieldPrefix: "--")
    for (name, value) in fields { inputs[field: name] = value }
    return inputs
  }

  @Test func domainIsDefaultExactlyWhenNotGiven() throws {
    let given = try Self.inputs(["hardware": "V100", "count": "8", "days": "1", "domain": "language"])
      .hardwareUsage().estimate()
    #expect(given.input(named: "domain")?.isDefault == false)
    let defaulted = try Self.inputs(["hardware": "V100", "count": "8", "days": "1"]).hardwareUsage()
      .estimate()
    #expect(defaulted.input(named: "domain")?.isDefault == true)
    #expect(defaulted.assumptions.contains { $0.hasPrefix("Assuming a model other than a language model") })
  }

  @Test func peakIsNotDefaultWhenChipAndPrecisionAreChosen() throws {
    let chosen = try Self.inputs(["hardware": "V100", "precision": "fp16", "count": "8", "days": "1"])
      .hardwareUsage().estimate()
    #expect(chosen.input(named: "peak")?.isDefault == false)
    let defaulted = try Self.inputs(["hardware": "V100", "count": "8", "days": "1"]).hardwareUsage()
      .estimate()
    #expect(defaulted.input(named: "peak")?.isDefault == true)
    #expect(defaulted.summary.contains("assuming the FP16 peak"))
    #expect(defaulted.summary.contains("assuming 40% utilization"))
    #expect(chosen.summary.contains("at the FP16 peak"))
  }

  /// GPT-3 (Brown et al. 2020): 175B parameters, 300B tokens. Tokens mean a language model, so
  /// the seed's 30 % applies.
  @Test func tokensImplyALanguageModel() throws {
    let count = OperationCount(forward: .parameters(175e9), passes: .tokens(300e9))
    let usage = try Self.inputs(["hardware": "V100", "count": "1000", "days": "10"]).hardwareUsage()
    let reconciliation = try Reconciliation(operations: count, hardware: usage)
    #expect(reconciliation.hardware.input(named: "utilization")?.value == .number(0.30))
    #expect(reconciliation.hardware.input(named: "domain")?.value == .text("language"))
    #expect(reconciliation.hardware.input(named: "domain")?.isDefault == true)
  }

  /// DeepSeek-V3 report: 2.788M H800 GPU-hours. At the FP8 peak the tool warns that the peak may
  /// not be what training ran at.
  @Test func eightBitPeaksAreWarnedAbout() throws {
    let estimate = try Self.inputs(["hardware": "H800", "precision": "fp8", "chip-hours": "2.788e6"])
      .hardwareUsage().estimate()
    #expect(estimate.warnings.contains { $0.contains("The FP8 peak is used") })
  }

  @Test func preMixedPrecisionChipsWarnOfFP32() throws {
    let early = try Self.inputs(["hardware": "V100", "count": "8", "days": "1", "year": "2017"])
      .hardwareUsage()
      .estimate()
    #expect(early.warnings.contains { $0.contains("A run in 2017 may have trained in FP32") })
    let later = try Self.inputs(["hardware": "V100", "count": "8", "days": "1", "year": "2020"])
      .hardwareUsage()
      .estimate()
    #expect(!later.warnings.contains { $0.contains("may have trained in FP32") })
  }

  /// The 2016 typical peak: the catalog's 2015–2016 rows at their default precision (FP32: none
  /// has a 16-bit matrix unit) are, from their datasheets, Titan X Maxwell 6.61, M40 6.84, P100
  /// PCIe 9.3, P100 SXM2 10.6, Titan X Pascal 11, P40 11.76 TFLOP/s; the median is the mean of
  /// the middle two, the P100 datasheet's PCIe 9.3 and SXM2 10.6.
  @Test func unknownHardwareUsesTheYearsTypicalPeak() throws {
    let estimate = try Self.inputs(["year": "2016", "count": "64", "days": "10"]).hardwareUsage().estimate()
    let peak = try #require(estimate.input(named: "peak"))
    #expect(peak.value == .number((9.3e12 + 10.6e12) / 2))
    #expect(peak.isDefault)
    #expect(estimate.warnings.contains { $0.hasPrefix("Speculative") })
    #expect(estimate.assumptions.contains { $0.contains("Tesla P100 PCIe") })
    let range = try #require(estimate.range)
    #expect(
      range.low.value < estimate.totalFLOP.value * 0.5 && range.high.value > estimate.totalFLOP.value * 1.3)
  }

  @Test func anUnknownNameWithAYearFallsBackAndSaysSo() throws {
    let estimate = try Self.inputs(["hardware": "Z9000", "year": "2019", "count": "8", "days": "1"])
      .hardwareUsage().estimate()
    #expect(estimate.warnings.contains { $0.hasPrefix("'Z9000' is not in the catalog") })
  }

  @Test func aYearOutsideTheCatalogIsRefused() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "--year", value: "1900", allowed: "a year from 1950 to 2100 such as 2016")
    ) { _ = try Self.inputs(["year": "1900", "count": "8", "days": "1"]).hardwareUsage() }
  }

  /// The range comes from the reported-utilization table, not a fixed 25 %–62 %.
  @Test func rangeComesFromReportedUtilizations() throws {
    let estimate = try Self.inputs(["peak": "1e14", "count": "1", "hours": "1", "domain": "language"])
      .hardwareUsage().estimate()
    let spread = ReportedUtilizations.spread(domain: .language, year: nil)
    let range = try #require(estimate.range)
    #expect(range.low.value == 1e14 * 3600 * spread.low)
    #expect(range.high.value == 1e14 * 3600 * spread.high)
  }
}
