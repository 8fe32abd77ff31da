/// An amount of floating-point work, in FLOP (1 multiply-add = 2 FLOP).
///
/// A `Double`, not an integer: 6 × 10^12 parameters × 10^13 tokens overflows `Int64`.
public struct FLOPs: Quantity {
  public var value: Double
  public init(_ value: Double) { self.value = value }

  /// FLOP in one petaFLOP/s-day: 10^15 FLOP/s × 86 400 s = 8.64 × 10^19.
  public static let perPetaFLOPDay: Double = 8.64e19

  /// The same amount in petaFLOP/s-days (PF-days).
  public var petaFLOPDays: Double { value / Self.perPetaFLOPDay }

  /// The same amount in multiply-adds (MAC), the unit many CNN-era tools call "FLOPs".
  public var multiplyAdds: Double { value / 2 }

  /// Work given as multiply-adds, converted at 2 FLOP per multiply-add.
  public static func multiplyAdds(_ count: Double) -> FLOPs { FLOPs(count * 2) }

  /// `3.15e23 FLOP`.
  public var description: String { "\(NumberFormatting.scientific(value)) FLOP" }
}
