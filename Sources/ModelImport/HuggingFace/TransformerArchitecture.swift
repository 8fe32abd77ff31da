/// A transformer described by its weight matrices, as read from a Hugging Face config: enough to
/// count parameters exactly (weights, biases, norms) and the forward matrix products per token.
public struct TransformerArchitecture: Sendable, Equatable {
  /// A dense projection `inputs → outputs`, with or without a bias vector.
  public struct Linear: Sendable, Equatable {
    /// Input features.
    public var inputs: Int
    /// Output features.
    public var outputs: Int
    /// Whether the projection adds a bias vector.
    public var hasBias: Bool
    /// A projection; `hasBias` defaults to false.
    public init(_ inputs: Int, _ outputs: Int, hasBias: Bool = false) {
      self.inputs = inputs
      self.outputs = outputs
      self.hasBias = hasBias
    }
    /// Weights plus bias.
    public var parameters: Int { inputs * outputs + (hasBias ? outputs : 0) }
    /// Multiply-adds per token (the bias add is not a product).
    public var multiplyAdds: Int { inputs * outputs }
  }

  /// One attention block: its projections and the sizes of its score and value products.
  public struct Attention: Sendable, Equatable {
    /// Query, key, value and output projections (and low-rank factors for latent attention).
    public var projections: [Linear]
    /// Norm weights and other vectors inside the block (QK-norm, latent-attention norms, biases).
    public var otherParameters: Int
    /// Query heads.
    public var heads: Int
    /// Size of one query/key head: the inner size of QKᵀ.
    public var keyHeadSize: Int
    /// Size of one value head: the inner size of A·V.
    public var valueHeadSize: Int
    /// The block's parameters.
    public var parameters: Int { projections.map(\.parameters).reduce(0, +) + otherParameters }
  }

  /// The feed-forward block: a dense MLP, or routed experts with optional shared experts.
  public struct FeedForward: Sendable, Equatable {
    /// Projections every token goes through (a dense MLP, or shared experts).
    public var dense: [Linear]
    /// Projections of one routed expert; empty for a dense block.
    public var expert: [Linear]
    /// Routed experts.
    public var experts: Int
    /// Experts each token is routed to (top-k).
    public var activeExperts: Int
    /// Router projections (gates), run for every token.
    public var router: [Linear]
    /// Other vectors (for instance a router's score-correction bias).
    public var otherParameters: Int

    /// A dense MLP.
    public static func dense(_ projections: [Linear]) -> FeedForward {
      FeedForward(
        dense: projections, expert: [], experts: 0, activeExperts: 0, router: [], otherParameters: 0)
    }
    /// Parameters of one routed expert.
    public var expertParameters: Int { expert.map(\.parameters).reduce(0, +) }
    /// All parameters.
    public var parameters: Int {
      (dense + router).map(\.parameters).reduce(0, +) + experts * expertParameters + otherParameters
    }
    /// Parameters a token uses.
    public var activeParameters: Int { parameters - (experts - activeExperts) * expertParameters }
    /// Multiply-adds per token.
    public var multiplyAdds: Int {
      (dense + router).map(\.multiplyAdds).reduce(0, +) + activeExperts
        * expert.map(\.multiplyAdds).reduce(0, +)
    }
  }

  /// One transformer layer.
  public struct Layer: Sendable, Equatable {
    /// Self-attention.
    public var attention: Attention
    /// Cross-attention over the encoder's output (decoder layers of encoder-decoder models).
    public var crossAttention: Attention?
    /// The feed-forward block.
    public var feedForward: FeedForward
    /// Norm weights of the layer outside attention.
    public var normParameters: Int
    /// All parameters of the layer.
    public var parameters: Int {
      attention.parameters + (crossAttention?.parameters ?? 0) + feedForward.parameters + normParameters
    }
  }

  /// The Hugging Face `model_type`.
  public var modelType: String
  /// Token vocabulary.
  public var vocabularySize: Int
  /// Width of the residual stream (d_model).
  public var hiddenSize: Int
  /// Token-embedding parameters.
  public var tokenEmbedding: Int
  /// Learned position- and token-type-embedding parameters.
  public var positionEmbedding: Int
  /// Norms and projections around the embeddings, final norms, pooler: counted, not embeddings.
  public var otherParameters: Int
  /// The layers, encoder's first for encoder-decoder models.
  public var layers: [Layer]
  /// Layers of the encoder (0 for decoder-only models).
  public var encoderLayers: Int
  /// The output (logit) projection, or `nil` for encoder models without a language-model head.
  public var outputHead: Linear?
  /// Whether the output projection reuses the token-embedding matrix.
  public var isOutputHeadTied: Bool
  /// Whether every layer attends in both directions (BERT); otherwise decoder self-attention is
  /// causal and only encoder layers and cross-attention see the whole sequence.
  public var isEncoderOnly = false
}
