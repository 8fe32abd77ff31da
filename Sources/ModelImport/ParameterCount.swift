/// A model's parameter count: all of them, those outside embeddings, and those one token uses.
public struct ParameterCount: Sendable, Equatable, Codable {
  /// All parameters.
  public var total: Int
  /// Parameters outside token/position embeddings and an untied output matrix; `nil` when the
  /// file does not say which tensors are embeddings.
  public var nonEmbedding: Int?
  /// Parameters one token uses (equal to `total` for dense models); `nil` when unknown.
  public var active: Int?
  /// Parameters by data type (safetensors headers), empty otherwise.
  public var byDataType: [String: Int]

  /// A count; see each property.
  public init(total: Int, nonEmbedding: Int?, active: Int?, byDataType: [String: Int] = [:]) {
    self.total = total
    self.nonEmbedding = nonEmbedding
    self.active = active
    self.byDataType = byDataType
  }

  enum CodingKeys: String, CodingKey {
    case total, active
    case nonEmbedding = "non_embedding"
    case byDataType = "by_dtype"
  }

  /// Writes `non_embedding` and `active` even when unknown (as null), so the keys are always there.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(total, forKey: .total)
    try container.encode(nonEmbedding, forKey: .nonEmbedding)
    try container.encode(active, forKey: .active)
    if !byDataType.isEmpty { try container.encode(byDataType, forKey: .byDataType) }
  }
}
