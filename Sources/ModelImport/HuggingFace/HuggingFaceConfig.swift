public import Foundation

/// A Hugging Face `config.json`, with typed look-ups whose errors name the file and the key.
public struct HuggingFaceConfig: Sendable {
  /// Where the config came from, for error messages.
  public var path: String
  /// The top-level keys.
  public var values: [String: JSONValue]

  /// Reads a config from parsed JSON.
  public init(path: String, values: [String: JSONValue]) {
    self.path = path
    self.values = values
  }

  /// Parses the bytes of a `config.json`.
  public init(path: String, data: Data) throws(ModelImportError) {
    guard case .object(let values) = try JSONValue.parse(data, path: path) else {
      throw .malformed(
        path: path, format: "Hugging Face config", reason: "the top level is not a JSON object")
    }
    self.init(path: path, values: values)
  }

  /// The `model_type`.
  public var modelType: String {
    get throws(ModelImportError) { try string("model_type") }
  }

  /// The first of `keys` that is present and not null, or `nil`.
  private func first(_ keys: [String]) -> (key: String, value: JSONValue)? {
    for key in keys {
      if let value = values[key], value != .null { return (key, value) }
    }
    return nil
  }

  /// A whole number > 0 under one of `keys` (the family's spellings, preferred first), or `nil`.
  public func optionalCount(_ keys: String...) throws(ModelImportError) -> Int? {
    guard let (key, value) = first(keys) else { return nil }
    guard case .number(let number) = value, number.rounded() == number, number >= 1, number < 1e15 else {
      throw .invalidValue(
        path: path, key: key, value: value.text, allowed: "a whole number greater than zero")
    }
    return Int(number)
  }

  /// A whole number > 0 under one of `keys`; a missing key names the first spelling.
  public func count(_ keys: String...) throws(ModelImportError) -> Int {
    for key in keys {
      if let found = try optionalCount(key) { return found }
    }
    throw .missingKey(path: path, key: keys.joined(separator: "' or '"))
  }

  /// A whole number ≥ 0, `fallback` when absent.
  public func wholeNumber(_ key: String, default fallback: Int) throws(ModelImportError) -> Int {
    guard let value = values[key], value != .null else { return fallback }
    guard case .number(let number) = value, number.rounded() == number, number >= 0, number < 1e15 else {
      throw .invalidValue(path: path, key: key, value: value.text, allowed: "a whole number, zero or more")
    }
    return Int(number)
  }

  /// A Boolean, `fallback` when absent (Transformers' own default for the family).
  public func flag(_ key: String, default fallback: Bool) throws(ModelImportError) -> Bool {
    guard let value = values[key], value != .null else { return fallback }
    guard case .bool(let flag) = value else {
      throw .invalidValue(path: path, key: key, value: value.text, allowed: "true or false")
    }
    return flag
  }

  /// A string under `key`.
  public func string(_ key: String) throws(ModelImportError) -> String {
    guard let value = values[key], value != .null else { throw .missingKey(path: path, key: key) }
    guard case .string(let text) = value else {
      throw .invalidValue(path: path, key: key, value: value.text, allowed: "a string")
    }
    return text
  }

  /// A string under `key`, or `nil` when absent.
  public func optionalString(_ key: String) throws(ModelImportError) -> String? {
    guard values[key] != nil, values[key] != .null else { return nil }
    return try string(key)
  }

  /// Whole numbers in an array under `key`; empty when absent.
  public func counts(_ key: String) throws(ModelImportError) -> [Int] {
    guard let value = values[key], value != .null else { return [] }
    guard case .array(let items) = value else {
      throw .invalidValue(path: path, key: key, value: value.text, allowed: "an array of whole numbers")
    }
    var result: [Int] = []
    for item in items {
      guard case .number(let number) = item, number.rounded() == number, number >= 0 else {
        throw .invalidValue(path: path, key: key, value: value.text, allowed: "an array of whole numbers")
      }
      result.append(Int(number))
    }
    return result
  }

  /// Throws unless `value` is one of `allowed`.
  public func require(_ key: String, _ value: String, in allowed: [String]) throws(ModelImportError) {
    guard allowed.contains(value) else {
      throw .invalidValue(
        path: path, key: key, value: "\"\(value)\"", allowed: "one of " + allowed.joined(separator: ", "))
    }
  }
}

extension HuggingFaceConfig {
  /// Reads and parses the `config.json` at `path`.
  public static func read(path: String) throws(ModelImportError) -> HuggingFaceConfig {
    try HuggingFaceConfig(path: path, data: FileContents.read(path))
  }
}
