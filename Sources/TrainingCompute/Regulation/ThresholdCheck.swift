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
  public var totalLow: Double
  public var totalHigh: Double
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

  /// Compares `total` (with its interval) with `threshold` for `regime`.
  public init(
    regime: Regime, threshold: Double, basis: String? = nil, total: Double, low: Double, high: Double,
    costUSD: Double? = nil
  ) {
    self.regime = regime
    thresholdFLOP = threshold
    thresholdBasis = basis
    totalFLOP = total
    totalLow = low
    totalHigh = high
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
        "uncertain: \(figure) FLOP is \(isExceeded ? "above" : "at or below") \(mark) FLOP, but the interval \(NumberFormatting.scientific(totalLow))–\(NumberFormatting.scientific(totalHigh)) straddles it"
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

  enum CodingKeys: String, CodingKey {
    case regime, total, exceeded, verdict, margin, source, consequence, condition, statement
    case regimeName = "regime_name"
    case thresholdFLOP = "threshold_flop"
    case thresholdBasis = "threshold_basis"
    case totalFLOP = "total_flop"
    case totalLow = "total_low"
    case totalHigh = "total_high"
    case inForceFrom = "in_force_from"
    case inForceUntil = "in_force_until"
    case isActive = "active"
    case costThresholdUSD = "cost_threshold_usd"
    case isCostExceeded = "cost_exceeded"
    case costUSD = "cost_usd"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(regime.id, forKey: .regime)
    try container.encode(regime.name, forKey: .regimeName)
    try container.encode(thresholdFLOP, forKey: .thresholdFLOP)
    try container.encodeIfPresent(thresholdBasis, forKey: .thresholdBasis)
    try container.encode(regime.total, forKey: .total)
    try container.encode(totalFLOP, forKey: .totalFLOP)
    try container.encode(totalLow, forKey: .totalLow)
    try container.encode(totalHigh, forKey: .totalHigh)
    try container.encode(isExceeded, forKey: .exceeded)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(margin, forKey: .margin)
    try container.encode(regime.source, forKey: .source)
    try container.encode(regime.inForceFrom, forKey: .inForceFrom)
    try container.encodeIfPresent(regime.inForceUntil, forKey: .inForceUntil)
    try container.encode(regime.isActive, forKey: .isActive)
    try container.encode(regime.consequence, forKey: .consequence)
    try container.encodeIfPresent(regime.condition, forKey: .condition)
    try container.encodeIfPresent(regime.costThresholdUSD, forKey: .costThresholdUSD)
    try container.encodeIfPresent(isCostExceeded, forKey: .isCostExceeded)
    try container.encodeIfPresent(costUSD, forKey: .costUSD)
    try container.encode(statement, forKey: .statement)
  }
}
