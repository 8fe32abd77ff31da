/// Text written as a string literal with interpolations, built in one byte buffer.
///
/// `String`'s own interpolation appends each piece through the general `String.append`, which
/// costs several hundred instructions a piece (it checks for bridged and shared storage and
/// re-derives the string's flags); an estimate's summary has a dozen pieces and is built for
/// every answer. Here a piece is a copy of its bytes, and the text is made once at the end.
struct Sentence: ExpressibleByStringInterpolation {
  /// The text built.
  let text: String

  init(stringLiteral literal: StaticString) {
    text = literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
  }

  init(stringInterpolation: StringInterpolation) {
    text = String(decoding: stringInterpolation.bytes, as: UTF8.self)
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

    mutating func appendInterpolation(_ text: String) {
      if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
        bytes.append(contentsOf: text.utf8)
      }
    }
  }
}
