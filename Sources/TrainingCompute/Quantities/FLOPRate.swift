/// A rate of floating-point work, in FLOP per second.
public struct FLOPRate: Quantity {
  public var value: Double
  public init(_ value: Double) { self.value = value }

  /// `989 TFLOP/s`, with an SI prefix.
  public var description: String { NumberFormatting.siPrefixed(value, unit: "FLOP/s") }
}
