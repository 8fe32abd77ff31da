import TrainingCompute

/// DeepSeek-V2 and V3 (`modeling_deepseek_v3.py`): multi-head latent attention (low-rank query and
/// key/value projections with their RMSNorms), the first `first_k_dense_replace` layers dense, the
/// rest routed experts plus `n_shared_experts` shared ones. The multi-token-prediction module
/// (`num_nextn_predict_layers`) is not part of the Transformers model and is not counted, as in
/// the published 671B total of DeepSeek-V3.
enum DeepSeekFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig, modelType: String) throws(ModelImportError)
    -> Architecture
  {
    let hidden = try config.count("hidden_size")
    let layerCount = try config.layerCount("num_hidden_layers")
    let attention = try latentAttention(config, hidden: hidden)
    let firstDense = try config.wholeNumber("first_k_dense_replace", default: 0)
    let frequency = try config.optionalCount("moe_layer_freq") ?? 1
    let routed = try config.wholeNumber("n_routed_experts", default: 0)
    let dense = Architecture.FeedForward.dense(
      TransformerParts.gatedMLP(hidden: hidden, inner: try config.count("intermediate_size")))
    var layers: [Architecture.Layer] = []
    for index in 0..<layerCount {
      var feedForward = dense
      if routed > 0, index >= firstDense, index % frequency == 0 {
        let expertInner = try config.count("moe_intermediate_size")
        let shared = try config.wholeNumber("n_shared_experts", default: 0)
        let active = try LlamaFamilies.topK(config, experts: routed)
        // V3's "noaux_tc" router keeps a score-correction bias per expert.
        let correction = try config.optionalString("topk_method") == "noaux_tc" ? routed : 0
        feedForward = Architecture.FeedForward(
          dense: shared > 0 ? TransformerParts.gatedMLP(hidden: hidden, inner: shared * expertInner) : [],
          expert: TransformerParts.gatedMLP(hidden: hidden, inner: expertInner), experts: routed,
          activeExperts: active, router: [Linear(hidden, routed)], otherParameters: correction)
      }
      layers.append(
        Architecture.Layer(attention: attention, feedForward: feedForward, normParameters: 2 * hidden))
    }
    let vocabulary = try config.count("vocab_size")
    var architecture = Architecture(
      modelType: modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden,
      positionEmbedding: 0, otherParameters: hidden, layers: layers, encoderLayers: 0,
      outputHead: Linear(hidden, vocabulary),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: false))
    architecture.normalization = .rms
    return architecture
  }

  /// Multi-head latent attention; without `q_lora_rank` (V2-Lite) the query projection is direct.
  static func latentAttention(_ config: HuggingFaceConfig, hidden: Int) throws(ModelImportError)
    -> Architecture.Attention
  {
    let latent = LatentAttention(
      modelDimension: hidden, heads: try config.count("num_attention_heads"),
      queryRank: try config.optionalCount("q_lora_rank"), keyValueRank: try config.count("kv_lora_rank"),
      positionFreeHeadDimension: try config.count("qk_nope_head_dim"),
      rotaryHeadDimension: try config.count("qk_rope_head_dim"),
      valueHeadDimension: try config.count("v_head_dim"),
      hasBias: try config.flag("attention_bias", default: false))
    return Architecture.Attention(
      projections: latent.projections.map {
        Linear($0.inputFeatures, $0.outputFeatures, hasBias: $0.hasBias)
      },
      otherParameters: latent.keyValueRank.adding(saturating: latent.queryRank ?? 0), heads: latent.heads,
      keyHeadSize: latent.keyHeadDimension, valueHeadSize: latent.valueHeadDimension, latent: latent)
  }
}
