/// Decoders with two-matrix MLPs and LayerNorm, laid out per family as its modelling file in
/// Transformers has them:
/// - GPTBigCode (StarCoder, SantaCoder; `modeling_gpt_bigcode.py`): GPT-2 with multi-query
///   attention (one fused `c_attn` of `d + 2·head` outputs when `multi_query`), learned positions;
/// - GPT-Neo (`modeling_gpt_neo.py`): GPT-2 with Q, K, V without biases; its local layers mask
///   beyond `window_size` but compute the whole score matrix, as counted here;
/// - StarCoder2 (`modeling_starcoder2.py`): rotary, grouped-query attention, biases everywhere
///   (`use_bias`), tied head;
/// - Phi-1.5/Phi-2 (`modeling_phi.py`): attention and MLP in parallel after one LayerNorm, biases
///   everywhere, an untied head with a bias;
/// - MPT (`modeling_mpt.py`): ALiBi (no position weights), no biases and LayerNorm without shift
///   when `no_bias`, an MLP of `expansion_ratio · d`, tied head.
enum GPTVariantFamilies {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func gptBigCode(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("n_embd", "hidden_size")
    let heads = try config.count("n_head", "num_attention_heads")
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "n_head")
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads,
        keyValueHeads: try config.flag("multi_query", default: true) ? 1 : heads, headSize: head,
        hasQKVBias: true, hasOutputBias: true),
      feedForward: .dense(
        TransformerParts.mlp(
          hidden: hidden, inner: try config.optionalCount("n_inner") ?? 4 * hidden, hasBias: true)),
      normParameters: 4 * hidden)
    return try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["n_layer", "num_hidden_layers"],
      positions: try config.count("n_positions", "max_position_embeddings") * hidden, other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
  }

  static func gptNeo(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    let heads = try config.count("num_heads")
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "num_heads")
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: false,
        hasOutputBias: true),
      feedForward: .dense(
        TransformerParts.mlp(
          hidden: hidden, inner: try config.optionalCount("intermediate_size") ?? 4 * hidden, hasBias: true)),
      normParameters: 4 * hidden)
    return try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_layers"],
      positions: try config.count("max_position_embeddings") * hidden, other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
  }

  static func starCoder2(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let shape = try AttentionShape.read(config)
    let hidden = shape.hidden
    let bias = try config.flag("use_bias", default: true)
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(shape, hasQKVBias: bias, hasOutputBias: bias),
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("intermediate_size"), hasBias: bias)),
      normParameters: 4 * hidden)
    return try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_hidden_layers"], positions: 0, other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
  }

  static func phi(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let shape = try AttentionShape.read(config)
    let hidden = shape.hidden
    guard try !config.flag("qk_layernorm", default: false) else {
      throw .invalidValue(
        path: config.path, key: "qk_layernorm", value: "true",
        allowed: "false (Phi's per-head LayerNorm with a shift is not laid out yet)")
    }
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(shape, hasQKVBias: true, hasOutputBias: true),
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("intermediate_size"), hasBias: true)),
      normParameters: 2 * hidden)
    return try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_hidden_layers"], positions: 0, other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: false), headBias: true)
  }

  static func mpt(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("d_model")
    let heads = try config.count("n_heads")
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "n_heads")
    let hasBias = !(try config.flag("no_bias", default: true))
    let norm = hasBias ? 2 * hidden : hidden
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: hasBias,
        hasOutputBias: hasBias),
      feedForward: .dense(
        TransformerParts.mlp(
          hidden: hidden, inner: (try config.optionalCount("expansion_ratio") ?? 4) * hidden, hasBias: hasBias
        )),
      normParameters: 2 * norm)
    var architecture = try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["n_layers"], positions: 0, other: norm,
      isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
    architecture.normHasBias = hasBias
    return architecture
  }
}
