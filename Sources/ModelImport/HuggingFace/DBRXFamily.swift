/// DBRX (`modeling_dbrx.py` in Transformers, `DbrxForCausalLM`): a decoder of `n_layers` blocks,
/// each a LayerNorm without bias, grouped-query attention in one fused `Wqkv` projection without
/// bias (`d + 2 · kv_n_heads · head` outputs), a second LayerNorm without bias and a mixture of
/// `moe_num_experts` gated (SwiGLU) experts of `ffn_hidden_size`, `moe_top_k` per token, through a
/// bias-free router; rotary positions, a final LayerNorm without bias, an untied head.
/// `clip_qkv` clamps the fused projection's output to ±clip_qkv: element-wise, no count changes.
enum DBRXFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let config = config.flattening("attn_config").flattening("ffn_config")
    let hidden = try config.count("d_model")
    let heads = try config.count("n_heads")
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "n_heads")
    let keyValueHeads = try config.count("attn_config.kv_n_heads")
    guard heads % keyValueHeads == 0 else {
      throw .invalidValue(
        path: config.path, key: "attn_config.kv_n_heads", value: String(keyValueHeads),
        allowed: "a divisor of n_heads (\(heads))")
    }
    let experts = try config.count("ffn_config.moe_num_experts")
    let active = try config.count("ffn_config.moe_top_k")
    guard active <= experts else {
      throw .invalidValue(
        path: config.path, key: "ffn_config.moe_top_k", value: String(active),
        allowed: "at most ffn_config.moe_num_experts (\(experts))")
    }
    let feedForward = Architecture.FeedForward(
      dense: [],
      expert: TransformerParts.gatedMLP(
        hidden: hidden, inner: try config.count("ffn_config.ffn_hidden_size")),
      experts: experts, activeExperts: active, router: [Linear(hidden, experts)], otherParameters: 0)
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: keyValueHeads, headSize: head, hasQKVBias: false,
        hasOutputBias: false),
      feedForward: feedForward, normParameters: 2 * hidden)
    var architecture = try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["n_layers"], positions: 0, other: hidden,
      isTied: try config.flag("tie_word_embeddings", default: false), headBias: false)
    architecture.normHasBias = false
    return architecture
  }
}
