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
      Result { () throws(ModelImportError) in try parse(bytes: bytes, path: path, format: format) }
    }
    return try result.get()
  }

  /// Parses the bytes in `bytes` (a buffer read in place, such as a request body's), naming `path`
  /// and the format in the error.
  public static func parse(
    bytes: UnsafeRawBufferPointer, path: String, format: String = "JSON"
  ) throws(ModelImportError) -> JSONValue {
    try reading(path: path, format: format) { () throws(JSONReader.Failure) in
      try JSONReader.value(of: bytes)
    }
  }

  /// The members of the JSON object in `bytes`, in the order written and with any repeated key
  /// repeated (JSON leaves their meaning open; `parse` keeps the last), or `nil` when the bytes
  /// hold another JSON value; a request body's fields, read without a dictionary. Errors as
  /// `parse`'s.
  public static func parseMembers(
    bytes: UnsafeRawBufferPointer, path: String, format: String = "JSON"
  ) throws(ModelImportError) -> [(key: String, value: JSONValue)]? {
    try reading(path: path, format: format) { () throws(JSONReader.Failure) in
      try JSONReader.members(of: bytes)
    }
  }

  /// What `read` returns, its failure worded as a malformed file named `path`.
  private static func reading<Result>(
    path: String, format: String, _ read: () throws(JSONReader.Failure) -> Result
  ) throws(ModelImportError) -> Result {
    do throws(JSONReader.Failure) {
      return try read()
    } catch {
      throw .malformed(
        path: path, format: format,
        reason: "the JSON cannot be parsed (\(error.problem) at byte \(error.offset))")
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
