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

  /// Supported share of all nodes, 0 to 1.
  public var supportedShare: Double { totalNodes > 0 ? Double(supportedNodes) / Double(totalNodes) : 0 }

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
  }
}
