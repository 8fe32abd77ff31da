import Foundation

/// A central value and its 90 % interval, propagated in log space from independent spreads.
///
/// Independent log-normal errors add their log variances: below the central value the variances
/// of the spreads' lower halves add, above it those of their upper halves (a two-piece
/// log-normal approximation that keeps skewed inputs, such as weight reuse, skewed). The bounds
/// are central × exp(∓1.645 σ).
public struct Interval: Sendable, Equatable {
  /// The most likely value.
  public var central: Double
  /// The 5th percentile.
  public var low: Double
  /// The 95th percentile.
  public var high: Double
  /// Log-space standard deviation below the central value.
  public var sigmaBelow: Double
  /// Log-space standard deviation above the central value.
  public var sigmaAbove: Double

  /// The interval of `central` with `spreads` combined.
  public init(central: Double, spreads: [Spread]) {
    let below = spreads.reduce(0) { $0 + $1.varianceBelow }.squareRoot()
    let above = spreads.reduce(0) { $0 + $1.varianceAbove }.squareRoot()
    self.init(central: central, sigmaBelow: below, sigmaAbove: above)
  }

  /// The interval with the given log-space standard deviations.
  public init(central: Double, sigmaBelow: Double, sigmaAbove: Double) {
    self.central = central
    self.sigmaBelow = sigmaBelow
    self.sigmaAbove = sigmaAbove
    low = central * exp(-Spread.z90 * sigmaBelow)
    high = central * exp(Spread.z90 * sigmaAbove)
  }

  /// The widest factor either side: max(high ÷ central, central ÷ low).
  public var factor: Double { Self.factor(central: central, low: low, high: high) }

  /// The widest factor either side of `central`: max(high ÷ central, central ÷ low).
  static func factor(central: Double, low: Double, high: Double) -> Double {
    max(high / central, central / low)
  }

  /// Whether `value` lies within the interval.
  public func contains(_ value: Double) -> Bool { value >= low && value <= high }

  /// The interval stretched to contain `value` too (the central value stays).
  public func spanning(_ value: Double) -> Interval {
    var result = self
    result.low = min(low, value)
    result.high = max(high, value)
    result.sigmaBelow = log(central / result.low) / Spread.z90
    result.sigmaAbove = log(result.high / central) / Spread.z90
    return result
  }

  /// Whether two intervals of one quantity are consistent: their log difference is within
  /// 1.645 × the combined standard deviation on the side it falls.
  public func agrees(with other: Interval) -> Bool {
    let difference = log(other.central / central)
    let sigma =
      difference > 0
      ? (sigmaAbove * sigmaAbove + other.sigmaBelow * other.sigmaBelow).squareRoot()
      : (sigmaBelow * sigmaBelow + other.sigmaAbove * other.sigmaAbove).squareRoot()
    return abs(difference) <= Spread.z90 * sigma
  }

}
