/// A JSON text (RFC 8259) read byte by byte into a `JSONValue`. Foundation's `JSONDecoder` reads
/// the same documents, but decoding an untyped value through `Decodable` tries each type in turn
/// and throws on every miss, which costs more than the rest of a request; this reader looks at a
/// value's first byte instead.
///
/// Strict where RFC 8259 is: no comments, no trailing commas, no leading zeros, no bare control
/// characters or invalid UTF-8 in strings, no lone surrogates in `\u` escapes, numbers finite as a
/// `Double`. A leading byte-order mark is skipped; a repeated key keeps its last value. Nesting
/// deeper than `maximumDepth` is refused, so that no document can exhaust the stack.
struct JSONReader {
  /// The deepest nesting of arrays and objects read (Foundation's decoder allows 512 too).
  static let maximumDepth = 512

  /// Why a document was refused, with the byte offset where reading stopped.
  struct Failure: Error, Equatable {
    /// What is wrong, as a clause ("unexpected character 'x'").
    var problem: String
    /// The offset of the byte where it was found.
    var offset: Int
  }

  private let bytes: UnsafeRawBufferPointer
  private var position = 0

  private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The value `bytes` hold, with nothing but whitespace after it.
  static func value(of bytes: UnsafeRawBufferPointer) throws(Failure) -> JSONValue {
    try read(bytes) { reader throws(Failure) in try reader.readValue(depth: 0) }
  }

  /// The members of the object `bytes` hold, in the order written and with any repeated key
  /// repeated, or `nil` when they hold another JSON value. For a request body's few fields: a
  /// list costs less than the dictionary `value(of:)` makes (its allocation and a hash per key).
  static func members(of bytes: UnsafeRawBufferPointer) throws(Failure) -> [(key: String, value: JSONValue)]?
  {
    try read(bytes) { reader throws(Failure) in
      reader.skipWhitespace()
      guard reader.current == UInt8(ascii: "{") else {
        _ = try reader.readValue(depth: 0)
        return nil
      }
      var members: [(key: String, value: JSONValue)] = []
      members.reserveCapacity(4)
      try reader.readMembers(depth: 1) { key, value in members.append((key, value)) }
      return members
    }
  }

  /// What `readDocument` reads from `bytes` (after a leading byte-order mark), with nothing but
  /// whitespace after it.
  private static func read<Result>(
    _ bytes: UnsafeRawBufferPointer, _ readDocument: (inout JSONReader) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    var reader = JSONReader(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
    let result = try readDocument(&reader)
    reader.skipWhitespace()
    guard reader.position == bytes.count else { throw reader.failure("unexpected text after the value") }
    return result
  }

  private func failure(_ problem: String) -> Failure { Failure(problem: problem, offset: position) }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
  }

  private mutating func readValue(depth: Int) throws(Failure) -> JSONValue {
    skipWhitespace()
    guard let byte = current else { throw failure("the text ends where a value should be") }
    switch byte {
    case UInt8(ascii: "{"): return .object(try readObject(depth: depth + 1))
    case UInt8(ascii: "["): return .array(try readArray(depth: depth + 1))
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try readLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
    default: throw failure("unexpected character \(Self.describe(byte))")
    }
  }

  private mutating func readLiteral(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count,
      (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] })
    else { throw failure("invalid literal (expected \(word))") }
    position += count
    return value
  }

  private mutating func readObject(depth: Int) throws(Failure) -> [String: JSONValue] {
    // Room for a few keys at once: grown from empty, the table is reallocated on the second key.
    var object = [String: JSONValue](minimumCapacity: 4)
    try readMembers(depth: depth) { key, value in object[key] = value }
    return object
  }

  /// An object's members, each handed to `add` as it is read; `position` is at its `{`.
  private mutating func readMembers(
    depth: Int, _ add: (String, JSONValue) -> Void
  ) throws(Failure) {
    guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
    position += 1
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else { throw failure("an object key must be a string") }
      let key = try readString()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw failure("expected ':' after an object key") }
      position += 1
      add(key, try readValue(depth: depth))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return
      default: throw failure("expected ',' or '}' in an object")
      }
    }
  }

  private mutating func readArray(depth: Int) throws(Failure) -> [JSONValue] {
    guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
    position += 1
    var array: [JSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      position += 1
      return array
    }
    while true {
      array.append(try readValue(depth: depth))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return array
      default: throw failure("expected ',' or ']' in an array")
      }
    }
  }

  /// A string; `position` is at its opening quote.
  private mutating func readString() throws(Failure) -> String {
    position += 1
    let start = position
    // The common case: no escapes, read as one slice.
    var bits: UInt8 = 0  // every byte's bits: below 0x80 when all are ASCII
    while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
      guard byte >= 0x20 else { throw failure("a control character inside a string") }
      bits |= byte
      position += 1
    }
    guard let byte = current else { throw failure("a string is not closed") }
    let text: String?
    if byte == UInt8(ascii: "\"") {
      // ASCII is valid UTF-8 as it is; the validating initializer's generic path costs four
      // times as much, for every key and value of a request body.
      text =
        bits < 0x80
        ? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        : String(validating: bytes[start..<position], as: UTF8.self)
    } else {
      var utf8 = Array(bytes[start..<position])
      try readEscapedRest(into: &utf8)
      text = String(validating: utf8, as: UTF8.self)
    }
    guard let text else {
      position = start
      throw failure("a string is not valid UTF-8")
    }
    position += 1
    return text
  }

  /// The rest of a string with escapes, up to (not past) its closing quote.
  private mutating func readEscapedRest(into utf8: inout [UInt8]) throws(Failure) {
    while let byte = current, byte != UInt8(ascii: "\"") {
      guard byte >= 0x20 else { throw failure("a control character inside a string") }
      guard byte == UInt8(ascii: "\\") else {
        utf8.append(byte)
        position += 1
        continue
      }
      position += 1
      guard let escaped = current else { break }
      position += 1
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
      case UInt8(ascii: "b"): utf8.append(0x08)
      case UInt8(ascii: "f"): utf8.append(0x0C)
      case UInt8(ascii: "n"): utf8.append(0x0A)
      case UInt8(ascii: "r"): utf8.append(0x0D)
      case UInt8(ascii: "t"): utf8.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try readHex()
        if (0xD800..<0xDC00).contains(scalar) {
          guard current == UInt8(ascii: "\\"), position + 1 < bytes.count,
            bytes[position + 1] == UInt8(ascii: "u")
          else { throw failure("a \\u escape holds half of a surrogate pair") }
          position += 2
          let low = try readHex()
          guard (0xDC00..<0xE000).contains(low) else {
            throw failure("a \\u escape holds half of a surrogate pair")
          }
          scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
          throw failure("a \\u escape holds half of a surrogate pair")
        }
        guard let character = Unicode.Scalar(scalar) else { throw failure("a \\u escape is not a character") }
        utf8.append(contentsOf: String(character).utf8)
      default: throw failure("invalid escape \\\(Self.describe(escaped, quoted: false))")
      }
    }
    guard current != nil else { throw failure("a string is not closed") }
  }

  /// Four hexadecimal digits of a `\u` escape.
  private mutating func readHex() throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexDigit(byte) else {
        throw failure("a \\u escape needs four hexadecimal digits")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private static func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// A number by JSON's grammar, `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, finite.
  private mutating func readNumber() throws(Failure) -> Double {
    let start = position
    func digits(_ reader: inout JSONReader) -> Int {
      let from = reader.position
      while let byte = reader.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        reader.position += 1
      }
      return reader.position - from
    }
    if current == UInt8(ascii: "-") { position += 1 }
    if current == UInt8(ascii: "0") {
      position += 1
      if let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        throw failure("a number has a leading zero")
      }
    } else if digits(&self) == 0 {
      throw failure("a number needs a digit")
    }
    if current == UInt8(ascii: ".") {
      position += 1
      guard digits(&self) > 0 else { throw failure("a number needs a digit after its decimal point") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      guard digits(&self) > 0 else { throw failure("a number needs a digit in its exponent") }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      position = start
      throw failure("the number \(text.prefix(40)) is too large for a 64-bit floating-point value")
    }
    return value
  }

  /// A byte for a message: the character in quotes when it is printable ASCII, else its value.
  private static func describe(_ byte: UInt8, quoted: Bool = true) -> String {
    guard (0x21..<0x7F).contains(byte) else { return "byte 0x" + String(byte, radix: 16, uppercase: true) }
    let character = String(UnicodeScalar(byte))
    return quoted ? "'\(character)'" : character
  }
}
