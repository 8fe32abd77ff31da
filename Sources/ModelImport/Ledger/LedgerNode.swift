import Foundation
import TrainingCompute
import Yams

/// A ledger file as a tree, before it is interpreted: JSON and YAML both read into this, within
/// limits on size, node count and depth so that no file can exhaust memory (a YAML alias bomb
/// stops at the node budget, since every alias is counted again where it is used).
enum LedgerNode: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case text(String)
  case list([LedgerNode])
  case map([(key: String, value: LedgerNode)])

  /// The largest ledger read, in bytes.
  static var maximumBytes: Int { LedgerReader.maximumBytes }
  /// The most values a ledger may hold (stages × keys, with room to spare).
  static let maximumNodes = 20_000
  /// The deepest nesting a ledger may have (ledger → stages → stage → periods → period → value).
  static let maximumDepth = 16

  static func == (lhs: LedgerNode, rhs: LedgerNode) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.text(let a), .text(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.map(let a), .map(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
    default: false
    }
  }

  /// The value as written, for messages.
  var display: String {
    switch self {
    case .null: "null"
    case .bool(let value): String(value)
    case .number(let value): NumberFormatting.plain(value)
    case .text(let value): "'\(value)'"
    case .list: "a list"
    case .map: "a mapping"
    }
  }

  /// Reads JSON (when the text starts with `{`) or YAML.
  static func parse(_ text: String) throws(LedgerError) -> LedgerNode {
    guard text.utf8.count <= maximumBytes else {
      throw .malformed(reason: "it is \(text.utf8.count) bytes long; the limit is \(maximumBytes) bytes")
    }
    var budget = Budget()
    if text.drop(while: \.isWhitespace).first == "{" {
      let value: SpecValue
      do {
        value = try JSONDecoder().decode(SpecValue.self, from: Data(text.utf8))
      } catch {
        throw .malformed(
          reason:
            "it is not valid JSON (\(DecoderMessage.reason(error, format: "JSON", data: Data(text.utf8))))")
      }
      return try fromJSON(value, budget: &budget, depth: 0)
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw .malformed(reason: "it is not valid YAML (\(error))")
    }
    guard let root else { throw .malformed(reason: "it is empty") }
    return try fromYAML(root, budget: &budget, depth: 0)
  }

  struct Budget {
    var nodes = 0
    mutating func spend(depth: Int) throws(LedgerError) {
      nodes += 1
      if nodes > LedgerNode.maximumNodes {
        throw .malformed(
          reason:
            "it holds more than \(LedgerNode.maximumNodes) values (YAML aliases count each time they are used)"
        )
      }
      if depth > LedgerNode.maximumDepth {
        throw .malformed(reason: "it is nested more than \(LedgerNode.maximumDepth) levels deep")
      }
    }
  }

  private static func fromYAML(_ node: Node, budget: inout Budget, depth: Int) throws(LedgerError)
    -> LedgerNode
  {
    try budget.spend(depth: depth)
    switch node {
    case .scalar(let scalar):
      if scalar.style == .plain || scalar.style == .any {
        if node.null != nil { return .null }
        if let flag = node.bool { return .bool(flag) }
      }
      return .text(scalar.string)
    case .sequence(let sequence):
      var items: [LedgerNode] = []
      for item in sequence { items.append(try fromYAML(item, budget: &budget, depth: depth + 1)) }
      return .list(items)
    case .mapping(let mapping):
      var pairs: [(key: String, value: LedgerNode)] = []
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else {
          throw .malformed(reason: "a mapping key is not plain text")
        }
        if pairs.contains(where: { $0.key == keyScalar.string }) {
          throw .malformed(reason: "the key '\(keyScalar.string)' appears twice in one mapping")
        }
        pairs.append((keyScalar.string, try fromYAML(value, budget: &budget, depth: depth + 1)))
      }
      return .map(pairs)
    case .alias:
      throw .malformed(reason: "it uses a YAML alias that could not be resolved")
    }
  }

  private static func fromJSON(_ value: SpecValue, budget: inout Budget, depth: Int) throws(LedgerError)
    -> LedgerNode
  {
    try budget.spend(depth: depth)
    switch value {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .number(Double(number))
    case .double(let number): return .number(number)
    case .string(let text): return .text(text)
    case .array(let items):
      var list: [LedgerNode] = []
      for item in items { list.append(try fromJSON(item, budget: &budget, depth: depth + 1)) }
      return .list(list)
    case .object(let fields):
      var pairs: [(key: String, value: LedgerNode)] = []
      for key in fields.keys.sorted() {
        pairs.append((key, try fromJSON(fields[key] ?? .null, budget: &budget, depth: depth + 1)))
      }
      return .map(pairs)
    }
  }
}
