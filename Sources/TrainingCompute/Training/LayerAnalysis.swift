/// One node's share of a training step, per example: forward FLOP, the FLOP of the gradients it
/// must compute (input gradient only when an input depends on a trainable parameter, weight
/// gradient only when it is trainable), and its parameters.
public struct LayerAnalysis: Sendable, Equatable {
  /// The node's name.
  public var name: String
  /// The layer's kind (`linear`, `conv2d` …).
  public var kind: String
  /// The output shape, without the batch dimension.
  public var outputShape: TensorShape
  /// Parameters the node holds (0 when it reuses another node's).
  public var parameters: Int
  /// Whether the node's parameters are frozen (directly or through the node it shares with).
  public var isFrozen: Bool
  /// Whether a trainable parameter lies upstream, so the gradient with respect to the node's
  /// input must be computed.
  public var needsInputGradient: Bool
  /// Forward FLOP per example.
  public var forward: FLOPBreakdown
  /// Gradient FLOP with respect to activations: the node's inputs (when needed), in a composite
  /// layer its internal stages, and the sum of the gradients reaching its output from several
  /// readers.
  public var inputGradient: FLOPBreakdown
  /// Gradient FLOP with respect to the node's parameters (zero when frozen or parameter-free).
  public var weightGradient: FLOPBreakdown

  /// Backward FLOP per example, without the weight update.
  public var backward: FLOPBreakdown { inputGradient + weightGradient }

  /// A layer's figures.
  public init(
    name: String, kind: String, outputShape: TensorShape, parameters: Int, isFrozen: Bool,
    needsInputGradient: Bool, forward: FLOPBreakdown, inputGradient: FLOPBreakdown,
    weightGradient: FLOPBreakdown
  ) {
    self.name = name
    self.kind = kind
    self.outputShape = outputShape
    self.parameters = parameters
    self.isFrozen = isFrozen
    self.needsInputGradient = needsInputGradient
    self.forward = forward
    self.inputGradient = inputGradient
    self.weightGradient = weightGradient
  }
}
