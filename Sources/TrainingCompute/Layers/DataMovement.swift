/// An operation that moves or copies data without arithmetic, as imported graphs have many: a
/// view or reshape, a transpose, a slice or split part, a gather of activations, a concatenation,
/// an expand, a pad. Its output shape is the one the importer inferred from the file (one example,
/// as every shape in the graph), checked only for validity here.
///
/// Formula: 0 FLOP forward; the gradient is routed back to the inputs it was copied from, also
/// 0 FLOP (a concatenation's or a split's gradient is a split or a join). Learned tensors joined
/// into the output (a vision transformer's class token concatenated to the patches) are its
/// `parameters`; their weight gradient is a copy, 0 FLOP. Convention as FlopCounterMode, fvcore
/// and ptflops, which count no FLOP for data movement.
public struct DataMovement: Layer {
  /// The operation, as the source format names it (`Transpose`, `Slice` …), for reports.
  public var operation: String
  /// The output shape.
  public var output: TensorShape
  /// Learned values joined into the output (0 for most operations).
  public var parameters: Int

  /// A data-movement operation giving `output`.
  public init(_ operation: String, output: TensorShape, parameters: Int = 0) {
    self.operation = operation
    self.output = output
    self.parameters = parameters
  }

  public var kind: String { "data_movement" }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try Self.given(output, inputs: inputs, parameters: parameters)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost { LayerCost(parameters: parameters) }
}

extension DataMovement {
  /// An output shape an importer inferred, for layers that take one (`DataMovement`,
  /// `Elementwise`): at least one input, valid sizes, parameters not negative.
  static func given(_ output: TensorShape, inputs: [TensorShape], parameters: Int) throws(LayerIssue)
    -> TensorShape
  {
    guard !inputs.isEmpty else {
      throw LayerIssue(field: "inputs", value: "no inputs", allowed: "one or more inputs")
    }
    guard output.isValid else {
      throw LayerIssue(field: "output shape", value: output.description, allowed: "sizes of at least 1")
    }
    try LayerIssue.nonNegative(parameters, field: "parameters")
    return output
  }
}
