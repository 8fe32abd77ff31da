/// Text written as a string literal with interpolations, built in place.
///
/// `String`'s own interpolation appends each piece through the general `String.append`, which
/// costs several hundred instructions a piece (it checks for bridged and shared storage and
/// re-derives the string's flags), and an array of bytes checks its storage is not shared on
/// every append; an estimate's summary has a few dozen pieces and is built for every answer.
/// Here the pieces are copied into room of the interpolation's own (on the stack for a sentence
/// of up to 512 bytes), and the text is made once at the end.
///
/// A sentence can be a piece of another (`"… \(clause) …"`): its bytes are copied as they are, so
/// only the whole is made into a `String`, without checking its bytes again (see `text(of:)`).
struct Sentence: ExpressibleByStringInterpolation {
  /// The bytes built.
  private let built: StringInterpolation

  /// The text built.
  var text: String { built.text }

  init(stringLiteral literal: StaticString) {
    var built = StringInterpolation(literalCapacity: 0, interpolationCount: 0)
    built.appendLiteral(literal)
    self.built = built
  }

  init(stringInterpolation: StringInterpolation) {
    built = stringInterpolation
  }

  /// The bytes appended so far.
  struct StringInterpolation: StringInterpolationProtocol {
    /// Room for a sentence's bytes in place; a longer text moves to `spilled`.
    private var inline = InlineArray<512, UInt8>(repeating: 0)
    /// How many bytes of `inline` are written.
    private var length = 0
    /// All the bytes, once they outgrow `inline`.
    private var spilled: [UInt8]?

    /// The room is fixed, so the sizes the compiler foresees are not needed.
    init(literalCapacity: Int, interpolationCount: Int) {}

    mutating func appendLiteral(_ literal: StaticString) {
      append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func appendInterpolation(_ piece: Sentence) {
      piece.built.withBytes { append($0) }
    }

    mutating func appendInterpolation(_ text: String) {
      let count = text.utf8.count
      // Copied by the view itself: one copy, and no closure to call as a contiguous-storage
      // look-up needs (most pieces are numbers of a few bytes).
      let fits = writeInPlace(count) { target in
        _ = UnsafeMutableBufferPointer(start: target, count: count).initialize(from: text.utf8)
      }
      if !fits { Array(text.utf8).withUnsafeBufferPointer { append($0) } }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let source = bytes.baseAddress else { return }
      let fits = writeInPlace(bytes.count) { target in target.update(from: source, count: bytes.count) }
      if fits { return }
      if spilled == nil { spilled = inline.span.withUnsafeBufferPointer { Array($0.prefix(length)) } }
      spilled?.append(contentsOf: bytes)
    }

    /// Lets `write` fill the next `count` bytes of `inline` and counts them, when they fit there
    /// and nothing has spilled yet; returns whether it did.
    private mutating func writeInPlace(_ count: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Void) -> Bool {
      guard spilled == nil, length + count <= inline.count else { return false }
      let offset = length
      var room = inline.mutableSpan
      room.withUnsafeMutableBufferPointer { buffer in write(buffer.baseAddress! + offset) }
      length += count
      return true
    }

    /// Calls `body` with the bytes appended.
    fileprivate func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
      if let spilled { return spilled.withUnsafeBufferPointer(body) }
      return inline.span.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<length])) }
    }

    /// The text of the bytes appended.
    fileprivate var text: String { withBytes(Self.text(of:)) }

    /// A `String` of `bytes`, made without checking them again: every piece appended is whole
    /// UTF-8 (a literal, a `String`, a sentence), so their joined bytes are too. `String(decoding:)`
    /// checks all of them, byte by byte once one is not ASCII (a summary's "×" costs it about
    /// 3,000 instructions); only debug builds (the tests) check here.
    private static func text(of bytes: UnsafeBufferPointer<UInt8>) -> String {
      let span = Span(_unsafeElements: bytes)
      assert((try? UTF8Span(validating: span)) != nil, "a sentence's pieces are whole UTF-8")
      return String(copying: UTF8Span(unchecked: span, isKnownASCII: isASCII(UnsafeRawBufferPointer(bytes))))
    }

    /// Whether every byte is below 0x80, read eight bytes at a time.
    private static func isASCII(_ raw: UnsafeRawBufferPointer) -> Bool {
      var offset = 0
      var high: UInt64 = 0
      while offset + 8 <= raw.count {
        high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
      }
      while offset < raw.count {
        high |= UInt64(raw[offset])
        offset += 1
      }
      return high & 0x8080_8080_8080_8080 == 0
    }
  }
}
