public import TrainingCompute

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
    /// Weights plus bias (saturating, as every count here: see `checkSize`).
    public var parameters: Int { multiplyAdds.adding(saturating: hasBias ? outputs : 0) }
    /// Multiply-adds per token (the bias add is not a product).
    public var multiplyAdds: Int { inputs.multiplied(saturating: outputs) }
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
    /// QK-norm, whose scales are `otherParameters` (`TransformerParts.attention` sets both).
    public var queryKeyNorm: TrainingCompute.Attention.QueryKeyNorm = .none
    /// The core's latent-attention layer, when this block is one (DeepSeek-V2/V3); the
    /// projections and norms above are its own.
    public var latent: LatentAttention? = nil
    /// The block's parameters.
    public var parameters: Int {
      Int.sum(saturating: projections.map(\.parameters)).adding(saturating: otherParameters)
    }
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
    public var expertParameters: Int { Int.sum(saturating: expert.map(\.parameters)) }
    /// All parameters.
    public var parameters: Int {
      Int.sum(saturating: [
        Int.sum(saturating: (dense + router).map(\.parameters)),
        experts.multiplied(saturating: expertParameters),
        otherParameters,
      ])
    }
    /// Parameters a token uses.
    public var activeParameters: Int {
      parameters - (experts - activeExperts).multiplied(saturating: expertParameters)
    }
    /// Multiply-adds per token.
    public var multiplyAdds: Int {
      Int.sum(saturating: (dense + router).map(\.multiplyAdds)).adding(
        saturating: activeExperts.multiplied(saturating: Int.sum(saturating: expert.map(\.multiplyAdds))))
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
      Int.sum(saturating: [
        attention.parameters, crossAttention?.parameters ?? 0, feedForward.parameters, normParameters,
      ])
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
  /// Norm weights outside the layers (final norms, a norm after the embedding), each of
  /// `hiddenSize` features: counted, not embeddings.
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
  /// The feed-forward activation (`hidden_act`, `activation_function`, or T5's
  /// `feed_forward_proj`), as the core's activation closest to it.
  public var activation: Activation.Function = .gelu
  /// The norm every layer and the final norm use: LayerNorm or RMSNorm.
  public var normalization: Normalization.Kind = .layer
  /// Whether LayerNorm has a shift (bias); Cohere, MPT and DBRX drop it.
  public var normHasBias = true
  /// BERT's pooler: a projection of the first token of each sequence (then tanh).
  public var pooler: Linear? = nil
  /// T5's relative-position bias tables: `relativePositionBuckets × heads` each, one per stack.
  public var relativePositionTables = 0
  /// Buckets of each relative-position table.
  public var relativePositionBuckets = 0

  /// Width of the token embedding (OPT's `word_embed_proj_dim` may differ from `hiddenSize`).
  public var embeddingWidth: Int { tokenEmbedding / max(vocabularySize, 1) }

  /// OPT's `project_in` and `project_out` between the embedding width and the hidden size, when
  /// they differ.
  public var embeddingProjections: [Linear] {
    embeddingWidth == hiddenSize
      ? [] : [Linear(embeddingWidth, hiddenSize), Linear(hiddenSize, embeddingWidth)]
  }
}
