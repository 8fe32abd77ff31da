import Foundation

/// One uncertain input of an estimate: the factors by which the truth may lie below and above
/// the value used, at the 5th and 95th percentiles, with the distribution and its source.
///
/// Each spread is a two-piece log-normal: ln(truth ÷ value used) is normal with standard
/// deviation ln(`high`) ÷ 1.645 above zero and −ln(`low`) ÷ 1.645 below, so the value used is the
/// most likely one and the 90 % interval runs from `low` × to `high` × it.
public struct Spread: Sendable, Equatable, Codable {
  /// The z-score of the 95th percentile of a normal distribution.
  public static let z90 = 1.6448536269514722

  /// The uncertain input, in words ("utilization", "backward/forward ratio").
  public var input: String
  /// The field that, if given, would remove or narrow this spread; `nil` when none can.
  public var fact: String?
  /// The factor at the 5th percentile (at most 1).
  public var low: Double
  /// The factor at the 95th percentile (at least 1).
  public var high: Double
  /// Where the spread comes from.
  public var source: String

  /// A spread from its 90 % factors; factors on the wrong side of 1 are clamped to 1.
  public init(input: String, fact: String?, low: Double, high: Double, source: String) {
    self.input = input
    self.fact = fact
    self.low = min(max(low, .leastNormalMagnitude), 1)
    self.high = max(high, 1)
    self.source = source
  }

  /// A symmetric spread: ×/÷ `factor`.
  public static func symmetric(input: String, fact: String?, factor: Double, source: String) -> Spread {
    Spread(input: input, fact: fact, low: 1 / factor, high: factor, source: source)
  }

  /// Log-space variance below the value used.
  var varianceBelow: Double { square(log(low) / Self.z90) }
  /// Log-space variance above the value used.
  var varianceAbove: Double { square(log(high) / Self.z90) }

  private func square(_ value: Double) -> Double { value * value }

  enum CodingKeys: String, CodingKey {
    case input, fact, source
    case low = "low_factor"
    case high = "high_factor"
  }
}
