/// GPT-2, GPT-NeoX/Pythia, GPT-J, OPT, BLOOM and Falcon: learned or rotary positions, LayerNorm
/// with bias (2·d parameters each), biases as each family's modelling file has them.
enum GPTFamilies {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  /// GPT-2 (`modeling_gpt2.py`): fused c_attn with bias, learned positions, tied head.
  static func gpt2(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("n_embd", "hidden_size")
    let heads = try config.count("n_head", "num_attention_heads")
    let inner = try config.optionalCount("n_inner") ?? 4 * hidden
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "n_head")
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: true,
        hasOutputBias: true),
      feedForward: .dense(TransformerParts.mlp(hidden: hidden, inner: inner, hasBias: true)),
      normParameters: 4 * hidden)
    return try decoder(
      config, hidden: hidden, layer: layer, layerKey: ["n_layer", "num_hidden_layers"],
      positions: try config.count("n_positions", "max_position_embeddings") * hidden,
      other: 2 * hidden, isTied: true, headBias: false)
  }

  /// GPT-NeoX and Pythia (`modeling_gpt_neox.py`): rotary, two LayerNorms, untied `embed_out`.
  static func neox(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    let heads = try config.count("num_attention_heads")
    let head = try TransformerParts.headSize(
      hidden: hidden, heads: heads, config: config, key: "num_attention_heads")
    let bias = try config.flag("attention_bias", default: true)
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: bias,
        hasOutputBias: bias),
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("intermediate_size"), hasBias: true)),
      normParameters: 4 * hidden)
    return try decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_hidden_layers"], positions: 0, other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: false), headBias: false)
  }

  /// GPT-J (`modeling_gptj.py`): one LayerNorm per layer (parallel attention and MLP), attention
  /// without biases, an untied head with a bias.
  static func gptj(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("n_embd", "hidden_size")
    let heads = try config.count("n_head", "num_attention_heads")
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "n_head")
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: false,
        hasOutputBias: false),
      feedForward: .dense(
        TransformerParts.mlp(
          hidden: hidden, inner: try config.optionalCount("n_inner") ?? 4 * hidden, hasBias: true)),
      normParameters: 2 * hidden)
    return try decoder(
      config, hidden: hidden, layer: layer, layerKey: ["n_layer", "num_hidden_layers"], positions: 0,
      other: 2 * hidden, isTied: try config.flag("tie_word_embeddings", default: false), headBias: true)
  }

  /// OPT (`modeling_opt.py`): learned positions with an offset of 2, optional projections when
  /// `word_embed_proj_dim` differs from the width, final LayerNorm only in pre-norm models.
  static func opt(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    let heads = try config.count("num_attention_heads")
    let head = try TransformerParts.headSize(
      hidden: hidden, heads: heads, config: config, key: "num_attention_heads")
    let bias = try config.flag("enable_bias", default: true)
    let affine = try config.flag("layer_norm_elementwise_affine", default: true)
    let norm = affine ? 2 * hidden : 0
    let projection = try config.optionalCount("word_embed_proj_dim") ?? hidden
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: bias,
        hasOutputBias: bias),
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("ffn_dim"), hasBias: bias)),
      normParameters: 2 * norm)
    let other = try config.flag("do_layer_norm_before", default: true) ? norm : 0
    var architecture = try decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_hidden_layers"],
      positions: (try config.count("max_position_embeddings") + 2) * hidden, other: other,
      isTied: try config.flag("tie_word_embeddings", default: true), headBias: false,
      embeddingWidth: projection)
    architecture.tokenEmbedding = architecture.vocabularySize * projection
    if projection != hidden {
      architecture.embeddingProjections = [Linear(projection, hidden), Linear(hidden, projection)]
    }
    return architecture
  }

  /// BLOOM (`modeling_bloom.py`): ALiBi (no position weights), a LayerNorm after the embedding.
  static func bloom(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size", "n_embed")
    let heads = try config.count("n_head", "num_attention_heads")
    let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: "n_head")
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: true,
        hasOutputBias: true),
      feedForward: .dense(TransformerParts.mlp(hidden: hidden, inner: 4 * hidden, hasBias: true)),
      normParameters: 4 * hidden)
    return try decoder(
      config, hidden: hidden, layer: layer, layerKey: ["n_layer", "num_hidden_layers"], positions: 0,
      other: 4 * hidden, isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
  }

  /// Falcon (`modeling_falcon.py`): multi-query or grouped-query attention in one fused projection,
  /// one or two LayerNorms per layer depending on `new_decoder_architecture` and `parallel_attn`.
  static func falcon(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size", "n_embed")
    let heads = try config.count("num_attention_heads", "n_head")
    let head = try TransformerParts.headSize(
      hidden: hidden, heads: heads, config: config, key: "num_attention_heads")
    let isNew = try config.flag("new_decoder_architecture", default: false)
    let isMultiQuery = try config.flag("multi_query", default: true)
    let keyValueHeads =
      isNew ? try config.count("num_kv_heads", "n_head_kv") : (isMultiQuery ? 1 : heads)
    let bias = try config.flag("bias", default: false)
    let isParallel = try config.flag("parallel_attn", default: true)
    let norms: Int
    if isNew {
      norms = (try config.optionalCount("num_ln_in_parallel_attn") ?? 2) * 2 * hidden
    } else {
      norms = (isParallel ? 1 : 2) * 2 * hidden
    }
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: keyValueHeads, headSize: head, hasQKVBias: bias,
        hasOutputBias: bias),
      feedForward: .dense(
        TransformerParts.mlp(
          hidden: hidden, inner: try config.optionalCount("ffn_hidden_size") ?? 4 * hidden, hasBias: bias)),
      normParameters: norms)
    return try decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_hidden_layers", "n_layer"], positions: 0,
      other: 2 * hidden, isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
  }

  /// A decoder-only model of identical layers.
  static func decoder(
    _ config: HuggingFaceConfig, hidden: Int, layer: Architecture.Layer, layerKey: [String], positions: Int,
    other: Int, isTied: Bool, headBias: Bool, embeddingWidth: Int? = nil
  ) throws(ModelImportError) -> Architecture {
    let layerCount = try config.layerCount(layerKey)
    let vocabulary = try config.count("vocab_size")
    let width = embeddingWidth ?? hidden
    return Architecture(
      modelType: try config.modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * width, positionEmbedding: positions, otherParameters: other,
      layers: Array(repeating: layer, count: layerCount), encoderLayers: 0,
      outputHead: Linear(width, vocabulary, hasBias: headBias), isOutputHeadTied: isTied)
  }
}
