/// The parsers behind each `Field.Kind`: text as people type it → a checked value, or an error
/// that names the field, the value given and what is allowed.
enum FieldValue {
  /// A positive finite amount: `175B`, `1.4T`, `3e11`, `1,000`.
  static func amount(_ text: String, field: String) throws(EstimateError) -> Double {
    try NumberInput.parsePositive(text, field: field)
  }

  /// A positive whole number that fits in `Int`.
  static func count(_ text: String, field: String) throws(EstimateError) -> Int {
    try Validate.positiveCount(try NumberInput.parse(text, field: field), field: field)
  }

  /// A fraction above 0 and at most 1: `0.4` or `40%`.
  static func fraction(_ text: String, field: String) throws(EstimateError) -> Double {
    let value = try HardwareInputs.fraction(text, field: field)
    guard value > 0 else { throw .notPositive(field: field, value: value) }
    return value
  }

  /// A calendar year from 1950 to 2100, given as `2020` or as a date starting with the year
  /// (`2020-05-28`, Epoch AI's publication dates).
  static func year(_ text: String, field: String) throws(EstimateError) -> Int {
    let digits = text.prefix { $0.isNumber }
    let rest = text.dropFirst(digits.count)
    guard digits.count == 4, rest.isEmpty || rest.first == "-" || rest.first == "/",
      let year = Int(digits), (1950...2100).contains(year)
    else {
      throw .outOfRange(
        field: field, value: "'\(text)'", allowed: "a year from 1950 to 2100, or a date such as 2020-05-28")
    }
    return year
  }

  /// The kind of model: Epoch AI's domain tags (`Language`, `Vision`, `Multimodal,Language`)
  /// or this tool's words; a list counts as language when any tag is.
  static func domain(_ text: String, field: String) throws(EstimateError) -> HardwareUsage.Domain {
    let tags = text.split(separator: ",").map { String($0).trimmingWhitespace().lowercased() }
    var domains: [HardwareUsage.Domain] = []
    for tag in tags {
      if let known = Self.domainWords[tag] {
        domains.append(known)
      } else {
        throw .unknownOption(field: field, value: text, allowed: Self.domainWords.keys.sorted())
      }
    }
    return domains.contains(.language) ? .language : .other
  }

  /// The domain words accepted, Epoch AI's tags among them.
  static let domainWords: [String: HardwareUsage.Domain] = [
    "language": .language, "llm": .language, "lm": .language, "nlp": .language,
    "other": .other, "vision": .other, "image generation": .other, "games": .other, "speech": .other,
    "audio": .other, "multimodal": .other, "biology": .other, "robotics": .other, "video": .other,
    "recommendation": .other, "cv": .other, "rl": .other, "3d modeling": .other, "mathematics": .other,
  ]

  /// One of `choices`, ignoring case, spaces and dashes.
  static func choice<Value>(
    _ text: String, field: String, _ choices: KeyValuePairs<String, Value>
  ) throws(EstimateError) -> Value {
    let key = normalized(text)
    guard let match = choices.first(where: { normalized($0.key) == key }) else {
      throw .unknownOption(field: field, value: text, allowed: choices.map(\.key))
    }
    return match.value
  }

  /// Lowercased, with spaces, dashes, underscores and parentheses removed: how names are matched.
  static func normalized(_ text: String) -> String {
    // ASCII names (every field and alias) take a fast path over bytes.
    if text.utf8.allSatisfy({ $0 < 128 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
        default: continue
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
