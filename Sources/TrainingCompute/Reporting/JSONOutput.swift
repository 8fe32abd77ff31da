public import Foundation

/// The one JSON encoder every rendering uses: sorted keys, pretty-printed, unescaped slashes, so
/// output is deterministic byte for byte.
public enum JSONOutput {
  /// Encodes `value` as deterministic, pretty-printed JSON text ending in a newline.
  public static func string(_ value: some Encodable) throws -> String {
    let data = try encoder().encode(value)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A fresh encoder with the project's settings.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }
}
