import Foundation

extension BestEstimateChoice {
  /// The facts given but not used, each with the reason.
  var unused: [BestEstimate.Unused] {
    facts.given.filter { $0 != "name" && !used.contains($0) }.map { field in
      BestEstimate.Unused(
        field: field, reason: unusedReasons[field] ?? Self.defaultReason(field, facts: facts))
    }
  }

  static func defaultReason(_ field: String, facts: TrainingFacts) -> String {
    switch field {
    case "batch-size":
      return facts.batches == nil
        ? "batch size counts the passes only with batches" : "not needed by the method chosen"
    case "total-params": return "the total only checks params (active parameters); it does no work per token"
    case "domain", "year": return "picks the utilization assumed for hardware time, which was not used"
    case "precision":
      return facts.peak != nil
        ? "precision selects a catalog chip's peak; peak was given directly"
        : "not needed by the method chosen"
    case "count": return "chip-hours already include the chip count"
    default: return "not needed by the method chosen"
    }
  }

  /// The contributions of each spread to the interval's log-variance, largest first.
  var contributions: [BestEstimate.Contribution] {
    let total = spreads.reduce(0) { $0 + $1.varianceBelow + $1.varianceAbove }
    guard total > 0 else { return [] }
    return spreads.map { spread in
      BestEstimate.Contribution(spread: spread, share: (spread.varianceBelow + spread.varianceAbove) / total)
    }.sorted { $0.share > $1.share }
  }

  /// The finished estimate.
  func bestEstimate() -> BestEstimate {
    let confidence = Confidence(interval)
    let central = FLOPs(interval.central)
    let basis =
      "90 % interval from \(spreads.map(\.input).joined(separator: "; ")), combined in log space"
      + (method == .combined ? ", both methods weighted by precision" : "")
    let estimate =
      method == .reported ? (operations?.estimate ?? hardware?.estimate) : (operations ?? hardware)?.estimate
    let chosen = method == .hardwareTime ? hardware?.estimate : estimate
    let range = Estimate.Range(low: FLOPs(interval.low), high: FLOPs(interval.high), basis: basis)
    let summary =
      "Training took about \(central.description) (\(NumberFormatting.scientific(central.petaFLOPDays)) PF-days; 90 % interval \(range.span) FLOP, \(confidence.rawValue)) by \(methodWords)."
    return BestEstimate(
      name: facts.name, totalFLOP: central, range: range,
      method: method, confidence: confidence, contributions: contributions, used: used, unused: unused,
      choice: sentence, suspects: suspects, warnings: warnings, assumptions: assumptions,
      comparison: comparison, estimate: chosen, summary: summary)
  }

  private var methodWords: String {
    switch method {
    case .reported: "the developers' report"
    case .operationCounting: "counting operations"
    case .hardwareTime: "hardware time"
    case .combined: "counting operations and hardware time combined"
    }
  }
}
