/// An amount of memory or data, in bytes.
public struct Bytes: Quantity {
  public var value: Double
  public init(_ value: Double) { self.value = value }

  /// `80 GB`, with a decimal SI prefix.
  public var description: String { NumberFormatting.siPrefixed(value, unit: "B") }
}

/// A data rate, in bytes per second.
public struct BytesPerSecond: Quantity {
  public var value: Double
  public init(_ value: Double) { self.value = value }

  /// `3.35 TB/s`, with a decimal SI prefix.
  public var description: String { NumberFormatting.siPrefixed(value, unit: "B/s") }
}

/// A power draw, in watts.
public struct Watts: Quantity {
  public var value: Double
  public init(_ value: Double) { self.value = value }

  /// `700 W`.
  public var description: String { NumberFormatting.siPrefixed(value, unit: "W") }
}
