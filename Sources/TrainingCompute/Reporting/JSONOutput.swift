public import Foundation

/// The one JSON encoder every rendering uses: sorted keys, pretty-printed, unescaped slashes, so
/// output is deterministic byte for byte.
public enum JSONOutput {
  /// Encodes `value` as deterministic, pretty-printed JSON text ending in a newline.
  /// A value JSON cannot hold (infinity or NaN) is `EstimateError.resultTooLarge`, naming where it
  /// sits, rather than Foundation's `EncodingError` text.
  public static func string(_ value: some Encodable) throws -> String {
    let data: Data
    do {
      data = try encoder().encode(value)
    } catch EncodingError.invalidValue(_, let context) {
      let place = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
      throw EstimateError.resultTooLarge(result: "the figure '\(place)'", inputs: [])
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A fresh encoder with the project's settings.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }
}
