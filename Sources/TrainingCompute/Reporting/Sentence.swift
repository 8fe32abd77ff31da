/// Text written as a string literal with interpolations, built in one byte buffer.
///
/// `String`'s own interpolation appends each piece through the general `String.append`, which
/// costs several hundred instructions a piece (it checks for bridged and shared storage and
/// re-derives the string's flags); an estimate's summary has a dozen pieces and is built for
/// every answer. Here a piece is a copy of its bytes, and the text is made once at the end.
///
/// A sentence can be a piece of another (`"… \(clause) …"`): its bytes are copied as they are, so
/// only the whole is made into a `String` (each `String` made checks its bytes are UTF-8).
struct Sentence: ExpressibleByStringInterpolation {
  /// The UTF-8 bytes built.
  fileprivate let bytes: [UInt8]

  /// The text built.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  init(stringLiteral literal: StaticString) {
    bytes = literal.withUTF8Buffer { Array($0) }
  }

  init(stringInterpolation: StringInterpolation) {
    bytes = stringInterpolation.bytes
  }

  /// The bytes appended so far.
  struct StringInterpolation: StringInterpolationProtocol {
    fileprivate var bytes: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      // Room for the literal text and a number's worth of bytes per interpolation: one allocation.
      bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
    }

    mutating func appendLiteral(_ literal: StaticString) {
      literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func appendInterpolation(_ piece: Sentence) {
      bytes.append(contentsOf: piece.bytes)
    }

    mutating func appendInterpolation(_ text: String) {
      if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
        bytes.append(contentsOf: text.utf8)
      }
    }
  }
}
