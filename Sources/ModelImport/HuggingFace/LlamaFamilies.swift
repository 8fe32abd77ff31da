/// Llama 1/2/3, Mistral, Mixtral, Qwen2/Qwen3 (dense and MoE), Gemma/Gemma 2 and Phi-3: rotary
/// positions, RMSNorm (d parameters each), gated MLPs (SwiGLU/GeGLU), grouped-query attention.
enum LlamaFamilies {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig, modelType: String) throws(ModelImportError)
    -> Architecture
  {
    let hidden = try config.count("hidden_size")
    let heads = try config.count("num_attention_heads")
    let keyValueHeads = try config.optionalCount("num_key_value_heads") ?? heads
    guard heads % keyValueHeads == 0 else {
      throw .invalidValue(
        path: config.path, key: "num_key_value_heads", value: String(keyValueHeads),
        allowed: "a divisor of num_attention_heads (\(heads))")
    }
    var head = try config.optionalCount("head_dim") ?? 0
    if head == 0 {
      head = try TransformerParts.headSize(
        hidden: hidden, heads: heads, config: config, key: "num_attention_heads")
    }
    let layerCount = try config.layerCount("num_hidden_layers")
    // Qwen2 and Qwen2-MoE put biases on Q, K and V only (`modeling_qwen2.py`).
    let isQwen2 = modelType == "qwen2" || modelType == "qwen2_moe"
    let attentionBias = try config.flag("attention_bias", default: false)
    let hasQKNorm = modelType == "qwen3" || modelType == "qwen3_moe"
    let attention = TransformerParts.attention(
      hidden: hidden, heads: heads, keyValueHeads: keyValueHeads, headSize: head,
      hasQKVBias: isQwen2 || attentionBias, hasOutputBias: attentionBias,
      otherParameters: hasQKNorm ? 2 * head : 0)
    let norms = (modelType == "gemma2" ? 4 : 2) * hidden
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
    let tiedDefault = modelType == "gemma" || modelType == "gemma2"
    return Architecture(
      modelType: modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden,
      positionEmbedding: 0, otherParameters: hidden, layers: layers, encoderLayers: 0,
      outputHead: Linear(hidden, vocabulary),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: tiedDefault))
  }

  /// The routed feed-forward block of layer `layer`, or `nil` where the layer is dense.
  static func moe(_ config: HuggingFaceConfig, modelType: String, hidden: Int, layer: Int)
    throws(ModelImportError)
    -> Architecture.FeedForward?
  {
    switch modelType {
    case "mixtral":
      // `modeling_mixtral.py`: experts of intermediate_size, a bias-free router.
      let experts = try config.count("num_local_experts")
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
