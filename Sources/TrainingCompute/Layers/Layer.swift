/// One layer family of the catalog: given the shapes of its inputs (one example, no batch
/// dimension), its output shape, parameter count, forward FLOP and backward FLOP.
///
/// Conventions shared by every layer: 1 multiply-add = 2 FLOP; a matrix product with inner
/// dimension k costs 2·m·n·k; bias adds, activations, norms, softmax and residual adds are
/// element-wise work, reported apart from matrix products (see `FLOPBreakdown`).
public protocol Layer: Sendable {
  /// The layer's kind as written in a model spec: `linear`, `conv2d`, `lstm` …
  var kind: String { get }

  /// Whether a gradient can flow to the layer's inputs. False for an embedding lookup, whose
  /// input is integer token ids.
  var passesGradientToInputs: Bool { get }

  /// The shape of the output for these input shapes, or what is wrong with them or with the
  /// layer's settings.
  func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape

  /// Parameters and FLOP for one example with these input shapes. Called only with shapes that
  /// `outputShape(for:)` accepted.
  func cost(for inputs: [TensorShape]) -> LayerCost
}

extension Layer {
  /// Gradients flow to the inputs of every layer but a lookup.
  public var passesGradientToInputs: Bool { true }
}
