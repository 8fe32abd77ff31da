/// A value of a model spec as read from JSON or YAML, before it is interpreted: both formats
/// decode into this one tree, so one reader serves both.
enum SpecValue: Decodable, Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([SpecValue])
  case object([String: SpecValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let text = try? container.decode(String.self), text.contains(":") {
      // YAML 1.1 reads a plain `1:30:00` as a base-60 number, and Yams traps when one overflows
      // `Int` (`1:0:0:0:0:0:0:0:0:0:0:0`, found by the spec-yaml fuzzer); no spec size is written
      // so, and such a value stays text, which the reader then refuses by name.
      self = .string(text)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([SpecValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: SpecValue].self))
    }
  }

  /// The value as written, for error messages, cut to 60 characters.
  var display: String { SpecLimits.excerpt(fullDisplay) }

  private var fullDisplay: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .int(let value): return String(value)
    case .double(let value): return String(value)
    case .string(let value): return "'\(value)'"
    case .array(let values):
      return "[" + values.prefix(20).map(\.display).joined(separator: ", ")
        + (values.count > 20 ? ", …]" : "]")
    case .object(let fields): return "{" + fields.keys.sorted().joined(separator: ", ") + "}"
    }
  }
}
