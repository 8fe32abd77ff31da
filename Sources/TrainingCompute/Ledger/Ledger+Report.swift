import Foundation

extension Ledger {
  /// Every stage computed, the totals, the verdict for each regime and the rest of the report.
  public func report(
    catalog: HardwareCatalog = .builtIn, provenance: LedgerProvenance
  ) throws(LedgerError) -> LedgerReport {
    try validate()
    let pue = powerUsageEffectiveness ?? Self.defaultPUE.value
    let estimator = StageEstimator(
      catalog: catalog, powerUsageEffectiveness: pue, chipHourPriceUSD: chipHourPriceUSD)
    var stageReports: [StageReport] = []
    for stage in stages { stageReports.append(try estimator.report(for: stage)) }
    let cumulative = Self.total(stageReports.filter(\.includedInCumulative), named: "cumulative")
    let parameterUpdate = Self.total(
      stageReports.filter(\.includedInParameterUpdate), named: "parameter-update")
    let originalRun = Self.total(stageReports.filter(\.includedInOriginalRun), named: "original-run")
    for (name, total) in [
      ("cumulative", cumulative), ("parameter-update", parameterUpdate), ("original-run", originalRun),
    ]
    where !(total.flop.isFinite && total.range.high.value.isFinite) {
      throw .totalNotFinite(total: name)
    }
    let counted = stageReports.filter(\.includedInCumulative)
    let cost = self.cost(of: stageReports.filter(\.includedInOriginalRun))
    var provenance = provenance
    provenance.hardwareSources = Self.hardwareSources(stageReports)
    let report = LedgerReport(
      model: model, headline: Self.headline(cumulative.flop), cumulative: cumulative,
      parameterUpdate: parameterUpdate, originalRun: originalRun, stages: stageReports,
      thresholds: thresholds(
        cumulative: cumulative, parameterUpdate: parameterUpdate, originalRun: originalRun, cost: cost?.usd),
      accuracy: Self.accuracy(
        cumulative, pointStages: counted.filter { $0.range.low == $0.range.high }.map(\.name)),
      chipHours: Self.sum(counted.map(\.chipHours)),
      trainingTimeHours: Self.sum(counted.map(\.wallClockHours)),
      energy: energy(counted, pue: pue), costUSD: cost?.usd, costBasis: cost?.basis,
      forecast: forecast(stageReports, cumulative: cumulative), start: start, originalModel: originalModel,
      assumptions: Self.assumptions, provenance: provenance)
    let amounts: [(String, Double?)] =
      [
        ("chip-hours", report.chipHours), ("training time", report.trainingTimeHours),
        ("energy", report.energy.kWh), ("cost", report.costUSD),
      ] + stageReports.map { ("cost of stage '\($0.name)'", $0.costUSD) }
    for (name, value) in amounts where value.map({ !$0.isFinite }) ?? false {
      throw .totalNotFinite(total: name)
    }
    return report
  }

  /// `2.3 × 10^25 FLOP`: the figure to two significant figures, as the guidelines ask (paras 30–32).
  public static func headline(_ flop: Double) -> String {
    guard flop.isFinite, flop > 0 else { return "0 FLOP" }
    var exponent = Int(log10(flop).rounded(.down))
    if flop / power10(exponent) >= 10 { exponent += 1 }
    if flop / power10(exponent) < 1 { exponent -= 1 }
    var mantissa = (flop / Self.power10(exponent) * 10).rounded() / 10
    if mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    let digits = Int((mantissa * 10).rounded())
    return "\(digits / 10).\(digits % 10) × 10^\(exponent) FLOP"
  }

  static let assumptions = [
    "All operations count equally, whatever their number format (guidelines C(2025) 7719, Annex A.2).",
    "A total's interval is the sum of its stages' low and high ends: the stages' errors are taken as fully correlated, the widest reading.",
    "Chip-hours, training time and energy add up the counted stages that describe their hardware; training time takes the stages and periods as run one after another.",
    "Energy = chip-hours × the chip's thermal design power × PUE: an upper estimate of the chips' draw, without the rest of the servers.",
  ]

  private func validate() throws(LedgerError) {
    if model.trimmingWhitespace().isEmpty {
      throw .invalidValue(place: "the ledger", key: "model", value: "''", allowed: "the model's name")
    }
    if stages.isEmpty {
      throw .missingKey(place: "the ledger", key: "stages", expected: "at least one stage")
    }
    var names: Set<String> = []
    for stage in stages where !names.insert(stage.name).inserted { throw .duplicateStage(name: stage.name) }
    if let pue = powerUsageEffectiveness, !(pue >= 1 && pue <= 5) {
      throw .invalidValue(place: "the ledger", key: "pue", value: "\(pue)", allowed: "a number from 1 to 5")
    }
    if case .flop(let flop)? = originalModel, !(flop.isFinite && flop > 0) {
      throw .invalidValue(
        place: "the ledger", key: "original-model-flop", value: "\(flop)",
        allowed: "a positive number of FLOP or 'unknown'")
    }
  }

  /// The sum of `stages` with its interval, the sum of their low and high ends.
  static func total(_ stages: [StageReport], named name: String) -> LedgerReport.Total {
    LedgerReport.Total(
      flop: stages.map(\.flop.value).reduce(0, +),
      range: Estimate.Range(
        low: stages.map(\.range.low).sum(), high: stages.map(\.range.high).sum(),
        basis: "sum of the counted stages' low and high ends (\(name) total)"))
  }

  static func sum(_ values: [Double?]) -> Double? {
    let known = values.compactMap { $0 }
    return known.isEmpty ? nil : known.reduce(0, +)
  }

  static func power10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }

  static func accuracy(_ total: LedgerReport.Total, pointStages: [String]) -> LedgerReport.Accuracy {
    guard total.flop > 0 else {
      return .init(
        holds: false, lowRatio: 0, highRatio: 0,
        statement: "No compute is counted; there is no interval to judge.")
    }
    let low = total.range.low.value / total.flop
    let high = total.range.high.value / total.flop
    let holds = low >= 0.7 - 1e-9 && high <= 1.3 + 1e-9
    let span = "\(NumberFormatting.percent(low - 1)) to +\(NumberFormatting.percent(high - 1))"
    let caveat =
      pointStages.isEmpty
      ? ""
      : " Stages without an interval (every input given: \(pointStages.joined(separator: ", "))) are taken as exact; their own error is not in the check."
    return .init(
      holds: holds, lowRatio: low, highRatio: high,
      statement: (holds
        ? "The interval (\(span) of the cumulative total) lies within the ±30 % margin of the guidelines (Annex A.2)."
        : "The interval (\(span) of the cumulative total) is wider than the ±30 % margin of the guidelines (Annex A.2): narrow it with more facts (chip-hours, utilization, the backward/forward ratio) before relying on the figure.")
        + caveat)
  }

  static func hardwareSources(_ stages: [StageReport]) -> [LedgerProvenance.HardwareSource] {
    var seen: [String: String] = [:]
    for period in stages.flatMap(\.periods) {
      if let name = period.hardware, let source = period.source { seen[name] = source }
    }
    return seen.keys.sorted().map { LedgerProvenance.HardwareSource(hardware: $0, source: seen[$0] ?? "") }
  }
}
