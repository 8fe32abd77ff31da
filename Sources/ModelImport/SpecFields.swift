/// The fields of one object in a model spec (a layer, or the top level), read with types
/// checked; every error names the file, the layer and the field. Fields never read are reported
/// as unknown, so a typo does not silently fall back to a default.
struct SpecFields {
  let fields: [String: SpecValue]
  let path: String
  /// "layer 3 ('fc1')", or empty at the top level.
  let layer: String
  private(set) var used: Set<String> = []

  init(_ fields: [String: SpecValue], path: String, layer: String) {
    self.fields = fields
    self.path = path
    self.layer = layer
  }

  func error(_ field: String, _ value: String, allowed: String) -> ModelImportError {
    .invalidSpecField(path: path, layer: layer, field: field, value: value, allowed: allowed)
  }

  mutating func value(_ key: String) -> SpecValue? {
    used.insert(key)
    if let value = fields[key], value != .null { return value }
    return nil
  }

  /// A required whole number.
  mutating func int(_ key: String) throws(ModelImportError) -> Int {
    guard let value = value(key) else { throw error(key, "nothing", allowed: "given (a whole number)") }
    guard case .int(let number) = value else { throw error(key, value.display, allowed: "a whole number") }
    return number
  }

  /// An optional whole number.
  mutating func int(_ key: String, default fallback: Int?) throws(ModelImportError) -> Int? {
    guard fields[key] != nil, fields[key] != .null else {
      used.insert(key)
      return fallback
    }
    return try int(key)
  }

  /// A whole number or a list of them (`3` or `[3, 3]`), or `fallback` when absent.
  mutating func ints(_ key: String, default fallback: [Int]?) throws(ModelImportError) -> [Int]? {
    guard let value = value(key) else { return fallback }
    switch value {
    case .int(let number): return [number]
    case .array(let items):
      var numbers: [Int] = []
      for item in items {
        guard case .int(let number) = item else {
          throw error(key, value.display, allowed: "a whole number or a list of whole numbers")
        }
        numbers.append(number)
      }
      return numbers
    default: throw error(key, value.display, allowed: "a whole number or a list of whole numbers")
    }
  }

  /// A required list of whole numbers.
  mutating func requiredInts(_ key: String) throws(ModelImportError) -> [Int] {
    guard let numbers = try ints(key, default: nil) else {
      throw error(key, "nothing", allowed: "given (a whole number or a list of them)")
    }
    return numbers
  }

  /// A Boolean, or `fallback` when absent.
  mutating func bool(_ key: String, default fallback: Bool) throws(ModelImportError) -> Bool {
    guard let value = value(key) else { return fallback }
    guard case .bool(let flag) = value else { throw error(key, value.display, allowed: "true or false") }
    return flag
  }

  /// A number, or `fallback` when absent.
  mutating func double(_ key: String, default fallback: Double) throws(ModelImportError) -> Double {
    guard let value = value(key) else { return fallback }
    switch value {
    case .int(let number): return Double(number)
    case .double(let number): return number
    default: throw error(key, value.display, allowed: "a number")
    }
  }

  /// A piece of text, or nil when absent.
  mutating func string(_ key: String) throws(ModelImportError) -> String? {
    guard let value = value(key) else { return nil }
    guard case .string(let text) = value else { throw error(key, value.display, allowed: "a piece of text") }
    return text
  }

  /// A name of at most `SpecLimits.nameLength` characters, or nil when absent.
  mutating func name(_ key: String) throws(ModelImportError) -> String? {
    guard let text = try string(key) else { return nil }
    guard text.count <= SpecLimits.nameLength else {
      throw error(
        key, "'\(SpecLimits.excerpt(text))'", allowed: "at most \(SpecLimits.nameLength) characters")
    }
    return text
  }

  /// One of a fixed set of names, or `fallback` when absent.
  mutating func choice<T: RawRepresentable & CaseIterable>(
    _ key: String, default fallback: T
  ) throws(ModelImportError) -> T where T.RawValue == String {
    guard let text = try string(key) else { return fallback }
    guard let choice = T(rawValue: text.lowercased()) else {
      throw error(key, "'\(text)'", allowed: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return choice
  }

  /// A list of names (`inputs`), or empty when absent.
  mutating func strings(_ key: String) throws(ModelImportError) -> [String] {
    guard let value = value(key) else { return [] }
    if case .string(let text) = value { return [text] }
    guard case .array(let items) = value else {
      throw error(key, value.display, allowed: "a list of layer names")
    }
    var names: [String] = []
    for item in items {
      guard case .string(let text) = item else {
        throw error(key, value.display, allowed: "a list of layer names")
      }
      names.append(text)
    }
    return names
  }

  /// Throws for the first field that was never read, listing the fields `kind` takes.
  func checkAllRead(kind: String) throws(ModelImportError) {
    if let unknown = fields.keys.sorted().first(where: { !used.contains($0) }) {
      throw error(
        "'\(unknown)'", "an unknown field",
        allowed: "one of the fields \(kind) takes: " + used.sorted().joined(separator: ", "))
    }
  }
}
