/// A learned vector put before a `[seq, d]` input, giving `[seq + 1, d]`: the class token of
/// ViT and of CLIP's vision tower, whose final state stands for the whole image.
///
/// Formula: parameters `d`; forward 0 FLOP (a copy); the input gradient passes through unchanged
/// (0 FLOP); the weight gradient is the output gradient's first row, a copy (0 FLOP).
/// Source: Dosovitskiy et al. (2021), "An Image is Worth 16x16 Words", §3.1, eq. 1 (`x_class`).
public struct ClassToken: Layer, Equatable {
  /// Size of the vector, the model width `d`.
  public var dimension: Int

  /// A class token of `dimension` values.
  public init(dimension: Int) { self.dimension = dimension }

  public var kind: String { "class_token" }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(dimension, field: "dimension")
    let input = try LayerIssue.single(inputs)
    guard input.rank == 2, input.dimensions[1] == dimension else {
      throw LayerIssue(
        field: "input shape", value: input.description, allowed: "[sequence length, \(dimension) (dimension)]"
      )
    }
    return TensorShape([input.dimensions[0].adding(saturating: 1), dimension])
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost { LayerCost(parameters: dimension) }
}
