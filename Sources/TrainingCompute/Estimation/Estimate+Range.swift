extension Estimate.Range {
  /// The interval as every report writes it: `1.2e20–3.4e20` (the unit is the caller's).
  var span: String {
    "\(NumberFormatting.scientific(low.value))–\(NumberFormatting.scientific(high.value))"
  }

  /// The confidence label of this interval around `central` (``Confidence``), or `nil` when
  /// there is no interval to judge: no basis, or a figure or low end that is not positive.
  func confidence(around central: FLOPs) -> Confidence? {
    guard !basis.isEmpty, low.value > 0, central.value > 0 else { return nil }
    return Confidence(central: central.value, low: low.value, high: high.value)
  }
}
