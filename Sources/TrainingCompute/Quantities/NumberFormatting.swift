import Foundation

/// How numbers are shown to people: three significant digits, scientific notation for large
/// amounts (`3.15e23`), SI prefixes for rates (`989 TFLOP/s`). Deterministic and locale-free.
public enum NumberFormatting {
  /// `3.15e23` for large or tiny values, `355` or `14.8` in between; three significant digits.
  public static func scientific(_ value: Double, digits: Int = 3) -> String {
    guard value.isFinite else { return String(value) }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e4 || magnitude < 1e-3 {
      return exponential(value, significantDigits: max(digits, 1))
    }
    return plain(value, digits: digits)
  }

  /// Integers below 10^15 shown in full with thousands separators (`10,000`); other values
  /// rounded to three significant digits without an exponent where that reads well.
  public static func plain(_ value: Double, digits: Int = 3) -> String {
    guard value.isFinite else { return String(value) }
    if value == value.rounded(), abs(value) < 1e15 {
      return grouped(Int64(value))
    }
    let magnitude = abs(value)
    if magnitude >= 1e6 || magnitude < 1e-3 { return scientific(value, digits: digits) }
    let exponent = Int(floor(log10(magnitude)))
    return fixed(value, decimals: max(digits - 1 - exponent, 0))
  }

  /// `989 TFLOP/s`, `1.98 PFLOP/s`, `80 GB`: decimal SI prefixes, three significant digits.
  public static func siPrefixed(_ value: Double, unit: String) -> String {
    guard value.isFinite, value != 0 else { return ("\(plain(value)) \(unit)" as Sentence).text }
    var index = Int(floor(log10(abs(value)) / 3))
    index = min(max(index, 0), prefixes.count - 1)
    let scaled = value / pow(1000, Double(index))
    var text = roundedSignificant(scaled, digits: 3)
    if text == "1000", index + 1 < prefixes.count {
      text = "1"
      index += 1
    }
    return ("\(text) \(prefixes[index])\(unit)" as Sentence).text
  }

  /// The decimal SI prefixes, 10^0 to 10^24.
  private static let prefixes = ["", "k", "M", "G", "T", "P", "E", "Z", "Y"]

  /// A fraction shown as a percentage: `0.4` → `40%`, `0.2013` → `20.1%`.
  public static func percent(_ fraction: Double) -> String {
    ("\(roundedSignificant(fraction * 100, digits: 3))%" as Sentence).text
  }

  /// A value rounded to significant digits, without exponent and without trailing zeros.
  static func roundedSignificant(_ value: Double, digits: Int) -> String {
    // The core refuses non-finite results (`Representable`); this keeps formatting total anyway.
    guard value.isFinite else { return String(value) }
    guard value != 0 else { return "0" }
    let exponent = Int(floor(log10(abs(value))))
    return fixed(value, decimals: max(digits - 1 - exponent, 0))
  }

  /// The value with `decimals` digits after the point, rounded as C's `%.Nf` rounds (to nearest,
  /// ties to even on the exact binary value), then trailing zeros dropped: `14.80` → `14.8`.
  static func fixed(_ value: Double, decimals: Int) -> String {
    let scale = powerOfTen(decimals)
    guard let scale, let units = roundedExactly(abs(value) * scale) else {
      return trimmedFraction(String(format: "%.\(decimals)f", value))
    }
    return signed(value, decimalText(units, decimals: decimals))
  }

  /// The value as `m.mmeX` with `significantDigits` digits, rounded as C's `%.Ne` rounds, then
  /// tidied: `3.15e+23` → `3.15e23`, `1.00e-05` → `1e-5`.
  static func exponential(_ value: Double, significantDigits: Int) -> String {
    let magnitude = abs(value)
    var exponent = Int(floor(log10(magnitude)))
    let shift = significantDigits - 1 - exponent
    // 10^shift must be exact for one correctly rounded product or quotient; a power of ten past
    // 10^22 is not a Double, so those take the slow path.
    var units: UInt64?
    if let scale = powerOfTen(shift) {
      units = roundedExactly(magnitude * scale)
    } else if let divisor = powerOfTen(-shift) {
      units = roundedExactly(magnitude / divisor)
    }
    guard var units, let limit = powerOfTen(significantDigits).map(UInt64.init) else {
      return tidyExponent(String(format: "%.\(significantDigits - 1)e", value))
    }
    if units >= limit {  // 9.996 rounds up to 10.0: one more power of ten
      units /= 10
      exponent += 1
    } else if units < limit / 10 {  // log10 landed just above a power of ten
      return tidyExponent(String(format: "%.\(significantDigits - 1)e", value))
    }
    return signed(value, decimalText(units, decimals: significantDigits - 1, exponent: exponent))
  }

  /// `x` rounded to the nearest integer when the product that made it cannot have crossed a
  /// rounding boundary (its distance from a tie is far above one unit in the last place); nil
  /// when it is too close to call or too large, and the caller asks the C library instead.
  private static func roundedExactly(_ x: Double) -> UInt64? {
    guard x.isFinite, x < 9e15 else { return nil }
    let fraction = x - x.rounded(.down)
    guard abs(fraction - 0.5) > 1e-6 else { return nil }
    return UInt64(x.rounded(.toNearestOrAwayFromZero))
  }

  /// 10^0 to 10^26: exact up to 10^22, the nearest `Double` after.
  static let decimalPowers: [Double] = (0...26).map { pow(10, Double($0)) }

  /// 10^n for 0 ≤ n ≤ 22, the powers a Double holds exactly.
  private static func powerOfTen(_ n: Int) -> Double? {
    n >= 0 && n <= 22 ? decimalPowers[n] : nil
  }

  /// `units` with a decimal point `decimals` places from the right, trailing zeros dropped, and
  /// then `e` and `exponent` when one is given (`3.15e23`).
  private static func decimalText(_ units: UInt64, decimals: Int, exponent: Int? = nil) -> String {
    let digitCount = Self.digitCount(units)
    // Zeros in front so that one digit stands before the point; zeros at the end of the
    // fraction dropped.
    let width = max(digitCount, decimals + 1)
    var rest = units
    var dropped = 0
    while dropped < decimals, rest % 10 == 0 {
      rest /= 10
      dropped += 1
    }
    let fractionDigits = decimals - dropped
    let digitsWritten = width - dropped
    let mantissaLength = digitsWritten + (fractionDigits > 0 ? 1 : 0)
    // `e`, a minus sign, the digits
    let exponentLength = exponent.map { 1 + ($0 < 0 ? 1 : 0) + Self.digitCount(UInt64($0.magnitude)) } ?? 0
    let length = mantissaLength + exponentLength
    // Written in place, last digit first: no arrays (this runs for every number in a summary).
    return String(unsafeUninitializedCapacity: length) { buffer in
      if let exponent {
        var position = writeDigits(UInt64(exponent.magnitude), endingAt: length, in: buffer)
        if exponent < 0 {
          position -= 1
          buffer[position] = UInt8(ascii: "-")
        }
        buffer[position - 1] = UInt8(ascii: "e")
      }
      var position = mantissaLength
      for written in 0..<digitsWritten {
        if written == fractionDigits, fractionDigits > 0 {
          position -= 1
          buffer[position] = UInt8(ascii: ".")
        }
        position -= 1
        buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      return length
    }
  }

  /// How many decimal digits `value` has (one for zero).
  static func digitCount(_ value: UInt64) -> Int {
    var count = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      count += 1
    }
    return count
  }

  /// Writes `value`'s decimal digits into `buffer` so that the last stands just before `end`;
  /// returns the position of the first.
  static func writeDigits(_ value: UInt64, endingAt end: Int, in buffer: UnsafeMutableBufferPointer<UInt8>)
    -> Int
  {
    var position = end
    var rest = value
    repeat {
      position -= 1
      buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    } while rest > 0
    return position
  }

  private static func signed(_ value: Double, _ text: String) -> String {
    value < 0 && text.utf8.contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") })
      ? "-" + text : text
  }

  private static func trimmedFraction(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
    var text = text
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// `3.15e+23` → `3.15e23`, `1.00e-05` → `1e-5`.
  private static func tidyExponent(_ text: String) -> String {
    guard let e = text.firstIndex(of: "e") else { return text }
    let mantissa = trimmedFraction(String(text[..<e]))
    var exponent = String(text[text.index(after: e)...])
    var sign = ""
    if exponent.hasPrefix("+") {
      exponent.removeFirst()
    } else if exponent.hasPrefix("-") {
      sign = "-"
      exponent.removeFirst()
    }
    while exponent.count > 1, exponent.hasPrefix("0") { exponent.removeFirst() }
    return "\(mantissa)e\(sign)\(exponent)"
  }

  /// `value`'s digits with a comma before every group of three from the right: `-1,234,567`.
  private static func grouped(_ value: Int64) -> String {
    let digitCount = Self.digitCount(value.magnitude)
    let length = (value < 0 ? 1 : 0) + digitCount + (digitCount - 1) / 3
    // Written in place, last digit first, as `decimalText` writes.
    return String(unsafeUninitializedCapacity: length) { buffer in
      var rest = value.magnitude
      var position = length
      for written in 0..<digitCount {
        if written > 0, written % 3 == 0 {
          position -= 1
          buffer[position] = UInt8(ascii: ",")
        }
        position -= 1
        buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      if value < 0 { buffer[0] = UInt8(ascii: "-") }
      return length
    }
  }
}
