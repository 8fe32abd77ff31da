/// A physical amount stored as a `Double` in its base unit, encoded in JSON as a bare number.
///
/// Conforming types are plain structs. Only the cross-unit operators that mean something
/// physically are defined (see `Quantity+Algebra.swift`), so `Seconds × Seconds` does not compile.
public protocol Quantity: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The amount in the type's base unit (FLOP, FLOP/s, seconds, bytes …).
  var value: Double { get }
  /// Wraps an amount given in the type's base unit.
  init(_ value: Double)
}

extension Quantity {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    self.init(try container.decode(Double.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

  public static func + (lhs: Self, rhs: Self) -> Self { Self(lhs.value + rhs.value) }
  public static func - (lhs: Self, rhs: Self) -> Self { Self(lhs.value - rhs.value) }
  public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }
  public static func * (lhs: Self, factor: Double) -> Self { Self(lhs.value * factor) }
  public static func * (factor: Double, rhs: Self) -> Self { Self(rhs.value * factor) }
  public static func / (lhs: Self, divisor: Double) -> Self { Self(lhs.value / divisor) }
  /// The dimensionless ratio of two amounts of the same kind.
  public static func / (lhs: Self, rhs: Self) -> Double { lhs.value / rhs.value }

  /// The zero amount.
  public static var zero: Self { Self(0) }

  /// Whether two amounts agree within a relative tolerance (default 1e-9).
  public func isApproximatelyEqual(to other: Self, relativeTolerance: Double = 1e-9) -> Bool {
    let scale = max(abs(value), abs(other.value))
    return abs(value - other.value) <= relativeTolerance * scale
  }
}

extension Sequence where Element: Quantity {
  /// The total of all amounts (zero for an empty sequence).
  public func sum() -> Element { reduce(Element.zero, +) }
}
