/// Joins inputs along one axis (channels for `[C, H, W]`: axis 0). Copies only: 0 FLOP, no
/// parameters; the gradient is split back, also 0 FLOP.
public struct Concatenate: Layer {
  /// The axis joined along, counting from 0 (the batch dimension is not counted).
  public var axis: Int

  /// A concatenation along `axis`.
  public init(axis: Int = 0) { self.axis = axis }

  public var kind: String { "concat" }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    guard inputs.count >= 2, let first = inputs.first else {
      throw LayerIssue(field: "inputs", value: "\(inputs.count) inputs", allowed: "two or more inputs")
    }
    guard axis >= 0, axis < first.rank else {
      throw LayerIssue(field: "axis", value: String(axis), allowed: "from 0 to \(first.rank - 1)")
    }
    var output = first.dimensions
    output[axis] = 0
    for shape in inputs {
      var others = shape.dimensions
      guard others.count == first.rank else {
        throw LayerIssue(field: "inputs", value: shape.description, allowed: "tensors of rank \(first.rank)")
      }
      output[axis] = output[axis].adding(saturating: others[axis])
      others[axis] = first.dimensions[axis]
      guard others == first.dimensions else {
        throw LayerIssue(
          field: "inputs", value: inputs.map(\.description).joined(separator: " and "),
          allowed: "tensors equal in every dimension but axis \(axis)")
      }
    }
    return TensorShape(output)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost { .free }
}
