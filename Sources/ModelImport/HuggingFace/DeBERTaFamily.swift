import Foundation
import TrainingCompute

/// DeBERTa-v2 and DeBERTa-v3 (`modeling_deberta_v2.py` in Transformers, the bare
/// `DebertaV2Model`, which has no pooler): BERT's layers with disentangled attention
/// (`relative_attention`) over a relative-position table of `2·position_buckets` rows (or twice
/// `max_relative_positions`, or twice `max_position_embeddings`) and its LayerNorm
/// (`norm_rel_ebd`), content-to-position and position-to-content terms (`pos_att_type`), the
/// table through the content key and query projections when `share_att_key`, else through
/// projections of its own; learned absolute positions only when `position_biased_input`; token
/// types when `type_vocab_size` > 0; one LayerNorm after the embeddings.
enum DeBERTaFamily {
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("hidden_size")
    if let width = try config.optionalCount("embedding_size"), width != hidden {
      throw .invalidValue(
        path: config.path, key: "embedding_size", value: String(width),
        allowed: "equal to hidden_size \(hidden) (DeBERTa's embedding projection is not laid out yet)")
    }
    if try config.wholeNumber("conv_kernel_size", default: 0) > 0 {
      throw .invalidValue(
        path: config.path, key: "conv_kernel_size", value: config.values["conv_kernel_size"]?.text ?? "",
        allowed: "0 or absent (DeBERTa's convolution layer is not laid out yet)")
    }
    let heads = try config.count("num_attention_heads")
    let head = try TransformerParts.headSize(
      hidden: hidden, heads: heads, config: config, key: "num_attention_heads")
    let maxPositions = try config.count("max_position_embeddings")
    var attention = TransformerParts.attention(
      hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: true,
      hasOutputBias: true)
    var tableRows = 0
    var other = 2 * hidden
    var assumptions: [String] = []
    if try config.flag("relative_attention", default: false) {
      var span = try positiveOrFallback(config, "position_buckets", fallback: nil) ?? 0
      if span == 0 {
        span =
          try positiveOrFallback(config, "max_relative_positions", fallback: maxPositions) ?? maxPositions
      }
      tableRows = 2 * span
      let terms = try relativeTerms(config)
      attention.disentangled = DisentangledAttention(
        content: TrainingCompute.Attention(
          modelDimension: hidden, heads: heads, headDimension: head, hasBias: true),
        relativePositions: tableRows, hasContentToPosition: terms.contains("c2p"),
        hasPositionToContent: terms.contains("p2c"),
        sharesProjections: try config.flag("share_att_key", default: false))
      attention.otherParameters = attention.disentangled?.positionProjectionParameters ?? 0
      let norms = try config.optionalString("norm_rel_ebd") ?? "none"
      if norms.split(separator: "|").contains(where: {
        $0.trimmingCharacters(in: .whitespaces) == "layer_norm"
      }) {
        other += 2 * hidden
      }
      assumptions.append(
        "DeBERTa's relative-position table (\(tableRows) rows) goes through each layer's projections once per sequence, as Transformers does it once per batch; the gathers by relative distance are counted as copies"
      )
    }
    let layer = Architecture.Layer(
      attention: attention,
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("intermediate_size"), hasBias: true)),
      normParameters: 4 * hidden)
    let vocabulary = try config.count("vocab_size")
    let absolute = try config.flag("position_biased_input", default: true) ? maxPositions : 0
    let positions = absolute + (try config.wholeNumber("type_vocab_size", default: 0))
    var architecture = Architecture(
      modelType: "deberta-v2", vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary * hidden, positionEmbedding: positions * hidden, otherParameters: other,
      layers: Array(repeating: layer, count: try config.layerCount("num_hidden_layers")), encoderLayers: 0,
      outputHead: nil, isOutputHeadTied: false, isEncoderOnly: true)
    architecture.relativePositionEmbedding = tableRows * hidden
    architecture.assumptions = assumptions
    return architecture
  }

  /// A size under `key` when it is a whole number ≥ 1; `fallback` when absent, null or below 1
  /// (Transformers' -1 for "not set").
  static func positiveOrFallback(_ config: HuggingFaceConfig, _ key: String, fallback: Int?)
    throws(ModelImportError) -> Int?
  {
    guard case .number(let number)? = config.values[key], number >= 1 else { return fallback }
    return try config.optionalCount(key)
  }

  /// `pos_att_type` as its terms: "p2c|c2p" or a list of names, each c2p or p2c.
  static func relativeTerms(_ config: HuggingFaceConfig) throws(ModelImportError) -> [String] {
    var terms: [String] = []
    switch config.values["pos_att_type"] {
    case nil, .null?: return []
    case .string(let text)?:
      terms = text.lowercased().split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    case .array(let items)?:
      for item in items {
        guard case .string(let name) = item else { return try refuseTerms(config) }
        terms.append(name.lowercased())
      }
    default: return try refuseTerms(config)
    }
    guard terms.allSatisfy({ $0 == "c2p" || $0 == "p2c" }) else { return try refuseTerms(config) }
    return terms
  }

  static func refuseTerms(_ config: HuggingFaceConfig) throws(ModelImportError) -> [String] {
    throw .invalidValue(
      path: config.path, key: "pos_att_type", value: config.values["pos_att_type"]?.text ?? "",
      allowed: "\"c2p\", \"p2c\" or \"p2c|c2p\" (a string or a list)")
  }
}
