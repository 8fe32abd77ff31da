/// An element-wise or reducing operation of an imported graph that is not one of the catalog's
/// activations or normalizations: arithmetic with broadcasting (`Add`, `Mul`, `Div`, `Pow`,
/// `Where` …), unary functions (`Exp`, `Sqrt`, `Erf` …) and reductions (`ReduceMean` …). Its
/// output shape is the one the importer inferred (one example), checked only for validity.
///
/// Formula: forward `flopPerElement × n`, with `n` the larger of the output's elements and the
/// largest input's elements (a reduction reads every input element once); the input gradient
/// costs as much as the forward pass (the chain rule multiplies each element once, as for
/// `Activation`); learned operands (a bias or scale added or multiplied in, a position table)
/// are `parameters`, and their weight gradient sums the output gradient over the broadcast
/// axes, `n` element-wise adds. `flopPerElement` is 1 for arithmetic, comparisons and
/// transcendental functions (`Activation`'s convention: each counts 1) and 0 for copies that only
/// change the type (`Cast`, `Identity`). FlopCounterMode counts none of this work.
public struct Elementwise: Layer {
  /// The operation, as the source format names it, for reports.
  public var operation: String
  /// The output shape.
  public var output: TensorShape
  /// Learned values among the operands.
  public var parameters: Int

  /// An element-wise operation giving `output`.
  public init(_ operation: String, output: TensorShape, parameters: Int = 0) {
    self.operation = operation
    self.output = output
    self.parameters = parameters
  }

  /// Operations that only copy or change the type of their input: 0 FLOP per element.
  public static let copies: Set<String> = ["Cast", "CastLike", "Identity", "Dropout"]

  /// FLOP per element (see `Elementwise`).
  public var flopPerElement: Double { Self.copies.contains(operation) ? 0 : 1 }

  public var kind: String { "elementwise" }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try DataMovement.given(output, inputs: inputs, parameters: parameters)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let elements = inputs.map(\.elements).reduce(output.elements, max)
    let work = FLOPBreakdown.elementwise(flopPerElement * elements)
    return LayerCost(
      parameters: parameters, forward: work, inputGradient: work,
      weightGradient: parameters > 0 ? .elementwise(elements) : .zero)
  }
}
