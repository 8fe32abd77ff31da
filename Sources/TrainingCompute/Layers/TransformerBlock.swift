/// A pre-norm transformer block on `[seq, d]`: `x + Attention(Norm(x))`, then
/// `x + FeedForward(Norm(x))`, the feed-forward being `Linear(d→f)`, activation, `Linear(f→d)`
/// (GPT-2), or gated `down(act(gate(x)) · up(x))` (SwiGLU, LLaMA).
///
/// Formula: the sum of its parts, each as documented in its own layer (`Normalization`,
/// `Attention`, `Linear`, `Activation`, `Add`), plus one multiply per hidden element for the
/// gate. Parameters of GPT-2 small's block (d 768, 12 heads, f 3072): 7,087,872.
/// Sources: Radford et al. (2019) for GPT-2; Shazeer (2020) for gated feed-forward layers.
public struct TransformerBlock: Layer {
  /// Model width `d`.
  public var modelDimension: Int
  /// Query heads.
  public var heads: Int
  /// Key/value heads (grouped-query attention); equal to `heads` by default.
  public var keyValueHeads: Int
  /// Hidden width `f` of the feed-forward layer; `4·d` by default.
  public var feedForwardDimension: Int
  /// The feed-forward activation.
  public var activation: Activation.Function
  /// Whether the feed-forward layer is gated (three matrices instead of two).
  public var isGated: Bool
  /// The normalization before each sub-layer: `.layer` or `.rms`.
  public var normalization: Normalization.Kind
  /// Whether the linear layers (and LayerNorm) have biases.
  public var hasBias: Bool
  /// Whether attention is counted causally (see `Attention`).
  public var isCausal: Bool

  /// A transformer block; defaults follow GPT-2.
  public init(
    modelDimension: Int, heads: Int, keyValueHeads: Int? = nil, feedForwardDimension: Int? = nil,
    activation: Activation.Function = .gelu, isGated: Bool = false,
    normalization: Normalization.Kind = .layer,
    hasBias: Bool = true, isCausal: Bool = false
  ) {
    self.modelDimension = modelDimension
    self.heads = heads
    self.keyValueHeads = keyValueHeads ?? heads
    self.feedForwardDimension = feedForwardDimension ?? modelDimension.multiplied(saturating: 4)
    self.activation = activation
    self.isGated = isGated
    self.normalization = normalization
    self.hasBias = hasBias
    self.isCausal = isCausal
  }

  public var kind: String { "transformer_block" }

  var attention: Attention {
    Attention(
      modelDimension: modelDimension, heads: heads, keyValueHeads: keyValueHeads, hasBias: hasBias,
      isCausal: isCausal)
  }
  var norm: Normalization { Normalization(normalization, features: modelDimension, hasBias: hasBias) }
  var up: Linear {
    Linear(inputFeatures: modelDimension, outputFeatures: feedForwardDimension, hasBias: hasBias)
  }
  var down: Linear {
    Linear(inputFeatures: feedForwardDimension, outputFeatures: modelDimension, hasBias: hasBias)
  }

  /// Parameters of the two norms, attention and the feed-forward matrices.
  public var parameterCount: Int {
    Int.sum(saturating: [
      norm.parameterCount, norm.parameterCount, attention.parameterCount, up.parameterCount,
      isGated ? up.parameterCount : 0, down.parameterCount,
    ])
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(feedForwardDimension, field: "ff_dimension")
    return try attention.outputShape(for: inputs)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let input = inputs.first else { return .free }
    let hidden = input.replacingLast(with: feedForwardDimension)
    let residual = Add(inputCount: 2).cost(for: [input, input])
    let normCost = norm.cost(for: [input])
    var feedForward = up.cost(for: [input])
    if isGated {
      feedForward = feedForward.alongside(up.cost(for: [input]))
        .followed(
          by: LayerCost(
            forward: .elementwise(hidden.elements), inputGradient: .elementwise(2 * hidden.elements)))
    }
    feedForward = feedForward.followed(by: Activation(activation).cost(for: [hidden]))
      .followed(by: down.cost(for: [hidden]))
    return normCost.followed(by: attention.cost(for: [input])).followed(by: residual)
      .followed(by: normCost).followed(by: feedForward).followed(by: residual)
  }
}
