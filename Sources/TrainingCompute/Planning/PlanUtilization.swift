/// The utilization a plan assumes: a central figure and the low and high ends that give every
/// planned quantity its interval, with the basis stated. Given by the user, it is one figure and
/// the interval collapses to it.
public struct PlanUtilization: Sendable, Equatable, Codable {
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
  public static func given(_ fraction: Double) -> PlanUtilization {
    PlanUtilization(
      central: fraction, low: fraction, high: fraction, isGiven: true,
      basis: "utilization given; the intervals show no utilization uncertainty")
  }

  /// The prior for a kind of model on a chip released in `year`: the median and the range of the
  /// model FLOP utilization that published runs of that kind and era report
  /// (`ReportedUtilizations.spreadWithBasis`), with the runs it covers named in the basis.
  public static func prior(domain: HardwareUsage.Domain, year: Int?) -> PlanUtilization {
    let spread = ReportedUtilizations.spreadWithBasis(domain: domain, year: year)
    let names = spread.runs.map { "\($0.model) \(NumberFormatting.percent($0.utilization))" }
    return PlanUtilization(
      central: spread.median, low: spread.low, high: spread.high, isGiven: false,
      basis:
        "assuming \(NumberFormatting.percent(spread.median)), the median MFU of \(spread.basis), from \(NumberFormatting.percent(spread.low)) to \(NumberFormatting.percent(spread.high)): \(names.joined(separator: ", "))"
    )
  }

  enum CodingKeys: String, CodingKey {
    case central, low, high, basis
    case isGiven = "is_given"
  }
}
