/// What one layer costs for one example: its parameters, its forward FLOP and its backward FLOP
/// split by what the gradient is taken with respect to.
///
/// The backward pass of a layer computes up to two things (Hobbhahn & Sevilla 2021): the gradient
/// with respect to its input, which the layers before it need, and the gradient with respect to
/// its weights. For a matrix product `Y = X·W` both cost as much as the forward product
/// (`dX = dY·Wᵀ`, `dW = Xᵀ·dY`), which is where the 2:1 ratio comes from; the first layer, whose
/// input is the data, skips `dX` and is 1:1. Composite layers (attention, a transformer block, an
/// LSTM) also propagate gradients between their own stages: that work is `internalGradient`,
/// needed whenever the layer is on the gradient path at all.
public struct LayerCost: Sendable, Equatable {
  /// Parameters the layer holds (counted once however many times they are applied).
  public var parameters: Int
  /// Forward FLOP.
  public var forward: FLOPBreakdown
  /// FLOP for the gradient with respect to the layer's inputs; skipped when no input depends on
  /// a trainable parameter.
  public var inputGradient: FLOPBreakdown
  /// FLOP for gradients with respect to activations inside a composite layer.
  public var internalGradient: FLOPBreakdown
  /// FLOP for the gradient with respect to the layer's own parameters; skipped when frozen.
  public var weightGradient: FLOPBreakdown

  /// A cost from its parts.
  public init(
    parameters: Int = 0, forward: FLOPBreakdown = .zero, inputGradient: FLOPBreakdown = .zero,
    internalGradient: FLOPBreakdown = .zero, weightGradient: FLOPBreakdown = .zero
  ) {
    self.parameters = parameters
    self.forward = forward
    self.inputGradient = inputGradient
    self.internalGradient = internalGradient
    self.weightGradient = weightGradient
  }

  /// A layer that costs nothing (reshape, concatenation, dropout).
  public static let free = LayerCost()

  /// The cost of this layer followed by `next` inside one composite layer: the input gradient of
  /// `next` becomes internal, since it flows to this layer's output rather than to the input.
  public func followed(by next: LayerCost) -> LayerCost {
    LayerCost(
      parameters: parameters.adding(saturating: next.parameters), forward: forward + next.forward,
      inputGradient: inputGradient,
      internalGradient: internalGradient + next.inputGradient + next.internalGradient,
      weightGradient: weightGradient + next.weightGradient)
  }

  /// This cost and `other` side by side, both reading the same input (parallel branches).
  public func alongside(_ other: LayerCost) -> LayerCost {
    LayerCost(
      parameters: parameters.adding(saturating: other.parameters), forward: forward + other.forward,
      inputGradient: inputGradient + other.inputGradient,
      internalGradient: internalGradient + other.internalGradient,
      weightGradient: weightGradient + other.weightGradient)
  }

  /// Every FLOP figure scaled by `factor` (time steps, tokens routed); parameters unchanged.
  public func repeated(_ factor: Double) -> LayerCost {
    LayerCost(
      parameters: parameters, forward: forward * factor, inputGradient: inputGradient * factor,
      internalGradient: internalGradient * factor, weightGradient: weightGradient * factor)
  }
}
