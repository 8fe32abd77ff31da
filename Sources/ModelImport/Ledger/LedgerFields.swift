import TrainingCompute

/// The keys of one mapping in a ledger, read with types checked; every error names the place
/// and the key. A key not in `allowed` is refused up front.
struct LedgerFields {
  let pairs: [(key: String, value: LedgerNode)]
  var place: String
  private(set) var read: Set<String> = []

  init(_ node: LedgerNode, place: String, allowed: [String]) throws(LedgerError) {
    guard case .map(let pairs) = node else {
      throw .invalidValue(place: place, key: "the value", value: node.display, allowed: "a mapping of keys")
    }
    for pair in pairs where !allowed.contains(pair.key) {
      throw .unknownKey(place: place, key: pair.key, allowed: allowed)
    }
    self.pairs = pairs
    self.place = place
  }

  func has(_ key: String) -> Bool { pairs.contains { $0.key == key && $0.value != .null } }

  /// The value of `key`, nil when absent or null.
  mutating func value(_ key: String) -> LedgerNode? {
    read.insert(key)
    guard let value = pairs.first(where: { $0.key == key })?.value, value != .null else { return nil }
    return value
  }

  mutating func text(_ key: String) throws(LedgerError) -> String? {
    guard let value = value(key) else { return nil }
    guard case .text(let text) = value else {
      throw .invalidValue(place: place, key: key, value: value.display, allowed: "a piece of text")
    }
    return text
  }

  mutating func requiredText(_ key: String) throws(LedgerError) -> String {
    guard let text = try text(key), !text.allSatisfy(\.isWhitespace) else {
      throw .missingKey(place: place, key: key, expected: "a name")
    }
    return text
  }

  mutating func bool(_ key: String) throws(LedgerError) -> Bool? {
    guard let value = value(key) else { return nil }
    guard case .bool(let flag) = value else {
      throw .invalidValue(place: place, key: key, value: value.display, allowed: "true or false")
    }
    return flag
  }

  /// A finite number, written as a number or as text such as `3.8e25` or `70B`.
  mutating func number(_ key: String) throws(LedgerError) -> Double? {
    guard let value = value(key) else { return nil }
    return try number(key, value)
  }

  func number(_ key: String, _ value: LedgerNode) throws(LedgerError) -> Double {
    let number: Double
    switch value {
    case .number(let given): number = given
    case .text(let text):
      do {
        number = try NumberInput.parse(text, field: key)
      } catch {
        throw .invalidValue(
          place: place, key: key, value: value.display, allowed: "a number such as 3.8e25 or 70B")
      }
    default: throw .invalidValue(place: place, key: key, value: value.display, allowed: "a number")
    }
    guard number.isFinite else {
      throw .invalidValue(place: place, key: key, value: value.display, allowed: "a finite number")
    }
    return number
  }

  mutating func positive(_ key: String) throws(LedgerError) -> Double? {
    guard let value = value(key) else { return nil }
    return try positive(key, value)
  }

  func positive(_ key: String, _ value: LedgerNode) throws(LedgerError) -> Double {
    let number = try number(key, value)
    guard number > 0 else {
      throw .invalidValue(place: place, key: key, value: value.display, allowed: "greater than zero")
    }
    return number
  }

  mutating func nonNegative(_ key: String) throws(LedgerError) -> Double? {
    guard let value = value(key) else { return nil }
    let number = try number(key, value)
    guard number >= 0 else {
      throw .invalidValue(place: place, key: key, value: value.display, allowed: "zero or more")
    }
    return number
  }

  /// The facts among `names` that are given, as the text the core's fields read (`70B`, `30d`).
  mutating func facts(_ names: [String]) throws(LedgerError) -> [String: String] {
    var facts: [String: String] = [:]
    for name in names {
      guard let value = value(name) else { continue }
      switch value {
      case .text(let text): facts[name] = text
      case .number(let number):
        facts[name] = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
      default:
        throw .invalidValue(
          place: place, key: name, value: value.display, allowed: "a number or a piece of text")
      }
    }
    return facts
  }

  /// Refuses keys that were allowed but never read (a key the reader forgot is a bug, not input).
  func checkAllRead() throws(LedgerError) {
    for pair in pairs where !read.contains(pair.key) {
      throw .unknownKey(place: place, key: pair.key, allowed: Array(read).sorted())
    }
  }
}
