import TrainingCompute

/// BERT, RoBERTa and XLM-RoBERTa (`modeling_bert.py`, the bare model with its pooler, as `BertModel`
/// counts), ELECTRA (`modeling_electra.py`: BERT without the pooler), DistilBERT
/// (`modeling_distilbert.py`: no token types, no pooler, its own key names) and
/// T5 (`modeling_t5.py`, `T5ForConditionalGeneration`: one shared embedding, relative-position
/// biases in the first layer of each stack, RMSNorm without bias, ReLU or gated-GELU MLPs).
enum EncoderFamilies {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func bert(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let modelType = try config.modelType
    let hidden = try config.count("hidden_size")
    if modelType == "electra", let width = try config.optionalCount("embedding_size"), width != hidden {
      throw .invalidValue(
        path: config.path, key: "embedding_size", value: String(width),
        allowed: "equal to hidden_size \(hidden) (ELECTRA's embedding projection is not laid out yet)")
    }
    let shape = try AttentionShape.read(config, readsKeyValueHeads: false)
    let layer = TransformerParts.encoderLayer(shape, inner: try config.count("intermediate_size"))
    let vocabulary = try config.count("vocab_size")
    let positions =
      try config.count("max_position_embeddings") + (try config.wholeNumber("type_vocab_size", default: 2))
    return Architecture(
      modelType: try config.modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden, positionEmbedding: positions * hidden,
      otherParameters: 2 * hidden,
      layers: Array(repeating: layer, count: try config.layerCount("num_hidden_layers")), encoderLayers: 0,
      outputHead: nil, isOutputHeadTied: false, isEncoderOnly: true,
      pooler: modelType == "electra" ? nil : Linear(hidden, hidden, hasBias: true))
  }

  static func distilBERT(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let shape = try AttentionShape.read(
      config, widthKeys: ["dim"], headKeys: ["n_heads"], readsKeyValueHeads: false)
    let hidden = shape.hidden
    let layer = TransformerParts.encoderLayer(shape, inner: try config.count("hidden_dim"))
    let vocabulary = try config.count("vocab_size")
    return Architecture(
      modelType: "distilbert", vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden,
      positionEmbedding: try config.count("max_position_embeddings") * hidden,
      otherParameters: 2 * hidden,
      layers: Array(repeating: layer, count: try config.layerCount("n_layers")), encoderLayers: 0,
      outputHead: nil, isOutputHeadTied: false, isEncoderOnly: true)
  }

  static func t5(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("d_model")
    let heads = try config.count("num_heads")
    let head = try config.count("d_kv")
    let inner = try config.count("d_ff")
    let encoderCount = try config.layerCount("num_layers")
    let decoderCount =
      try config.optionalCount("num_decoder_layers", limit: HuggingFaceConfig.layerLimit) ?? encoderCount
    let projection = try config.optionalString("feed_forward_proj") ?? "relu"
    let isGated = projection.hasPrefix("gated-")
    let activation = isGated ? String(projection.dropFirst("gated-".count)) : projection
    try config.require("feed_forward_proj", activation, in: ["relu", "gelu", "gelu_new", "silu"])
    let feedForward = Architecture.FeedForward.dense(
      isGated
        ? TransformerParts.gatedMLP(hidden: hidden, inner: inner)
        : TransformerParts.mlp(hidden: hidden, inner: inner, hasBias: false))
    let attention = TransformerParts.attention(
      hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: false,
      hasOutputBias: false)
    let encoderLayer = Architecture.Layer(
      attention: attention, feedForward: feedForward, normParameters: 2 * hidden)
    let decoderLayer = Architecture.Layer(
      attention: attention, crossAttention: attention, feedForward: feedForward, normParameters: 3 * hidden)
    let buckets = try config.wholeNumber("relative_attention_num_buckets", default: 32)
    let vocabulary = try config.count("vocab_size")
    var architecture = Architecture(
      modelType: try config.modelType, vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden,
      positionEmbedding: 0, otherParameters: 2 * hidden,
      layers: Array(repeating: encoderLayer, count: encoderCount)
        + Array(repeating: decoderLayer, count: decoderCount),
      encoderLayers: encoderCount, outputHead: Linear(hidden, vocabulary),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: true))
    architecture.normalization = .rms
    architecture.relativePositionTables = 2
    architecture.relativePositionBuckets = buckets
    architecture.activation = try HuggingFaceConfig.activation(
      named: activation == "gelu_new" ? "gelu" : activation, key: "feed_forward_proj", path: config.path)
    return architecture
  }
}
