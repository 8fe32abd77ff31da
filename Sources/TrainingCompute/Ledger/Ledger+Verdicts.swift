extension Ledger {
  /// Each regime's verdict: the active ones and, for history, the inactive ones; the one-third
  /// test only for a modification of another model (when `original-model-flop` is given).
  func thresholds(
    cumulative: LedgerReport.Total, parameterUpdate: LedgerReport.Total, originalRun: LedgerReport.Total,
    cost: Double?
  ) -> [ThresholdCheck] {
    var checks: [ThresholdCheck] = []
    for regime in Regimes.all {
      if regime.fractionOfOriginal != nil {
        if let check = downstreamCheck(regime, modification: parameterUpdate) { checks.append(check) }
        continue
      }
      let total: LedgerReport.Total
      switch regime.total {
      case .cumulative: total = cumulative
      case .parameterUpdate: total = parameterUpdate
      case .original: total = originalRun
      }
      checks.append(
        ThresholdCheck(
          regime: regime, threshold: regime.thresholdFLOP, total: total.flop, range: total.range,
          costUSD: cost))
    }
    return checks
  }

  /// The one-third test of the regime that fits the original: with its compute known, a third of
  /// it (the systemic-risk variant when the original is above 10^25); unknown, the fallback.
  private func downstreamCheck(_ regime: Regime, modification: LedgerReport.Total) -> ThresholdCheck? {
    guard let originalModel, let fraction = regime.fractionOfOriginal else { return nil }
    let systemicMark = Regimes.euSystemicRisk.thresholdFLOP
    switch originalModel {
    case .flop(let flop):
      let hasSystemicRisk = flop > systemicMark
      guard (regime.id == Regimes.euDownstreamModifierSystemicRisk.id) == hasSystemicRisk else { return nil }
      return ThresholdCheck(
        regime: regime, threshold: flop * fraction,
        basis:
          "one third of the original model's \(NumberFormatting.scientific(flop)) FLOP (guidelines paras 62–65)",
        total: modification.flop, range: modification.range)
    case .unknown(let hasSystemicRisk):
      guard (regime.id == Regimes.euDownstreamModifierSystemicRisk.id) == hasSystemicRisk else { return nil }
      return ThresholdCheck(
        regime: regime, threshold: regime.thresholdFLOP,
        basis:
          "the original model's compute is unknown: the guidelines' fallback, one third of \(hasSystemicRisk ? "10^25" : "10^23") FLOP (paras 62–65)",
        total: modification.flop, range: modification.range)
    }
  }

  /// The compute cost: as given for the whole ledger, or the sum over stages when each has one.
  func cost(of stages: [StageReport]) -> (usd: Double, basis: String)? {
    if let totalCostUSD { return (totalCostUSD, "cost given for the whole ledger") }
    let known = stages.filter { $0.costUSD != nil }
    guard !known.isEmpty else { return nil }
    let sum = known.compactMap(\.costUSD).reduce(0, +)
    let missing = stages.filter { $0.costUSD == nil }.map(\.name)
    let basis =
      missing.isEmpty
      ? "sum of the stages' costs"
      : "sum of the stages' costs; no cost or price for \(missing.joined(separator: ", ")), so this is a lower bound"
    return (sum, basis)
  }

  func energy(_ counted: [StageReport], pue: Double) -> LedgerReport.Energy {
    let source = powerUsageEffectiveness == nil ? "assumed: \(Self.defaultPUE.source)" : "given in the ledger"
    let known = counted.filter { $0.energyKWh != nil }
    let missing = counted.filter { $0.energyKWh == nil }.map(\.name)
    var basis =
      "chip-hours × thermal design power (from the hardware catalog) × PUE \(NumberFormatting.plain(pue))"
    if !missing.isEmpty {
      basis +=
        known.isEmpty
        ? "; no counted stage names catalog hardware with a TDP, so no energy is estimated"
        : "; left out for lack of catalog hardware with a TDP: \(missing.joined(separator: ", "))"
    }
    return .init(
      kWh: known.isEmpty ? nil : known.compactMap(\.energyKWh).reduce(0, +), pue: pue, pueSource: source,
      basis: basis)
  }

  func forecast(_ stages: [StageReport], cumulative: LedgerReport.Total) -> LedgerReport.Forecast {
    let planned = stages.filter(\.isPlanned).map(\.name)
    let statement =
      planned.isEmpty
      ? "Every figure records compute already used; none is a forecast."
      : "Forecast: the figures of \(planned.joined(separator: ", ")) come from the planned allocation of chips and time, not from a finished run; estimate again as training proceeds (guidelines paras 30–32)."
    let mark = Regimes.euSystemicRisk.thresholdFLOP
    guard cumulative.flop >= mark || cumulative.range.high.value >= mark else {
      return .init(plannedStages: planned, statement: statement, notification: nil)
    }
    let reaches =
      cumulative.flop >= mark
      ? "The cumulative total\(planned.isEmpty ? "" : ", forecasts included,") reaches 10^25 FLOP"
      : "The cumulative total's interval reaches 10^25 FLOP"
    let deadline: String
    if let start {
      deadline =
        "counted from the start of the large pre-training run on \(start), notify by \(start.adding(days: 14))"
    } else {
      deadline = "give the ledger a start date to date the deadline"
    }
    return .init(
      plannedStages: planned, statement: statement,
      notification:
        "\(reaches): the provider must notify the European Commission within two weeks of the threshold being met or of knowing it will be met (AI Act Art. 52(1)); \(deadline)."
    )
  }
}
