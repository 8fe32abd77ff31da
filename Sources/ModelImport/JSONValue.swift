public import Foundation

/// A parsed JSON document, read by `JSONReader` (`JSONSerialization` on Linux cannot tell `true`
/// from `1`, and configs use both; `JSONDecoder` is slow at untyped values).
public enum JSONValue: Sendable, Equatable {
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

  /// Parses `data`, naming `path` and the format in the error.
  public static func parse(_ data: Data, path: String, format: String = "JSON") throws(ModelImportError)
    -> JSONValue
  {
    let result = data.withUnsafeBytes { bytes in
      Result { () throws(JSONReader.Failure) in try JSONReader.value(of: bytes) }
    }
    return try value(of: result, path: path, format: format)
  }

  /// Parses the bytes in `bytes` (a buffer read in place, such as a request body's), naming `path`
  /// and the format in the error.
  public static func parse(
    bytes: UnsafeRawBufferPointer, path: String, format: String = "JSON"
  ) throws(ModelImportError) -> JSONValue {
    let result = Result { () throws(JSONReader.Failure) in try JSONReader.value(of: bytes) }
    return try value(of: result, path: path, format: format)
  }

  private static func value(
    of result: Result<JSONValue, JSONReader.Failure>, path: String, format: String
  ) throws(ModelImportError) -> JSONValue {
    switch result {
    case .success(let value): return value
    case .failure(let failure):
      throw .malformed(
        path: path, format: format,
        reason: "the JSON cannot be parsed (\(failure.problem) at byte \(failure.offset))")
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
