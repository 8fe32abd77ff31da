/// A ledger's total compared with one regime's threshold: the verdict for the figure and for
/// its interval, and how far the figure is from the mark.
public struct ThresholdCheck: Sendable, Equatable, Encodable {
  /// What the interval says about the threshold.
  public enum Verdict: String, Sendable, Encodable {
    /// Even the low end of the interval is above the threshold.
    case exceeded
    /// Even the high end is at or below it.
    case notExceeded = "not_exceeded"
    /// The interval straddles the threshold.
    case uncertain
  }

  public var regime: Regime
  /// The threshold applied: the regime's, or a third of the original's compute.
  public var thresholdFLOP: Double
  /// How the threshold applied was found, when it is not the regime's own figure.
  public var thresholdBasis: String?
  public var totalFLOP: Double
  /// The total's interval.
  public var totalRange: Estimate.Range
  /// The central figure is above the threshold (and the cost above the cost test, where the
  /// regime has one and the cost is known).
  public var isExceeded: Bool
  public var verdict: Verdict
  /// The total as a multiple of the threshold (0.23: 23 % of it; 2.3: 2.3 times it).
  public var margin: Double
  /// For a regime with a cost test: whether the cost is above it; nil when no cost is known.
  public var isCostExceeded: Bool?
  /// The compute cost compared with the cost test, when known.
  public var costUSD: Double?

  /// Compares `total` (with its interval `range`) with `threshold` for `regime`.
  public init(
    regime: Regime, threshold: Double, basis: String? = nil, total: Double, range: Estimate.Range,
    costUSD: Double? = nil
  ) {
    let low = range.low.value
    let high = range.high.value
    self.regime = regime
    thresholdFLOP = threshold
    thresholdBasis = basis
    totalFLOP = total
    totalRange = range
    isExceeded = total > threshold
    verdict = low > threshold ? .exceeded : high <= threshold ? .notExceeded : .uncertain
    margin = total / threshold
    if let limit = regime.costThresholdUSD, let costUSD {
      isCostExceeded = costUSD > limit
      self.costUSD = costUSD
      // Both tests must be met (the RAISE Act's frontier model): a cost at or below the limit
      // settles it whatever the compute.
      if costUSD <= limit {
        isExceeded = false
        verdict = .notExceeded
      }
    }
  }

  /// One sentence: the verdict in words a reader of the report needs.
  public var statement: String {
    let status =
      regime.isActive ? "" : " (inactive since \(regime.inForceUntil ?? "its end"); shown for history)"
    let figure = NumberFormatting.scientific(totalFLOP)
    let mark = NumberFormatting.scientific(thresholdFLOP)
    let head: String
    switch verdict {
    case .exceeded: head = "exceeded: \(figure) FLOP is above \(mark) FLOP across the whole interval"
    case .notExceeded:
      head = "not exceeded: \(figure) FLOP is at or below \(mark) FLOP across the whole interval"
    case .uncertain:
      head =
        "uncertain: \(figure) FLOP is \(isExceeded ? "above" : "at or below") \(mark) FLOP, but the interval \(totalRange.span) straddles it"
    }
    var cost = ""
    if let limit = regime.costThresholdUSD {
      switch isCostExceeded {
      case true?: cost = "; the cost is above $\(NumberFormatting.plain(limit))"
      case false?:
        cost = "; the cost is not above $\(NumberFormatting.plain(limit)), so the cost test is not met"
      case nil: cost = "; no cost was given for the $\(NumberFormatting.plain(limit)) cost test"
      }
    }
    return head + cost + status + "."
  }

  public func encode(to encoder: any Encoder) throws {
    var record = FlatRecord()
    record.add("regime", regime.id)
    record.add("regime_name", regime.name)
    record.add("threshold_flop", thresholdFLOP)
    record.add("threshold_basis", ifPresent: thresholdBasis)
    record.add("total", regime.total)
    record.add("total_flop", totalFLOP)
    record.add("total_low", totalRange.low)
    record.add("total_high", totalRange.high)
    record.add("exceeded", isExceeded)
    record.add("verdict", verdict)
    record.add("margin", margin)
    record.add("source", regime.source)
    record.add("in_force_from", regime.inForceFrom)
    record.add("in_force_until", ifPresent: regime.inForceUntil)
    record.add("active", regime.isActive)
    record.add("consequence", regime.consequence)
    record.add("condition", ifPresent: regime.condition)
    record.add("cost_threshold_usd", ifPresent: regime.costThresholdUSD)
    record.add("cost_exceeded", ifPresent: isCostExceeded)
    record.add("cost_usd", ifPresent: costUSD)
    record.add("statement", statement)
    try record.encode(to: encoder)
  }
}
