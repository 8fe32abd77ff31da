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
    let factor = interval.factor
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
