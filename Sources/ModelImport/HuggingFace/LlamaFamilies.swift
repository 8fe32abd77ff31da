import TrainingCompute

/// Llama 1/2/3 and the decoders laid out like it: rotary positions, gated MLPs (SwiGLU/GeGLU),
/// grouped-query attention, one norm before attention and one before the MLP unless said below.
/// Per family, from its `modeling_<type>.py` in Transformers:
/// - Mistral, Mixtral, Qwen2/Qwen2-MoE (biases on Q, K, V only), Qwen3/Qwen3-MoE (QK-norm per
///   head), Phi-3, Granite (Llama with scaling multipliers, which change no count): RMSNorm;
/// - Gemma, Gemma 2, Gemma 3 (`gemma3_text`): RMSNorm, tied head; Gemma 2 and 3 add norms after
///   attention and after the MLP (four per layer); Gemma 3 adds QK-norm per head;
/// - OLMo 2: RMSNorm after attention and after the MLP (two per layer), QK-norm across heads;
///   OLMoE: the same QK-norm, routed experts of `intermediate_size`;
/// - Cohere (Command-R): one LayerNorm without bias per layer (attention and MLP in parallel),
///   tied head;
/// - StableLM: LayerNorm with bias, biases on Q, K, V when `use_qkv_bias`;
/// - Phi-3.5-MoE (`phimoe`): LayerNorm with bias, attention biases, a head with a bias.
enum LlamaFamilies {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig, modelType: String) throws(ModelImportError)
    -> Architecture
  {
    let shape = try AttentionShape.read(config, readsHeadDim: true)
    let hidden = shape.hidden
    let layerCount = try config.layerCount("num_hidden_layers")
    let attentionBias = try config.flag("attention_bias", default: modelType == "phimoe")
    // Qwen2 and Qwen2-MoE put biases on Q, K and V only (`modeling_qwen2.py`); StableLM when asked.
    let useQKVBias = try config.flag("use_qkv_bias", default: false)
    let stableLMBias = modelType == "stablelm" && useQKVBias
    let qkvBias = modelType == "qwen2" || modelType == "qwen2_moe" || stableLMBias
    let queryKeyNorm: TrainingCompute.Attention.QueryKeyNorm
    switch modelType {
    case "qwen3", "qwen3_moe", "gemma3_text": queryKeyNorm = .perHead
    case "olmo2", "olmoe": queryKeyNorm = .acrossHeads
    case "cohere": queryKeyNorm = try config.flag("use_qk_norm", default: false) ? .perHead : .none
    default: queryKeyNorm = .none
    }
    let attention = TransformerParts.attention(
      shape, hasQKVBias: qkvBias || attentionBias, hasOutputBias: attentionBias, queryKeyNorm: queryKeyNorm)
    let style = normStyle(modelType)
    let norms = style.perLayer * (style.kind == .rms || !style.hasBias ? 1 : 2) * hidden
    let mlpBias = try config.flag("mlp_bias", default: false)
    let denseInner = try config.count("intermediate_size")
    var layers: [Architecture.Layer] = []
    for index in 0..<layerCount {
      let feedForward =
        try moe(config, modelType: modelType, hidden: hidden, layer: index)
        ?? .dense(TransformerParts.gatedMLP(hidden: hidden, inner: denseInner, hasBias: mlpBias))
      layers.append(Architecture.Layer(attention: attention, feedForward: feedForward, normParameters: norms))
    }
    let vocabulary = try config.count("vocab_size")
    let tiedDefault = ["gemma", "gemma2", "gemma3_text", "cohere", "granite"].contains(modelType)
    var architecture = Architecture(
      modelType: modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden,
      positionEmbedding: 0, otherParameters: norms / style.perLayer, layers: layers, encoderLayers: 0,
      outputHead: Linear(hidden, vocabulary, hasBias: try config.flag("lm_head_bias", default: false)),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: tiedDefault))
    architecture.normalization = style.kind
    architecture.normHasBias = style.hasBias
    return architecture
  }

  /// Each family's norm: its kind, whether LayerNorm has a bias, and how many per layer.
  static func normStyle(_ modelType: String) -> (kind: Normalization.Kind, hasBias: Bool, perLayer: Int) {
    switch modelType {
    case "gemma2", "gemma3_text": return (.rms, false, 4)
    case "cohere": return (.layer, false, 1)
    case "stablelm", "phimoe": return (.layer, true, 2)
    default: return (.rms, false, 2)
    }
  }

  /// The routed feed-forward block of layer `layer`, or `nil` where the layer is dense.
  static func moe(_ config: HuggingFaceConfig, modelType: String, hidden: Int, layer: Int)
    throws(ModelImportError)
    -> Architecture.FeedForward?
  {
    switch modelType {
    case "mixtral", "phimoe", "olmoe":
      // `modeling_mixtral.py`, `modeling_phimoe.py`, `modeling_olmoe.py`: every layer routes to
      // experts of intermediate_size through a bias-free router.
      let experts = try config.count(modelType == "olmoe" ? "num_experts" : "num_local_experts")
      return Architecture.FeedForward(
        dense: [],
        expert: TransformerParts.gatedMLP(hidden: hidden, inner: try config.count("intermediate_size")),
        experts: experts, activeExperts: try topK(config, experts: experts),
        router: [Linear(hidden, experts)],
        otherParameters: 0)
    case "qwen2_moe", "qwen3_moe":
      // `modeling_qwen2_moe.py`: sparse every decoder_sparse_step-th layer unless in mlp_only_layers;
      // Qwen2-MoE adds a shared expert with a sigmoid gate (hidden → 1).
      let experts = try config.wholeNumber("num_experts", default: 0)
      let step = try config.wholeNumber("decoder_sparse_step", default: 1)
      let denseLayers = try config.counts("mlp_only_layers")
      guard experts > 0, step > 0, (layer + 1) % step == 0, !denseLayers.contains(layer) else { return nil }
      var shared: [Linear] = []
      if modelType == "qwen2_moe", let inner = try config.optionalCount("shared_expert_intermediate_size") {
        shared = TransformerParts.gatedMLP(hidden: hidden, inner: inner) + [Linear(hidden, 1)]
      }
      return Architecture.FeedForward(
        dense: shared,
        expert: TransformerParts.gatedMLP(hidden: hidden, inner: try config.count("moe_intermediate_size")),
        experts: experts, activeExperts: try topK(config, experts: experts),
        router: [Linear(hidden, experts)],
        otherParameters: 0)
    default:
      return nil
    }
  }

  /// `num_experts_per_tok`, which must not exceed the number of experts.
  static func topK(_ config: HuggingFaceConfig, experts: Int) throws(ModelImportError) -> Int {
    let active = try config.count("num_experts_per_tok")
    guard active <= experts else {
      throw .invalidValue(
        path: config.path, key: "num_experts_per_tok", value: String(active),
        allowed: "at most the number of experts (\(experts))")
    }
    return active
  }
}
