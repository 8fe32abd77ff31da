/// ALBERT (`modeling_albert.py` in Transformers, the bare `AlbertModel` with its pooler; Lan et al.
/// 2020): BERT with a factorised embedding — tokens, positions and token types at
/// `embedding_size`, a LayerNorm there, then one projection to `hidden_size` — and shared layers:
/// `num_hidden_groups` groups of `inner_group_num` layers, layer `i` of `num_hidden_layers`
/// running every layer of group `i ÷ (num_hidden_layers ÷ num_hidden_groups)`. The shared
/// weights are counted once, their products at every use.
enum ALBERTFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    let width = try config.count("embedding_size")
    let shape = try AttentionShape.read(config, readsKeyValueHeads: false)
    let layerCount = try config.layerCount("num_hidden_layers")
    let groups = try config.optionalCount("num_hidden_groups") ?? 1
    guard layerCount % groups == 0 else {
      throw .invalidValue(
        path: config.path, key: "num_hidden_groups", value: String(groups),
        allowed: "a divisor of num_hidden_layers (\(layerCount))")
    }
    let inner = try config.optionalCount("inner_group_num", limit: HuggingFaceConfig.layerLimit) ?? 1
    guard layerCount * inner <= HuggingFaceConfig.layerLimit else {
      throw .invalidValue(
        path: config.path, key: "inner_group_num", value: String(inner),
        allowed:
          "at most \(HuggingFaceConfig.layerLimit / layerCount), so that num_hidden_layers × inner_group_num runs at most \(HuggingFaceConfig.layerLimit) layers"
      )
    }
    let layer = TransformerParts.encoderLayer(shape, inner: try config.count("intermediate_size"))
    let perGroup = layerCount / groups
    var sources: [Int] = []
    for run in 0..<layerCount {
      for position in 0..<inner {
        // The group's weights live in the first layer that runs them.
        sources.append((run / perGroup) * perGroup * inner + position)
      }
    }
    let vocabulary = try config.count("vocab_size")
    let positions =
      try config.count("max_position_embeddings") + (try config.wholeNumber("type_vocab_size", default: 2))
    var architecture = Architecture(
      modelType: "albert", vocabularySize: vocabulary, hiddenSize: hidden, tokenEmbedding: vocabulary * width,
      positionEmbedding: positions * width, otherParameters: 0,
      layers: Array(repeating: layer, count: sources.count), encoderLayers: 0, outputHead: nil,
      isOutputHeadTied: false, isEncoderOnly: true, pooler: Linear(hidden, hidden, hasBias: true))
    architecture.embeddingNormWidth = width
    architecture.embeddingProjections = [Linear(width, hidden, hasBias: true)]
    architecture.sharedLayerSources = sources
    let distinct = architecture.distinctLayers.count
    architecture.assumptions = [
      "ALBERT shares its layers: \(distinct) distinct layer\(distinct == 1 ? "" : "s") (num_hidden_groups \(groups) × inner_group_num \(inner)) run \(sources.count) times; their parameters are counted once, their FLOP at every run, and each run computes its own weight gradient into the shared weights"
    ]
    return architecture
  }
}
