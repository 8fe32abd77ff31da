public import Foundation

/// A parsed JSON document. Written by hand (a dozen lines over `JSONDecoder`) because
/// `JSONSerialization` on Linux cannot tell `true` from `1`, and configs use both.
public enum JSONValue: Decodable, Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// Any number.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object.
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Parses `data`, naming `path` and the format in the error.
  public static func parse(_ data: Data, path: String, format: String = "JSON") throws(ModelImportError)
    -> JSONValue
  {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch {
      throw .malformed(
        path: path, format: format,
        reason: "the JSON cannot be parsed (\(DecoderMessage.reason(error, format: "JSON", data: data)))")
    }
  }

  /// The value as text for error messages.
  public var text: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .number(let value):
      return value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    case .string(let value): return "\"\(value)\""
    case .array(let values): return "[" + values.map(\.text).joined(separator: ", ") + "]"
    case .object: return "{…}"
    }
  }
}
