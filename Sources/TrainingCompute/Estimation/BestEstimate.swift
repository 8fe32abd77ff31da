import Foundation

/// The one figure for a training run from whatever facts are known: a central value, its 90 %
/// interval, the method chosen, a confidence read off the interval, which uncertain input
/// contributes most to the spread, which facts were used and which not (and why), and the
/// underlying `Estimate` with its formula, inputs and assumptions. Made by
/// `bestEstimate(_:catalog:)`.
public struct BestEstimate: Sendable, Equatable, Encodable {
  /// How the figure was obtained, in the order they are tried.
  public enum Method: String, Sendable, Codable {
    /// The developers' reported figure, taken first.
    case reported
    /// Counting operations (preferred to hardware time: it needs no utilization).
    case operationCounting = "operation_counting"
    /// Hardware time.
    case hardwareTime = "hardware_time"
    /// Both methods, consistent within their intervals, combined by inverse-variance weighting
    /// in log space.
    case combined
  }

  /// How much to build: everything (`full`), or only what a batch row shows (`summary`: the
  /// figure, its interval, method, confidence, contributions, facts used and the summary,
  /// without the underlying `Estimate` and its assumptions), which is several times faster.
  public enum Detail: Sendable {
    case full, summary
  }

  /// One uncertain input and its share of the interval's log-variance.
  public struct Contribution: Sendable, Equatable, Codable {
    public var spread: Spread
    /// Share of the total log-variance, 0 to 1.
    public var share: Double
  }

  /// A fact given but not used for the figure, and why.
  public struct Unused: Sendable, Equatable, Codable {
    public var field: String
    public var reason: String

    /// A fact not used, and why.
    public init(field: String, reason: String) {
      self.field = field
      self.reason = reason
    }
  }

  /// The two methods side by side, when both were possible.
  public struct Comparison: Sendable, Equatable, Codable {
    public var operationsFLOP: FLOPs
    public var hardwareFLOP: FLOPs
    /// Operation count ÷ hardware time.
    public var ratio: Double
    /// Operation-count FLOP ÷ (chip time × peak).
    public var impliedUtilization: Double
    /// Whether the two agree within their intervals.
    public var agrees: Bool

    enum CodingKeys: String, CodingKey {
      case ratio, agrees
      case operationsFLOP = "operations_flop"
      case hardwareFLOP = "hardware_flop"
      case impliedUtilization = "implied_utilization"
    }
  }

  public var name: String?
  public var totalFLOP: FLOPs
  /// The 90 % interval and what it is made of.
  public var range: Estimate.Range
  public var method: Method
  public var confidence: Confidence
  /// Uncertain inputs, largest share first.
  public var contributions: [Contribution]
  /// The fields whose values entered the figure.
  public var used: [String]
  /// The fields given but not used for the figure, with the reason.
  public var unused: [Unused]
  /// One sentence: which method, which facts, and why.
  public var choice: String
  /// Inputs that look wrong (the implied utilization, words for tokens …), most likely first.
  public var suspects: [String]
  public var warnings: [String]
  public var assumptions: [String]
  public var comparison: Comparison?
  /// The underlying estimate of the method chosen (operation counting for `combined`); `nil`
  /// for a reported figure with nothing to check it against.
  public var estimate: Estimate?
  /// A sentence to cite.
  public var summary: String

  /// The interval as a value.
  public var interval: Interval {
    var interval = Interval(
      central: totalFLOP.value, sigmaBelow: log(totalFLOP.value / range.low.value) / Spread.z90,
      sigmaAbove: log(range.high.value / totalFLOP.value) / Spread.z90)
    interval.low = range.low.value
    interval.high = range.high.value
    return interval
  }

  /// The input that, if learnt, would narrow the interval most.
  public var narrowedMostBy: String? { contributions.first { $0.spread.fact != nil }?.spread.fact }

  public func encode(to encoder: any Encoder) throws {
    var record = FlatRecord()
    record.add("name", ifPresent: name)
    record.add("total_flop", totalFLOP)
    record.add("pf_days", totalFLOP.petaFLOPDays)
    record.add("range", range)
    record.add("method", method)
    record.add("confidence", confidence)
    record.add("confidence_meaning", confidence.meaning)
    record.add("contributions", contributions)
    record.add("narrowed_most_by", ifPresent: narrowedMostBy)
    record.add("used", used)
    record.add("unused", unused)
    record.add("choice", choice)
    record.add("suspects", suspects)
    record.add("warnings", warnings)
    record.add("assumptions", assumptions)
    record.add("comparison", ifPresent: comparison)
    record.add("estimate", ifPresent: estimate)
    record.add("summary", summary)
    try record.encode(to: encoder)
  }
}

extension BestEstimate.Contribution {
  enum CodingKeys: String, CodingKey { case input, fact, source, share, low, high }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(spread.input, forKey: .input)
    try container.encodeIfPresent(spread.fact, forKey: .fact)
    try container.encode(spread.source, forKey: .source)
    try container.encode(share, forKey: .share)
    try container.encode(spread.low, forKey: .low)
    try container.encode(spread.high, forKey: .high)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    spread = Spread(
      input: try container.decode(String.self, forKey: .input),
      fact: try container.decodeIfPresent(String.self, forKey: .fact),
      low: try container.decode(Double.self, forKey: .low),
      high: try container.decode(Double.self, forKey: .high),
      source: try container.decode(String.self, forKey: .source))
    share = try container.decode(Double.self, forKey: .share)
  }
}
