/// An element-wise activation function, or softmax over the last dimension. No parameters, no
/// matrix work; the output has the input's shape.
///
/// Convention: FLOP per element, counting each add, multiply, divide, comparison and
/// transcendental function (exp, tanh, erf) as 1, as ptflops and calflops do for element-wise
/// work (where they count it at all; FlopCounterMode does not):
/// - ReLU 1 (a comparison); sigmoid 4 (negate, exp, add, divide); tanh 5 (two exps, add,
///   subtract, divide); SiLU/Swish 5 (sigmoid, multiply); GELU 8 (the tanh form:
///   `0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))`); softmax 5 (max, subtract, exp, sum, divide);
///   squared ReLU 2 (a comparison, a multiply: `max(0, x)²`, So et al. 2021, "Primer", §3, the
///   `relu2` of Nemotron).
/// - Backward (input gradient) is counted as much as forward: the derivative reuses the
///   forward's intermediate values and costs about the same per element.
public struct Activation: Layer {
  /// The function applied.
  public enum Function: String, Sendable, Codable, CaseIterable {
    /// max(0, x).
    case relu
    /// Gaussian error linear unit.
    case gelu
    /// x · sigmoid(x), also called Swish.
    case silu
    /// Hyperbolic tangent.
    case tanh
    /// Logistic sigmoid.
    case sigmoid
    /// Softmax over the last dimension.
    case softmax
    /// max(0, x)², Primer's squared ReLU (Nemotron's `relu2`).
    case squaredReLU = "squared_relu"

    /// FLOP per element of the forward pass (see `Activation`).
    public var flopPerElement: Double {
      switch self {
      case .relu: return 1
      case .sigmoid: return 4
      case .tanh: return 5
      case .silu: return 5
      case .gelu: return 8
      case .softmax: return 5
      case .squaredReLU: return 2
      }
    }
  }

  /// The function applied.
  public var function: Function

  /// An activation layer.
  public init(_ function: Function) { self.function = function }

  public var kind: String { function.rawValue }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.single(inputs)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let work = FLOPBreakdown.elementwise((inputs.first?.elements ?? 0) * function.flopPerElement)
    return LayerCost(forward: work, inputGradient: work)
  }
}
