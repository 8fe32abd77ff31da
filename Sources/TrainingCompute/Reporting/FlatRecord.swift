/// One row of a report as a flat JSON object: named columns in order, each a value (an absent
/// optional written as `null`) or left out. The one place a row that flattens nested values (a
/// threshold check and its regime, a reported run) is encoded, instead of a hand-written key enum
/// and `encode(to:)` per row type.
struct FlatRecord: Encodable {
  private var columns: [(name: String, value: any Encodable)] = []

  /// An empty row.
  init() {}

  /// The row with `values` under `names`, pair by pair.
  init(names: [String], values: [any Encodable]) {
    columns = Array(zip(names, values)).map { (name: $0.0, value: $0.1) }
  }

  /// Adds a column; a `nil` optional is written as `null`.
  mutating func add(_ name: String, _ value: some Encodable) { columns.append((name, value)) }

  /// Adds a column only when `value` is present.
  mutating func add(_ name: String, ifPresent value: (some Encodable)?) {
    if let value { columns.append((name, value)) }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Name.self)
    for column in columns { try container.encode(column.value, forKey: Name(column.name)) }
  }

  private struct Name: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
