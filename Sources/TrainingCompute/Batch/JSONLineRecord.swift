/// Reads one JSON Lines record: a flat JSON object whose values are strings, numbers or `null`.
/// Numbers keep their literal text, so they reach the fields' parser exactly as written. Written
/// by hand for the same reason as `CSVRecord`: one record at a time, flat memory, no dependency.
enum JSONLineRecord {
  /// Why a line is not a flat JSON object.
  enum Failure: Error, Equatable {
    case malformed(String)
    case nested(key: String)
  }

  /// The `(key, value)` pairs of the object on `line`, `null` values left out.
  static func pairs(_ line: String) throws(Failure) -> [(String, String)] {
    var scanner = Scanner(bytes: Array(line.utf8))
    var pairs: [(String, String)] = []
    scanner.skipSpaces()
    guard scanner.take(UInt8(ascii: "{")) else { throw .malformed("a JSON object starting with {") }
    scanner.skipSpaces()
    if scanner.take(UInt8(ascii: "}")) { return try finish(&scanner, pairs) }
    while true {
      scanner.skipSpaces()
      let key = try scanner.string()
      scanner.skipSpaces()
      guard scanner.take(UInt8(ascii: ":")) else { throw .malformed("':' after the key \"\(key)\"") }
      scanner.skipSpaces()
      if let value = try scanner.value(key: key) { pairs.append((key, value)) }
      scanner.skipSpaces()
      if scanner.take(UInt8(ascii: ",")) { continue }
      guard scanner.take(UInt8(ascii: "}")) else {
        throw .malformed("',' or '}' after the value of \"\(key)\"")
      }
      return try finish(&scanner, pairs)
    }
  }

  private static func finish(_ scanner: inout Scanner, _ pairs: [(String, String)]) throws(Failure) -> [(
    String, String
  )] {
    scanner.skipSpaces()
    guard scanner.atEnd else { throw .malformed("nothing after the closing }") }
    return pairs
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index >= bytes.count }

    mutating func skipSpaces() {
      while index < bytes.count, [32, 9, 13, 10].contains(bytes[index]) { index += 1 }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    mutating func string() throws(Failure) -> String {
      guard take(UInt8(ascii: "\"")) else { throw .malformed("a key in double quotes") }
      var out: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
        guard byte == UInt8(ascii: "\\") else {
          out.append(byte)
          continue
        }
        guard index < bytes.count else { break }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "u"):
          guard index + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(code)
          else { throw .malformed("four hexadecimal digits after \\u") }
          index += 4
          out += Array(String(Character(scalar)).utf8)
        default: out.append(escaped)
        }
      }
      throw .malformed("a closing double quote")
    }

    mutating func value(key: String) throws(Failure) -> String? {
      guard index < bytes.count else { throw .malformed("a value for \"\(key)\"") }
      switch bytes[index] {
      case UInt8(ascii: "\""): return try string()
      case UInt8(ascii: "{"), UInt8(ascii: "["): throw .nested(key: key)
      case UInt8(ascii: "n"):
        guard word("null") else { throw .malformed("a value for \"\(key)\"") }
        return nil
      case UInt8(ascii: "t"), UInt8(ascii: "f"):
        return word("true") ? "true" : word("false") ? "false" : nil
      default:
        let start = index
        while index < bytes.count, !([44, 125, 32, 9, 13, 10] as [UInt8]).contains(bytes[index]) {
          index += 1
        }
        guard index > start else { throw .malformed("a value for \"\(key)\"") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
      }
    }

    mutating func word(_ text: String) -> Bool {
      let expected = Array(text.utf8)
      guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected
      else { return false }
      index += expected.count
      return true
    }
  }
}
