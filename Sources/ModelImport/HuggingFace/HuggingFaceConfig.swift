public import Foundation
public import TrainingCompute

/// A Hugging Face `config.json`, with typed look-ups whose errors name the file and the key.
public struct HuggingFaceConfig: Sendable {
  /// Where the config came from, for error messages.
  public var path: String
  /// The top-level keys (of the language model, once `HuggingFaceFamily.read` has chosen it).
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

  /// The largest size a config may give (a width, vocabulary, head or expert count, context
  /// length): 2^30 = 1,073,741,824, over 4,000 times any published one (the widest vocabularies
  /// hold 2^18 entries, the longest contexts 2^24 tokens). A product of two such sizes still fits
  /// `Int` with room to spare, and every count built from them saturates rather than traps, so a
  /// model too large to count is refused by name (`TransformerArchitecture.checkSize`).
  public static let sizeLimit = 1 << 30

  /// The largest number of layers in one stack: 10,000, about 80 times Llama 3.1 405B's 126.
  /// Layers are laid out one by one, so this bounds the memory a config can ask for.
  public static let layerLimit = 10_000

  /// What a size must be, for messages.
  static let sizeAllowed = "a whole number from 1 to 1,073,741,824 (2^30)"

  /// A whole number > 0 under one of `keys` (the family's spellings, preferred first), or `nil`;
  /// at most `limit`.
  public func optionalCount(_ keys: String..., limit: Int = sizeLimit) throws(ModelImportError) -> Int? {
    guard let (key, value) = first(keys) else { return nil }
    guard case .number(let number) = value, number.rounded() == number, number >= 1 else {
      throw .invalidValue(
        path: path, key: key, value: value.text, allowed: "a whole number greater than zero")
    }
    guard number <= Double(limit) else {
      throw .invalidValue(
        path: path, key: key, value: value.text,
        allowed: limit == Self.sizeLimit ? Self.sizeAllowed : "a whole number from 1 to \(limit)")
    }
    return Int(number)
  }

  /// The number of layers under the first of `keys` present: a whole number from 1 to
  /// `layerLimit`, checked before any layer is built.
  public func layerCount(_ keys: String...) throws(ModelImportError) -> Int { try layerCount(keys) }

  /// The number of layers under the first of `keys` present (see `layerCount(_:)`).
  public func layerCount(_ keys: [String]) throws(ModelImportError) -> Int {
    for key in keys {
      if let found = try optionalCount(key, limit: Self.layerLimit) { return found }
    }
    throw .missingKey(path: path, key: keys.joined(separator: "' or '"))
  }

  /// A whole number > 0 under one of `keys`; a missing key names the first spelling.
  public func count(_ keys: String...) throws(ModelImportError) -> Int { try count(keys) }

  /// A whole number > 0 under one of `keys` (see `count(_:)`).
  public func count(_ keys: [String]) throws(ModelImportError) -> Int {
    for key in keys {
      if let found = try optionalCount(key) { return found }
    }
    throw .missingKey(path: path, key: keys.joined(separator: "' or '"))
  }

  /// A whole number from 0 to `sizeLimit`, `fallback` when absent.
  public func wholeNumber(_ key: String, default fallback: Int) throws(ModelImportError) -> Int {
    guard let value = values[key], value != .null else { return fallback }
    guard case .number(let number) = value, number.rounded() == number, number >= 0,
      number <= Double(Self.sizeLimit)
    else {
      throw .invalidValue(
        path: path, key: key, value: value.text, allowed: "a whole number from 0 to 1,073,741,824 (2^30)")
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
      guard case .number(let number) = item, number.rounded() == number, number >= 0,
        number <= Double(Self.sizeLimit)
      else {
        throw .invalidValue(
          path: path, key: key, value: value.text,
          allowed: "an array of whole numbers from 0 to 1,073,741,824 (2^30)")
      }
      result.append(Int(number))
    }
    return result
  }

  /// The activation under `hidden_act`, `hidden_activation` or `activation_function`, as the
  /// core's closest function (every GELU variant is GELU; Swish is SiLU); `fallback` when absent.
  public func activation(default fallback: Activation.Function) throws(ModelImportError)
    -> Activation.Function
  {
    for key in ["hidden_act", "hidden_activation", "activation_function"] {
      guard let name = try optionalString(key) else { continue }
      return try Self.activation(named: name, key: key, path: path)
    }
    return fallback
  }

  /// The core's function for a Transformers activation name.
  static func activation(named name: String, key: String, path: String) throws(ModelImportError)
    -> Activation.Function
  {
    if name.hasPrefix("gelu") { return .gelu }
    switch name {
    case "relu": return .relu
    case "relu2": return .squaredReLU
    case "silu", "swish": return .silu
    case "tanh": return .tanh
    case "sigmoid": return .sigmoid
    default:
      throw .invalidValue(
        path: path, key: key, value: "\"\(name)\"",
        allowed: "one of relu, relu2, gelu (any variant), silu, swish, tanh, sigmoid")
    }
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
