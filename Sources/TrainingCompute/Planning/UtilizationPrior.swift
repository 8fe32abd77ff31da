/// The utilization a plan assumes: a central figure and the low and high ends that give every
/// planned quantity its interval, with the basis stated. Given by the user, it is one figure and
/// the interval collapses to it.
public struct UtilizationPrior: Sendable, Equatable, Codable {
  /// The central utilization (fraction of peak).
  public var central: Double
  /// The low end (slowest plausible run).
  public var low: Double
  /// The high end (fastest plausible run).
  public var high: Double
  /// Whether the user gave the figure.
  public var isGiven: Bool
  /// What the figures rest on.
  public var basis: String

  /// A utilization the user gave: no interval.
  public static func given(_ fraction: Double) -> UtilizationPrior {
    UtilizationPrior(
      central: fraction, low: fraction, high: fraction, isGiven: true,
      basis: "utilization given; the intervals show no utilization uncertainty")
  }

  /// The prior for a kind of model on a chip released in `year`.
  public static func prior(domain: HardwareUsage.Domain, year: Int?) -> UtilizationPrior {
    let range = HardwareUsage.observedUtilization
    return UtilizationPrior(
      central: domain.defaultUtilization, low: range.lowerBound, high: range.upperBound, isGiven: false,
      basis:
        "assuming \(NumberFormatting.percent(domain.defaultUtilization)) (the seed's default for \(domain == .language ? "language models" : "other models")); interval from the \(NumberFormatting.percent(range.lowerBound)) to \(NumberFormatting.percent(range.upperBound)) real runs report (Sevilla et al. 2022)"
    )
  }

  enum CodingKeys: String, CodingKey {
    case central, low, high, basis
    case isGiven = "is_given"
  }
}
