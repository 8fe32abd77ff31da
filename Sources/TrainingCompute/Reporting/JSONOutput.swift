public import Foundation

/// The one JSON encoder every rendering uses: sorted keys, pretty-printed, unescaped slashes, so
/// output is deterministic byte for byte. The text is written by `JSONTextEncoder`, which matches
/// Foundation's `JSONEncoder` with these settings byte for byte and is several times faster;
/// Foundation's encoder remains for the few types it encodes specially.
public enum JSONOutput {
  /// Encodes `value` as deterministic, pretty-printed JSON text ending in a newline.
  /// A value JSON cannot hold (infinity or NaN) is `EstimateError.resultTooLarge`, naming where it
  /// sits, rather than Foundation's `EncodingError` text.
  public static func string(_ value: some Encodable) throws -> String {
    try withBytes(of: value) { String(decoding: $0, as: UTF8.self) }
  }

  /// The UTF-8 bytes of `string(value)`.
  public static func bytes(_ value: some Encodable) throws -> [UInt8] {
    try withBytes(of: value) { Array($0) }
  }

  /// Calls `body` with the UTF-8 bytes of `string(value)`, for a caller that sends them on (the
  /// server's responses) and copies them once, into its own buffer, without an array or a
  /// `String` of them first. The bytes are valid only inside `body`.
  public static func withBytes<Result>(
    of value: some Encodable, _ body: (UnsafeRawBufferPointer) -> Result
  ) throws -> Result {
    do {
      do {
        if usesFoundation { throw JSONTextEncoder.Unsupported() }
        return try JSONTextEncoder.encode(value, body)
      } catch is JSONTextEncoder.Unsupported {
        var bytes = Array(try encoder().encode(value))
        bytes.append(UInt8(ascii: "\n"))
        return bytes.withUnsafeBytes(body)
      }
    } catch EncodingError.invalidValue(_, let context) {
      let place = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
      throw EstimateError.resultTooLarge(result: "the figure '\(place)'", inputs: [])
    }
  }

  /// Set by tests to render through Foundation's encoder, the reference the fast one must match.
  @TaskLocal static var usesFoundation = false

  /// A fresh encoder with the project's settings.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }
}
