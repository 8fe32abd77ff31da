/// Element-wise sum of two or more inputs of the same shape: a residual connection.
///
/// Formula: `(inputs − 1)·elements` element-wise adds forward; the gradient passes to each input
/// unchanged (0 FLOP). No parameters.
public struct Add: Layer {
  /// How many tensors are summed; 0 means any number from 2.
  public var inputCount: Int

  /// A residual add of `inputCount` tensors (any number when 0).
  public init(inputCount: Int = 0) { self.inputCount = inputCount }

  public var kind: String { "add" }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    guard inputs.count >= 2, inputCount == 0 || inputs.count == inputCount, let first = inputs.first else {
      throw LayerIssue(field: "inputs", value: "\(inputs.count) inputs", allowed: "two or more inputs")
    }
    for shape in inputs where shape != first {
      throw LayerIssue(
        field: "inputs", value: inputs.map(\.description).joined(separator: " and "),
        allowed: "tensors of one shape")
    }
    return first
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let elements = inputs.first?.elements ?? 0
    return LayerCost(forward: .elementwise(Double(max(inputs.count - 1, 0)) * elements))
  }
}
