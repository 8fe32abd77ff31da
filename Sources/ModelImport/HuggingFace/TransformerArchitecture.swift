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
    /// The core's disentangled-attention layer, when this block is one (DeBERTa-v2/v3); the
    /// projections above are its content part, `otherParameters` its position projections.
    public var disentangled: DisentangledAttention? = nil
    /// The block's parameters.
    public var parameters: Int {
      projections.reduce(otherParameters) { $0.adding(saturating: $1.parameters) }
    }
    /// No attention: the block of a layer whose mixing a `SequenceMixer` does.
    public static let none = Attention(
      projections: [], otherParameters: 0, heads: 0, keyHeadSize: 0, valueHeadSize: 0)
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
    public var expertParameters: Int { Int.sum(saturating: expert.lazy.map(\.parameters)) }
    /// All parameters.
    public var parameters: Int {
      Int.sum(saturating: dense.lazy.map(\.parameters))
        .adding(saturating: Int.sum(saturating: router.lazy.map(\.parameters)))
        .adding(saturating: experts.multiplied(saturating: expertParameters))
        .adding(saturating: otherParameters)
    }
    /// Parameters a token uses.
    public var activeParameters: Int {
      parameters - (experts - activeExperts).multiplied(saturating: expertParameters)
    }
    /// Multiply-adds per token.
    public var multiplyAdds: Int {
      Int.sum(saturating: dense.lazy.map(\.multiplyAdds))
        .adding(saturating: Int.sum(saturating: router.lazy.map(\.multiplyAdds)))
        .adding(
          saturating: activeExperts.multiplied(
            saturating: Int.sum(saturating: expert.lazy.map(\.multiplyAdds))))
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
    /// State-space or recurrent mixers that take attention's place (Mamba, Mamba-2, RWKV); the
    /// attention block of such a layer is empty.
    public var mixers: [SequenceMixer] = []
    /// All parameters of the layer.
    public var parameters: Int {
      attention.parameters.adding(saturating: crossAttention?.parameters ?? 0)
        .adding(saturating: feedForward.parameters).adding(saturating: normParameters)
        .adding(saturating: Int.sum(saturating: mixers.lazy.map(\.parameterCount)))
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

  /// Width of the token embedding (OPT's `word_embed_proj_dim`, ALBERT's `embedding_size` may
  /// differ from `hiddenSize`).
  public var embeddingWidth: Int { tokenEmbedding / max(vocabularySize, 1) }

  /// Projections between the embedding width and the hidden size: OPT's `project_in` and
  /// `project_out` (positions added at the hidden size), or ALBERT's one `embedding_hidden_mapping_in`
  /// (positions and the embedding norm at the embedding width, then the projection).
  public var embeddingProjections: [Linear] = []
  /// Features of a LayerNorm with bias right after the embeddings, counted apart from
  /// `otherParameters` because its width is the embedding width (ALBERT); 0 for none.
  public var embeddingNormWidth = 0
  /// For each layer, the index of the layer whose weights it runs (ALBERT's shared layer groups);
  /// empty when every layer has its own. Parameters count each distinct layer once; FLOP count
  /// every layer.
  public var sharedLayerSources: [Int] = []
  /// How an image model (ViT) reads its image: `count` patches of `channels × size × size` values,
  /// each projected to the hidden size (the strided convolution of `patch_embeddings` as the
  /// same linear map), with or without a class token before them.
  public struct Patches: Sendable, Equatable {
    /// Image channels.
    public var channels: Int
    /// Side of a square patch, in pixels.
    public var size: Int
    /// Patches per image, (image side ÷ patch side)².
    public var count: Int
    /// Whether a learned class token precedes the patches.
    public var hasClassToken: Bool
    /// Whether the patch projection adds a bias (ViT's does, CLIP's does not).
    public var hasBias = true
    /// Values per patch, `channels · size²`.
    public var values: Int { channels.multiplied(saturating: size).multiplied(saturating: size) }
    /// Positions per image: the patches and the class token.
    public var positions: Int { count.adding(saturating: hasClassToken ? 1 : 0) }
  }

  /// The patch embedding, for image models; `nil` for token models.
  public var patches: Patches? = nil
  /// The patch projection (with its bias), when the model reads images.
  public var patchProjection: Linear? { patches.map { Linear($0.values, hiddenSize, hasBias: $0.hasBias) } }

  /// How an audio model (Whisper's encoder) reads its input; `nil` for token and image models.
  public var audio: AudioFrontEnd? = nil
  /// The stack that reads the model's second input (Whisper's audio encoder, CLIP's vision
  /// tower) and how its output is used; `nil` for a model of one input.
  public var tower: Tower? = nil
  /// The most tokens one sequence may have, when the family fixes it (Whisper's
  /// `max_target_positions`, CLIP's 77 text positions): the default length and a limit.
  public var maxSequenceLength: Int? = nil

  /// Parameters of DeBERTa's relative-position table (rows × hidden size), which every layer reads.
  public var relativePositionEmbedding = 0
  /// What the reader approximated or assumed (a shared layer group, how a state-space layer is
  /// counted), as sentences for the estimate's assumptions and the importer's notes.
  public var assumptions: [String] = []

  /// The layers that hold their own weights.
  public var distinctLayers: [Layer] {
    guard !sharedLayerSources.isEmpty else { return layers }
    return layers.indices.filter { sharedLayerSources[$0] == $0 }.map { layers[$0] }
  }
}
