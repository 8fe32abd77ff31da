/// Computes one ledger stage: its figure through the best estimate (`bestEstimate`, from the
/// facts `trainflops estimate` takes, a reported figure first), the stage-kind formulas
/// (generation, adapter training, RL rollouts), the hardware periods, the chip time, energy and
/// cost, and the inclusion rule of its kind.
public struct StageEstimator: Sendable {
  /// Facts only some kinds take, beside the facts of `trainflops estimate`.
  public static let kindFields: [StageKind: [String]] = [
    .fineTuning: ["trainable-params"],
    .rl: ["rollout-tokens", "rollout-params"],
    .syntheticData: ["generated-tokens"],
    .evaluation: ["generated-tokens"],
    .redTeaming: ["generated-tokens"],
  ]

  /// The fields that describe the hardware (a period takes only these).
  public static let hardwareFields = [
    "hardware", "peak", "precision", "count", "cores", "time", "hours", "days", "chip-hours", "utilization",
    "domain", "year",
  ]

  /// Every fact name a stage of `kind` may give: the fields table's, less `name` (the stage's
  /// own key), plus the kind's own.
  public static func factNames(for kind: StageKind) -> [String] {
    Fields.names.filter { $0 != "name" } + (kindFields[kind] ?? [])
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
    try checkNames(stage.facts, kind: stage.kind)
    var remaining = stage.facts
    var parts = try kindParts(kind: stage.kind, facts: &remaining)
    let hasHardware = remaining.keys.contains(where: Self.hardwareFields.contains)
    let hasOperations = remaining.keys.contains { !Self.hardwareFields.contains($0) }
    if hasHardware, !stage.periods.isEmpty {
      throw .conflictingInputs(Self.hardwareFields.filter { remaining[$0] != nil } + ["periods"])
    }
    if hasOperations || (parts.isEmpty && hasHardware) {
      let best = try bestEstimate(try Self.facts(remaining), catalog: catalog)
      parts.append(.init(label: parts.isEmpty ? "training" : "updates", best: best))
    } else if parts.isEmpty {
      guard !stage.periods.isEmpty else {
        throw .missingInput(
          field: "the stage's compute",
          expected:
            "params with tokens (or examples), hardware with count and time, periods, or reported-flop")
      }
      for (index, period) in stage.periods.enumerated() {
        let best = try bestEstimate(try Self.facts(period), catalog: catalog)
        parts.append(.init(label: stage.periods.count > 1 ? "period \(index + 1)" : "hardware", best: best))
      }
    }
    let hardware = hasHardware ? [remaining.filter { Self.hardwareFields.contains($0.key) }] : stage.periods
    var periods: [StageReport.HardwarePeriod] = []
    for facts in hardware {
      if let period = try hardwarePeriod(try Self.facts(facts)) { periods.append(period) }
    }
    for part in parts where !(part.flop.value.isFinite && (part.range?.high.value ?? 0).isFinite) {
      let value = part.flop.value.isFinite ? (part.range?.high.value ?? .infinity) : part.flop.value
      throw .notFinite(field: "the \(part.label) figure of this stage", value: value)
    }
    let flop = parts.map(\.flop).sum()
    let range = Estimate.Range(
      low: parts.map { $0.range?.low ?? $0.flop }.sum(), high: parts.map { $0.range?.high ?? $0.flop }.sum(),
      basis: parts.compactMap { part in part.range.map { "\(part.label): \($0.basis)" } }.joined(
        separator: "; "))
    let inclusion = stage.kind.inclusion(isPublic: stage.isPublic)
    let cost = self.cost(of: stage, periods: periods)
    return StageReport(
      name: stage.name, kind: stage.kind, isPlanned: stage.isPlanned, isPublic: stage.isPublic, flop: flop,
      range: range.basis.isEmpty
        ? .init(low: flop, high: flop, basis: "no interval: every input was given") : range,
      method: parts.count == 1
        ? Self.words(parts[0].method)
        : parts.map { "\($0.label): \(Self.words($0.method))" }.joined(separator: "; "),
      confidence: Self.confidence(flop: flop, range: range),
      parts: parts, warnings: parts.flatMap(\.warnings),
      includedInParameterUpdate: inclusion.parameterUpdate, includedInCumulative: inclusion.cumulative,
      includedInOriginalRun: inclusion.originalRun, exclusionReason: inclusion.reason, periods: periods,
      costUSD: cost?.usd, costBasis: cost?.basis, modelFile: stage.modelFile, notes: stage.notes)
  }

  /// The label of the best estimate's confidence scale (``Confidence``) for the stage's interval;
  /// a stage without an interval is "not assessed".
  static func confidence(flop: FLOPs, range: Estimate.Range) -> String {
    range.confidence(around: flop)?.rawValue ?? "not assessed (no interval)"
  }

  static func words(_ method: String) -> String { String(method.map { $0 == "_" ? " " : $0 }) }

  /// The stage's facts through the fields table, in a stable order.
  static func facts(_ pairs: [String: String]) throws(EstimateError) -> TrainingFacts {
    try TrainingFacts(pairs.keys.sorted().map { ($0, pairs[$0] ?? "") })
  }

  private func checkNames(_ facts: [String: String], kind: StageKind) throws(EstimateError) {
    let allowed = Self.factNames(for: kind)
    for name in facts.keys.sorted() where !allowed.contains(name) {
      throw .unknownOption(field: "a fact of a \(kind.rawValue) stage", value: name, allowed: allowed)
    }
  }
}
