/// Computes one ledger stage: its figure (from the facts `trainflops estimate` takes, a reported
/// figure, or hardware periods), the stage-kind formulas (generation, adapter training), the chip
/// time, energy and cost, and the inclusion rule of its kind.
public struct StageEstimator: Sendable {
  /// Facts only some kinds take, beside the facts of `trainflops estimate`.
  public static let kindFields: [StageKind: [String]] = [
    .fineTuning: ["trainable-params"],
    .rl: ["rollout-tokens", "rollout-params"],
    .syntheticData: ["generated-tokens"],
    .evaluation: ["generated-tokens"],
    .redTeaming: ["generated-tokens"],
  ]

  /// Every fact name a stage of `kind` may give.
  public static func factNames(for kind: StageKind) -> [String] {
    OperationInputs.fieldNames + HardwareInputs.fieldNames + (kindFields[kind] ?? [])
  }

  public var catalog: HardwareCatalog
  /// Power usage effectiveness applied to chip energy.
  public var powerUsageEffectiveness: Double
  /// Price of a chip-hour when the stage gives none.
  public var chipHourPriceUSD: Double?

  public init(catalog: HardwareCatalog = .builtIn, powerUsageEffectiveness: Double, chipHourPriceUSD: Double?)
  {
    self.catalog = catalog
    self.powerUsageEffectiveness = powerUsageEffectiveness
    self.chipHourPriceUSD = chipHourPriceUSD
  }

  /// The stage computed, or the error naming the stage and the fact that is wrong.
  public func report(for stage: LedgerStage) throws(LedgerError) -> StageReport {
    do {
      return try compute(stage)
    } catch {
      throw .stage(name: stage.name, error)
    }
  }

  private func compute(_ stage: LedgerStage) throws(EstimateError) -> StageReport {
    var parts: [StageReport.Part] = []
    var warnings: [String] = []
    var periods: [StageReport.HardwarePeriod] = []
    var method: String
    switch stage.source {
    case .reported(let flop, let low, let high):
      try Validate.positive(flop, field: "reported-flop")
      let range = try reportedRange(flop: flop, low: low, high: high)
      parts.append(
        .init(label: "reported", method: "reported", estimate: reportedEstimate(flop, range: range)))
      method = "reported"
      periods = try hardwarePeriods(stage.periods.map { HardwareInputs(facts: $0) })
    case .facts(let facts):
      try checkNames(facts, kind: stage.kind)
      var remaining = facts
      parts += try kindParts(kind: stage.kind, facts: &remaining)
      let usages = try hardwareInputs(remaining, periods: stage.periods)
      let operations = OperationInputs(facts: remaining)
      if operations.hasAnyField {
        parts.append(
          .init(
            label: parts.isEmpty ? "training" : "updates",
            estimate: try operations.operationCount().estimate()))
      }
      periods = try hardwarePeriods(usages)
      if parts.isEmpty {
        guard !usages.isEmpty else {
          throw .missingInput(
            field: "the stage's compute",
            expected:
              "params with tokens (or examples), hardware with count and time, periods, or reported-flop")
        }
        for (index, usage) in usages.enumerated() {
          let usage = try usage.hardwareUsage(catalog: catalog)
          parts.append(
            .init(
              label: usages.count > 1 ? "period \(index + 1)" : "hardware", estimate: try usage.estimate()))
        }
        method = "hardware time"
      } else {
        method =
          parts.count == 1
          ? "operation counting" : "operation counting (\(parts.map(\.label).joined(separator: " + ")))"
        warnings += crossCheck(parts: parts, periods: usages)
      }
    }
    let flop = parts.map(\.flop).sum()
    let range = Estimate.Range(
      low: parts.map { $0.range?.low ?? $0.flop }.sum(),
      high: parts.map { $0.range?.high ?? $0.flop }.sum(),
      basis: parts.compactMap { part in part.range.map { "\(part.label): \($0.basis)" } }
        .joined(separator: "; "))
    let inclusion = stage.kind.inclusion(isPublic: stage.isPublic)
    let cost = self.cost(of: stage, periods: periods)
    return StageReport(
      name: stage.name, kind: stage.kind, isPlanned: stage.isPlanned, isPublic: stage.isPublic, flop: flop,
      range: range.basis.isEmpty
        ? .init(low: flop, high: flop, basis: "no interval: every input was given") : range,
      method: method, confidence: Self.confidence(flop: flop, range: range, isReported: method == "reported"),
      parts: parts, warnings: warnings + parts.flatMap(\.warnings),
      includedInParameterUpdate: inclusion.parameterUpdate, includedInCumulative: inclusion.cumulative,
      includedInOriginalRun: inclusion.originalRun, exclusionReason: inclusion.reason, periods: periods,
      costUSD: cost?.usd, costBasis: cost?.basis, modelFile: stage.modelFile, notes: stage.notes)
  }

  /// `high` when the interval spans at most a factor 1.5, `medium` up to 3, `low` beyond.
  static func confidence(flop: FLOPs, range: Estimate.Range, isReported: Bool) -> String {
    if isReported, range.basis.isEmpty { return "as reported (no interval given)" }
    guard range.low.value > 0 else { return "low" }
    let spread = range.high.value / range.low.value
    return spread <= 1.5 ? "high" : spread <= 3 ? "medium" : "low"
  }

  private func checkNames(_ facts: [String: String], kind: StageKind) throws(EstimateError) {
    let allowed = Self.factNames(for: kind)
    for name in facts.keys.sorted() where !allowed.contains(name) {
      throw .unknownOption(field: "a fact of a \(kind.rawValue) stage", value: name, allowed: allowed)
    }
  }

  private func reportedRange(flop: Double, low: Double?, high: Double?) throws(EstimateError) -> Estimate
    .Range?
  {
    guard low != nil || high != nil else { return nil }
    guard let low, let high else {
      throw .missingInput(
        field: low == nil ? "reported-low" : "reported-high", expected: "both ends of the reported range")
    }
    try Validate.within(low, 0...flop, field: "reported-low", allowed: "at most reported-flop")
    try Validate.within(
      high, flop...Double.greatestFiniteMagnitude, field: "reported-high", allowed: "at least reported-flop")
    return .init(low: FLOPs(low), high: FLOPs(high), basis: "the range reported with the figure")
  }

  private func reportedEstimate(_ flop: Double, range: Estimate.Range?) -> Estimate {
    Estimate(
      method: .operationCounting, totalFLOP: FLOPs(flop), formula: "reported figure",
      inputs: [.number("reported-flop", flop, meaning: "training compute reported for this stage")],
      assumptions: ["The figure is taken as reported; its method is the reporter's."], range: range,
      summary: "Reported: \(FLOPs(flop).description).")
  }
}
