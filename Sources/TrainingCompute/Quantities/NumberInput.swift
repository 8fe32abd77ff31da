/// Reads numbers the way people write them in papers and on the command line:
/// `3.14e23`, `175e9`, `175B`, `1.4T`, `300M`, `10k`, `1,000`, `2_048`, `175 billion`.
///
/// Suffixes are decimal: k/K thousand, M million, B/G billion, T trillion, P quadrillion.
public enum NumberInput {
  /// The suffixes, matched by their exact bytes.
  private static let suffixes: [(name: StaticString, factor: Double)] = [
    ("quadrillion", 1e15), ("trillion", 1e12), ("billion", 1e9), ("million", 1e6),
    ("thousand", 1e3), ("k", 1e3), ("K", 1e3), ("M", 1e6), ("B", 1e9), ("b", 1e9), ("G", 1e9),
    ("T", 1e12), ("t", 1e12), ("P", 1e15),
  ]

  /// Parses `text` as a number; `field` names the input in the error (worked out only then).
  public static func parse(_ text: String, field: @autoclosure () -> String) throws(EstimateError) -> Double {
    // Most texts are written compactly ("175B", "3e23"); the others are first rid of their
    // spaces, digit separators and the space before a suffix word ("1,000", " 175 billion").
    guard let value = compactValue(text) ?? compactValue(compacted(text)) else {
      throw .notANumber(field: field(), text: text)
    }
    guard value.isFinite else { throw .notFinite(field: field(), value: value) }
    return value
  }

  /// `text` without whitespace at either end, without `,` and `_`, and without whitespace
  /// between the number and a suffix (the run of letters at the end).
  private static func compacted(_ text: String) -> String {
    var body = text.trimmingWhitespace()
    if body.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "_") }) {
      body.removeAll { $0 == "," || $0 == "_" }
    }
    let letters = trailingLetters(body.utf8)
    guard letters > 0, letters < body.utf8.count, let stem = String(body.utf8.dropLast(letters)),
      let suffix = String(body.utf8.suffix(letters))
    else { return body }
    return stem.trimmingWhitespace() + suffix
  }

  /// The value of a decimal literal followed by an optional suffix, with nothing else around
  /// them; `nil` for any other text.
  private static func compactValue(_ text: String) -> Double? {
    let reading =
      text.utf8.withContiguousStorageIfAvailable { compactReading($0[...]) }
      ?? compactReading(Array(text.utf8)[...])
    guard let reading else { return nil }
    if let whole = reading.whole { return whole * reading.multiplier }
    // `Double.init` reads a C string: a `String` hands over its own bytes, a `Substring` is
    // first copied into a new `String`, so the stem is one only when a suffix follows it.
    let stem =
      reading.stemLength == text.utf8.count
      ? text : String(decoding: text.utf8.prefix(reading.stemLength), as: UTF8.self)
    guard let number = Double(stem) else { return nil }
    return number * reading.multiplier
  }

  /// How many leading bytes are the decimal literal, the factor of the suffix after it, and the
  /// literal's value when it is a whole number read here.
  private static func compactReading<Bytes: BidirectionalCollection<UInt8>>(
    _ bytes: Bytes
  ) -> (stemLength: Int, multiplier: Double, whole: Double?)? {
    let letters = trailingLetters(bytes)
    let stem = bytes.prefix(bytes.count - letters)
    guard isPlainDecimal(stem) else { return nil }
    if letters == 0 { return (stem.count, 1, wholeNumber(stem)) }
    let suffix = bytes.suffix(letters)
    for (name, factor) in suffixes where name.utf8CodeUnitCount == letters {
      let nameBytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
      if nameBytes.elementsEqual(suffix) { return (stem.count, factor, wholeNumber(stem)) }
    }
    return nil
  }

  /// The value of 1 to 15 ASCII digits (`175`, `0042`), nil for any other text. Every whole
  /// number below 10^15 is a `Double` (they are exact up to 2^53), so this is the value the C
  /// library's `strtod` reads, without its cost (about 1,400 instructions a number).
  private static func wholeNumber<Digits: Collection<UInt8>>(_ digits: Digits) -> Double? {
    guard !digits.isEmpty, digits.count <= 15 else { return nil }
    var value: Int64 = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int64(byte - UInt8(ascii: "0"))
    }
    return Double(value)
  }

  /// The length of the run of ASCII letters at the end ("1e9B" ends in "B", "1e9" in none).
  private static func trailingLetters<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Int {
    var letters = 0
    for byte in bytes.reversed() {
      let lower = byte | 0x20
      guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { break }
      letters += 1
    }
    return letters
  }

  /// Parses and requires a value greater than zero.
  public static func parsePositive(_ text: String, field: @autoclosure () -> String) throws(EstimateError)
    -> Double
  {
    let value = try parse(text, field: field())
    try Validate.positive(value, field: field())
    return value
  }

  /// Whether `text` is a decimal literal: sign, digits, optional fraction and exponent. Rejects
  /// `nan`, `inf` and hexadecimal, which `Double.init` would otherwise accept.
  static func isPlainDecimal<Bytes: Sequence<UInt8>>(_ text: Bytes) -> Bool {
    var sawDigit = false
    var sawDot = false
    var sawExponent = false
    var previous: UInt8? = nil
    for byte in text {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
      case UInt8(ascii: "."): if sawDot || sawExponent { return false } else { sawDot = true }
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        if sawExponent || !sawDigit { return false } else { sawExponent = true }
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        if !(previous == nil || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E")) {
          return false
        }
      default: return false
      }
      previous = byte
    }
    guard let previous else { return false }
    return sawDigit && previous != UInt8(ascii: "e") && previous != UInt8(ascii: "E")
      && previous != UInt8(ascii: "+") && previous != UInt8(ascii: "-")
  }
}

/// Checks shared by every input path (CLI, API, model files), so the same value gets the same
/// message everywhere. The field's name is worked out only for an error: callers join a prefix
/// and a name, and a check that passes should not pay for that.
public enum Validate {
  /// Requires a finite value greater than zero.
  public static func positive(_ value: Double, field: @autoclosure () -> String) throws(EstimateError) {
    guard value.isFinite else { throw .notFinite(field: field(), value: value) }
    guard value > 0 else { throw .notPositive(field: field(), value: value) }
  }

  /// Requires a finite value that is zero or more.
  public static func nonNegative(_ value: Double, field: @autoclosure () -> String) throws(EstimateError) {
    guard value.isFinite else { throw .notFinite(field: field(), value: value) }
    guard value >= 0 else { throw .negative(field: field(), value: value) }
  }

  /// Requires a finite value within a closed range; `allowed` describes it for people.
  public static func within(
    _ value: Double, _ range: ClosedRange<Double>, field: @autoclosure () -> String,
    allowed: @autoclosure () -> String
  ) throws(EstimateError) {
    guard value.isFinite else { throw .notFinite(field: field(), value: value) }
    guard range.contains(value) else {
      throw .outOfRange(field: field(), value: NumberFormatting.plain(value), allowed: allowed())
    }
  }

  /// The largest count `positiveCount` accepts: below `Int.max` ≈ 9.22e18, so it converts exactly.
  public static let largestCount = 9e18

  /// Requires a positive whole number that fits in `Int`.
  public static func positiveCount(_ value: Double, field: @autoclosure () -> String) throws(EstimateError)
    -> Int
  {
    try positive(value, field: field())
    guard value <= largestCount else {
      throw .outOfRange(
        field: field(), value: NumberFormatting.plain(value), allowed: "a whole number of at most 9e18")
    }
    guard value == value.rounded() else { throw .notWholeNumber(field: field(), value: value) }
    return Int(value)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    // Fast path: printable ASCII at both ends needs no trimming.
    if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first),
      (0x21..<0x7F).contains(last)
    {
      return self
    }
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
