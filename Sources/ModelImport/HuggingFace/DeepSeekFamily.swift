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
    let layerCount = try config.count("num_hidden_layers")
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
    return Architecture(
      modelType: modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden,
      positionEmbedding: 0, otherParameters: hidden, layers: layers, encoderLayers: 0,
      outputHead: Linear(hidden, vocabulary),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: false))
  }

  /// Multi-head latent attention; without `q_lora_rank` (V2-Lite) the query projection is direct.
  static func latentAttention(_ config: HuggingFaceConfig, hidden: Int) throws(ModelImportError)
    -> Architecture.Attention
  {
    let heads = try config.count("num_attention_heads")
    let nope = try config.count("qk_nope_head_dim")
    let rope = try config.count("qk_rope_head_dim")
    let value = try config.count("v_head_dim")
    let keyValueRank = try config.count("kv_lora_rank")
    let bias = try config.flag("attention_bias", default: false)
    var projections: [Linear] = []
    var norms = keyValueRank
    if let queryRank = try config.optionalCount("q_lora_rank") {
      projections += [Linear(hidden, queryRank, hasBias: bias), Linear(queryRank, heads * (nope + rope))]
      norms += queryRank
    } else {
      projections.append(Linear(hidden, heads * (nope + rope)))
    }
    projections += [
      Linear(hidden, keyValueRank + rope, hasBias: bias), Linear(keyValueRank, heads * (nope + value)),
      Linear(heads * value, hidden, hasBias: bias),
    ]
    return Architecture.Attention(
      projections: projections, otherParameters: norms, heads: heads, keyHeadSize: nope + rope,
      valueHeadSize: value)
  }
}
