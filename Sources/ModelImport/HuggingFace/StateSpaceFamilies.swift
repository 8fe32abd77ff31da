import TrainingCompute

/// Attention-free and hybrid families whose layers mix tokens with a state-space or recurrent
/// block, laid out as their modelling files in Transformers have them:
/// - Mamba (`modeling_mamba.py`): per layer one RMSNorm and a `Mamba` mixer, no MLP; a final
///   RMSNorm; the head tied to the embedding unless `tie_word_embeddings` is false.
/// - Mamba-2 (`modeling_mamba2.py`): the same with a `Mamba2` mixer; `num_heads × head_dim` must
///   equal `expand × hidden_size`; the head untied unless `tie_word_embeddings` is true.
/// - RWKV (`modeling_rwkv.py`, RWKV-4): per layer LayerNorm, `RWKVTimeMix`, LayerNorm,
///   `RWKVChannelMix`; the first layer adds a LayerNorm after the embedding (`pre_ln`); a final
///   LayerNorm; the head untied unless `tie_word_embeddings` is true.
/// - Jamba (`modeling_jamba.py`): layer `i` is attention (grouped-query, no biases, no position
///   weights) where `i % attn_layer_period == attn_layer_offset`, otherwise a `Mamba` mixer with
///   RMSNorms on Δ, B and C; its feed-forward block routes to `num_experts` gated experts where
///   `i % expert_layer_period == expert_layer_offset`, otherwise a gated MLP; two RMSNorms per
///   layer, a final one; the head untied unless `tie_word_embeddings` is true.
enum StateSpaceFamilies {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func mamba(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size", "d_model")
    let mixer = Mamba(
      modelDimension: hidden, innerDimension: try innerSize(config, hidden: hidden, key: "expand"),
      stateSize: try config.optionalCount("state_size") ?? 16,
      timeStepRank: try timeStepRank(config, key: "time_step_rank", hidden: hidden),
      convolutionWidth: try config.optionalCount("conv_kernel") ?? 4,
      hasProjectionBias: try config.flag("use_bias", default: false),
      hasConvolutionBias: try config.flag("use_conv_bias", default: true))
    let layer = Architecture.Layer(
      attention: .none, feedForward: .dense([]), normParameters: hidden, mixers: [.mamba(mixer)])
    return try decoder(config, hidden: hidden, layers: [layer], layerKey: ["num_hidden_layers", "n_layer"])
  }

  static func mamba2(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    let heads = try config.optionalCount("num_heads") ?? 128
    let headSize = try config.optionalCount("head_dim") ?? 64
    let inner = (try config.optionalCount("expand") ?? 2).multiplied(saturating: hidden)
    guard heads.multiplied(saturating: headSize) == inner else {
      throw .invalidValue(
        path: config.path, key: "num_heads", value: String(heads),
        allowed: "num_heads × head_dim (\(headSize)) equal to expand × hidden_size (\(inner))")
    }
    let groups = try config.optionalCount("n_groups") ?? 8
    guard heads % groups == 0 else {
      throw .invalidValue(
        path: config.path, key: "n_groups", value: String(groups), allowed: "a divisor of the \(heads) heads")
    }
    let mixer = Mamba2(
      modelDimension: hidden, heads: heads, headDimension: headSize,
      stateSize: try config.optionalCount("state_size") ?? 128, groups: groups,
      convolutionWidth: try config.optionalCount("conv_kernel") ?? 4,
      chunkSize: try config.optionalCount("chunk_size") ?? 256,
      hasProjectionBias: try config.flag("use_bias", default: false),
      hasConvolutionBias: try config.flag("use_conv_bias", default: true))
    let layer = Architecture.Layer(
      attention: .none, feedForward: .dense([]), normParameters: hidden, mixers: [.mamba2(mixer)])
    return try decoder(
      config, hidden: hidden, layers: [layer], layerKey: ["num_hidden_layers", "n_layer"],
      isTiedByDefault: false)
  }

  static func rwkv(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    let timeMix = RWKVTimeMix(
      modelDimension: hidden, attentionDimension: try config.optionalCount("attention_hidden_size") ?? hidden)
    let channelMix = RWKVChannelMix(
      modelDimension: hidden,
      innerDimension: try config.optionalCount("intermediate_size") ?? hidden.multiplied(saturating: 4))
    let layer = Architecture.Layer(
      attention: .none, feedForward: .dense([]), normParameters: 4 * hidden,
      mixers: [.rwkvTimeMix(timeMix), .rwkvChannelMix(channelMix)])
    var architecture = try decoder(
      config, hidden: hidden, layers: [layer], layerKey: ["num_hidden_layers"], isTiedByDefault: false,
      normalization: .layer)
    architecture.layers[0].normParameters += 2 * hidden  // pre_ln
    return architecture
  }

  static func jamba(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let shape = try AttentionShape.read(config)
    let hidden = shape.hidden
    let mixer = Mamba(
      modelDimension: hidden,
      innerDimension: (try config.optionalCount("mamba_expand") ?? 2).multiplied(saturating: hidden),
      stateSize: try config.optionalCount("mamba_d_state") ?? 16,
      timeStepRank: try timeStepRank(config, key: "mamba_dt_rank", hidden: hidden),
      convolutionWidth: try config.optionalCount("mamba_d_conv") ?? 4,
      hasProjectionBias: try config.flag("mamba_proj_bias", default: false),
      hasConvolutionBias: try config.flag("mamba_conv_bias", default: true), hasInnerNorms: true)
    let inner = try config.count("intermediate_size")
    let experts = try config.optionalCount("num_experts") ?? 16
    let moe = Architecture.FeedForward(
      dense: [], expert: TransformerParts.gatedMLP(hidden: hidden, inner: inner), experts: experts,
      activeExperts: try LlamaFamilies.topK(config, experts: experts), router: [Linear(hidden, experts)],
      otherParameters: 0)
    let period = (
      attention: try config.optionalCount("attn_layer_period") ?? 8,
      expert: try config.optionalCount("expert_layer_period") ?? 2
    )
    let offset = (
      attention: try config.wholeNumber("attn_layer_offset", default: 4),
      expert: try config.wholeNumber("expert_layer_offset", default: 1)
    )
    let layerCount = try config.layerCount("num_hidden_layers")
    let layers = (0..<layerCount).map { index in
      let isAttention = index % period.attention == offset.attention
      return Architecture.Layer(
        attention: isAttention
          ? TransformerParts.attention(shape, hasQKVBias: false, hasOutputBias: false) : .none,
        feedForward: index % period.expert == offset.expert && experts > 1
          ? moe : .dense(TransformerParts.gatedMLP(hidden: hidden, inner: inner)),
        normParameters: 2 * hidden, mixers: isAttention ? [] : [.mamba(mixer)])
    }
    return try decoder(
      config, hidden: hidden, layers: layers, layerKey: ["num_hidden_layers"], isTiedByDefault: false)
  }

  /// A decoder of `layers` repeated to the config's layer count, with an RMSNorm at the end.
  static func decoder(
    _ config: HuggingFaceConfig, hidden: Int, layers: [Architecture.Layer], layerKey: [String],
    isTiedByDefault: Bool = true, normalization: Normalization.Kind = .rms
  ) throws(ModelImportError) -> Architecture {
    let layerCount = try config.layerCount(layerKey)
    let vocabulary = try config.count("vocab_size")
    let norm = Normalization(normalization, features: hidden)
    var architecture = Architecture(
      modelType: try config.modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary.multiplied(saturating: hidden), positionEmbedding: 0,
      otherParameters: norm.parameterCount,
      layers: (0..<layerCount).map { layers[$0 % layers.count] }, encoderLayers: 0,
      outputHead: Linear(hidden, vocabulary),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: isTiedByDefault))
    architecture.normalization = normalization
    architecture.normHasBias = normalization == .layer
    return architecture
  }

  /// The inner size: `intermediate_size`, or `expand` (default 2) × the hidden size.
  static func innerSize(_ config: HuggingFaceConfig, hidden: Int, key: String) throws(ModelImportError) -> Int
  {
    if let inner = try config.optionalCount("intermediate_size") { return inner }
    return (try config.optionalCount(key) ?? 2).multiplied(saturating: hidden)
  }

  /// Δ's rank: a number, or `"auto"` (or absent) for ⌈hidden / 16⌉, as Transformers reads it.
  static func timeStepRank(_ config: HuggingFaceConfig, key: String, hidden: Int) throws(ModelImportError)
    -> Int
  {
    if case .string("auto")? = config.values[key] { return (hidden + 15) / 16 }
    return try config.optionalCount(key) ?? (hidden + 15) / 16
  }
}
