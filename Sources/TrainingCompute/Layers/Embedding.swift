/// A lookup table of `vocabulary` vectors of size `dimension`: token ids `[seq]` → `[seq, d]`.
///
/// Formula: parameters `vocabulary·d`; forward 0 FLOP (a lookup copies a row and multiplies
/// nothing); no input gradient (token ids are not differentiable); the weight gradient is a
/// scatter-add of each position's output gradient into its row, `seq·d` element-wise adds.
/// Convention as in Kaplan et al. (2020), who leave embeddings out of the forward count, and as
/// FlopCounterMode, which counts no `aten.embedding` FLOP.
public struct Embedding: Layer {
  /// Rows of the table (vocabulary size).
  public var vocabulary: Int
  /// Size of each vector.
  public var dimension: Int

  /// A token embedding table.
  public init(vocabulary: Int, dimension: Int) {
    self.vocabulary = vocabulary
    self.dimension = dimension
  }

  public var kind: String { "embedding" }

  public var passesGradientToInputs: Bool { false }

  /// `vocabulary·dimension`.
  public var parameterCount: Int { vocabulary.multiplied(saturating: dimension) }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(vocabulary, field: "vocabulary")
    try LayerIssue.positive(dimension, field: "dimension")
    let input = try LayerIssue.single(inputs)
    return TensorShape(input.dimensions + [dimension])
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let lookups = inputs.first?.elements ?? 0
    return LayerCost(
      parameters: parameterCount, weightGradient: .elementwise(lookups * Double(dimension)))
  }
}
