/// Adds a position vector to each position of a `[seq, d]` input: learned (a table of
/// `maxPositions` rows, as GPT-2's `wpe`) or fixed sinusoids (Vaswani et al. 2017).
///
/// Formula: parameters `maxPositions·d` when learned, else 0; forward `seq·d` element-wise adds
/// (the lookup itself is free); the input gradient passes through the add unchanged (0 FLOP); the
/// weight gradient accumulates `seq·d` adds into the table.
public struct PositionalEmbedding: Layer {
  /// The longest sequence the table covers.
  public var maxPositions: Int
  /// Size of each vector.
  public var dimension: Int
  /// Whether the vectors are learned parameters.
  public var isLearned: Bool

  /// A positional embedding.
  public init(maxPositions: Int, dimension: Int, isLearned: Bool = true) {
    self.maxPositions = maxPositions
    self.dimension = dimension
    self.isLearned = isLearned
  }

  public var kind: String { "positional_embedding" }

  /// The table's size when learned.
  public var parameterCount: Int { isLearned ? maxPositions.multiplied(saturating: dimension) : 0 }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(maxPositions, field: "max_positions")
    try LayerIssue.positive(dimension, field: "dimension")
    let input = try LayerIssue.single(inputs)
    guard input.rank == 2, input.dimensions[1] == dimension, input.dimensions[0] <= maxPositions else {
      throw LayerIssue(
        field: "input shape", value: input.description,
        allowed: "[sequence length ≤ \(maxPositions) (max_positions), \(dimension) (dimension)]")
    }
    return input
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let elements = inputs.first?.elements ?? 0
    return LayerCost(
      parameters: parameterCount, forward: .elementwise(elements),
      weightGradient: .elementwise(isLearned ? elements : 0))
  }
}
