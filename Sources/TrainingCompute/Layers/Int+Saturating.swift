/// Whole-number arithmetic for sizes given by users, which may be absurdly large: it saturates
/// at `Int.max` (or `Int.min`) instead of trapping on overflow. A saturated result is always at
/// least as far from zero as the exact one would be, so it fails every size limit the graph
/// checks (see `SizeLimit`), which then names the layer.
/// Inlinable, so that callers in other modules get them specialized for their sequences.
extension Int {
  /// `self + other`, or `Int.max`/`Int.min` when the exact sum does not fit.
  @inlinable public func adding(saturating other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    guard overflow else { return sum }
    return other > 0 ? .max : .min
  }

  /// `self · other`, or `Int.max`/`Int.min` when the exact product does not fit.
  @inlinable public func multiplied(saturating other: Int) -> Int {
    let (product, overflow) = multipliedReportingOverflow(by: other)
    guard overflow else { return product }
    return (self < 0) == (other < 0) ? .max : .min
  }

  /// The product of `values` (1 when there are none), saturating.
  @inlinable public static func product(saturating values: some Sequence<Int>) -> Int {
    values.reduce(1) { $0.multiplied(saturating: $1) }
  }

  /// The sum of `values` (0 when there are none), saturating.
  @inlinable public static func sum(saturating values: some Sequence<Int>) -> Int {
    values.reduce(0) { $0.adding(saturating: $1) }
  }
}
