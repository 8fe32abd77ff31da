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
      let text = String(format: "%.\(max(digits - 1, 0))e", value)
      return tidyExponent(text)
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
    let decimals = max(digits - 1 - exponent, 0)
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// `989 TFLOP/s`, `1.98 PFLOP/s`, `80 GB`: decimal SI prefixes, three significant digits.
  public static func siPrefixed(_ value: Double, unit: String) -> String {
    guard value.isFinite, value != 0 else { return "\(plain(value)) \(unit)" }
    let prefixes = ["", "k", "M", "G", "T", "P", "E", "Z", "Y"]
    var index = Int(floor(log10(abs(value)) / 3))
    index = min(max(index, 0), prefixes.count - 1)
    let scaled = value / pow(1000, Double(index))
    var text = roundedSignificant(scaled, digits: 3)
    if text == "1000", index + 1 < prefixes.count {
      text = "1"
      index += 1
    }
    return "\(text) \(prefixes[index])\(unit)"
  }

  /// A fraction shown as a percentage: `0.4` → `40%`, `0.2013` → `20.1%`.
  public static func percent(_ fraction: Double) -> String {
    "\(roundedSignificant(fraction * 100, digits: 3))%"
  }

  /// A value rounded to significant digits, without exponent and without trailing zeros.
  static func roundedSignificant(_ value: Double, digits: Int) -> String {
    // The core refuses non-finite results (`Representable`); this keeps formatting total anyway.
    guard value.isFinite else { return String(value) }
    guard value != 0 else { return "0" }
    let exponent = Int(floor(log10(abs(value))))
    let decimals = max(digits - 1 - exponent, 0)
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// `3.15e+23` → `3.15e23`, `1.00e-05` → `1e-5`.
  private static func tidyExponent(_ text: String) -> String {
    guard let e = text.firstIndex(of: "e") else { return text }
    var mantissa = String(text[..<e])
    var exponent = String(text[text.index(after: e)...])
    if mantissa.contains(".") {
      while mantissa.hasSuffix("0") { mantissa.removeLast() }
      if mantissa.hasSuffix(".") { mantissa.removeLast() }
    }
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

  private static func grouped(_ value: Int64) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(character)
    }
    return value < 0 ? "-" + result : result
  }
}
