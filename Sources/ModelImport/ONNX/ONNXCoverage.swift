import Foundation

/// Which nodes the analysis understood. Never hidden: unsupported operators are listed with their
/// node counts and their share of all nodes.
public struct ONNXCoverage: Sendable, Equatable, Codable {
  /// One unsupported operator.
  public struct Unsupported: Sendable, Equatable, Codable {
    /// The operator (with its domain when not the default one).
    public var op: String
    /// Nodes using it.
    public var count: Int
    /// Its share of all nodes, 0 to 1.
    public var share: Double
  }

  /// All nodes.
  public var totalNodes: Int
  /// Nodes whose shapes and FLOP were inferred.
  public var supportedNodes: Int
  /// Unsupported operators, most frequent first.
  public var unsupported: [Unsupported]
  /// Nodes skipped because an input came from an unsupported node.
  public var skippedNodes: Int
  /// Names of the nodes that could not be counted (unsupported or skipped), in graph order.
  public var uncountedNodes: [String]

  /// Coverage from its parts.
  public init(
    totalNodes: Int, supportedNodes: Int, unsupported: [Unsupported], skippedNodes: Int,
    uncountedNodes: [String] = []
  ) {
    self.totalNodes = totalNodes
    self.supportedNodes = supportedNodes
    self.unsupported = unsupported
    self.skippedNodes = skippedNodes
    self.uncountedNodes = uncountedNodes
  }

  /// Supported share of all nodes, 0 to 1.
  public var supportedShare: Double { totalNodes > 0 ? Double(supportedNodes) / Double(totalNodes) : 0 }

  /// Whether every node was counted; when not, the forward FLOP are a lower bound.
  public var isComplete: Bool { supportedNodes == totalNodes && totalNodes > 0 }

  /// One sentence on what was not counted, or `nil` when every node was: "3 of 120 nodes (2.5%)
  /// could not be counted: 'a', 'b', 'c'." Names past the first ten are summed up.
  public var partialSentence: String? {
    guard !isComplete else { return nil }
    let uncounted = totalNodes - supportedNodes
    let share = totalNodes > 0 ? Double(uncounted) / Double(totalNodes) : 1
    var names = uncountedNodes.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
    if uncountedNodes.count > 10 { names += " and \(uncountedNodes.count - 10) more" }
    let list = names.isEmpty ? "" : ": \(names)"
    return
      "\(uncounted) of \(totalNodes) nodes (\(percent(share))) could not be counted\(list); the forward FLOP are a lower bound"
  }

  /// One line per unsupported operator, e.g. "NonMaxSuppression: 2 nodes (1.5%)".
  public var lines: [String] {
    unsupported.map { "\($0.op): \($0.count) node\($0.count == 1 ? "" : "s") (\(percent($0.share)))" }
  }

  private func percent(_ share: Double) -> String {
    String(format: "%.1f%%", share * 100)
  }

  enum CodingKeys: String, CodingKey {
    case unsupported
    case totalNodes = "total_nodes"
    case supportedNodes = "supported_nodes"
    case skippedNodes = "skipped_nodes"
    case uncountedNodes = "uncounted_nodes"
    case isComplete = "complete"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(isComplete, forKey: .isComplete)
    try container.encode(totalNodes, forKey: .totalNodes)
    try container.encode(supportedNodes, forKey: .supportedNodes)
    try container.encode(skippedNodes, forKey: .skippedNodes)
    try container.encode(unsupported, forKey: .unsupported)
    try container.encode(uncountedNodes, forKey: .uncountedNodes)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    totalNodes = try container.decode(Int.self, forKey: .totalNodes)
    supportedNodes = try container.decode(Int.self, forKey: .supportedNodes)
    skippedNodes = try container.decode(Int.self, forKey: .skippedNodes)
    unsupported = try container.decode([Unsupported].self, forKey: .unsupported)
    uncountedNodes = try container.decodeIfPresent([String].self, forKey: .uncountedNodes) ?? []
  }
}
