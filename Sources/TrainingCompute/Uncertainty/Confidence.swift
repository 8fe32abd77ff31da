/// How sure an estimate is, read off its 90 % interval (never asserted):
///
/// - **Confident**: the 90 % interval lies within ×/÷ 3 of the central value.
/// - **Likely**: within ×/÷ 10.
/// - **Speculative**: wider.
///
/// The labels are Epoch AI's; the numeric meaning is this tool's, so that the label follows
/// from the inputs' stated spreads.
public enum Confidence: String, Sendable, Codable, CaseIterable {
  case confident = "Confident"
  case likely = "Likely"
  case speculative = "Speculative"

  /// The widest factor of a Confident interval.
  public static let confidentFactor = 3.0
  /// The widest factor of a Likely interval.
  public static let likelyFactor = 10.0

  /// The label of an interval.
  public init(_ interval: Interval) {
    self.init(central: interval.central, low: interval.low, high: interval.high)
  }

  /// The label of the interval `low`…`high` around `central`, from its widest factor either side.
  init(central: Double, low: Double, high: Double) {
    let factor = Interval.factor(central: central, low: low, high: high)
    if factor <= Self.confidentFactor {
      self = .confident
    } else if factor <= Self.likelyFactor {
      self = .likely
    } else {
      self = .speculative
    }
  }

  /// What the label means, in one sentence.
  public var meaning: String {
    switch self {
    case .confident: "the 90 % interval lies within ×/÷ 3 of the figure"
    case .likely: "the 90 % interval lies within ×/÷ 10 of the figure"
    case .speculative: "the 90 % interval is wider than ×/÷ 10 of the figure"
    }
  }
}
