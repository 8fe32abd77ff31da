/// Nemotron and Minitron (`modeling_nemotron.py` in Transformers, `NemotronForCausalLM`): a
/// decoder with grouped-query attention (biases when `attention_bias`), rotary positions on a
/// `partial_rotary_factor` share of each head (no weights either way), an MLP without gate — up
/// `d → intermediate_size`, squared ReLU (`relu2`), down (biases when `mlp_bias`) — and
/// `NemotronLayerNorm1P`, a LayerNorm with weight and bias whose scale is stored as weight − 1
/// (the same 2·d parameters): two per layer and one final; an untied head.
enum NemotronFamily {
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let shape = try AttentionShape.read(config, readsHeadDim: true)
    let hidden = shape.hidden
    let attentionBias = try config.flag("attention_bias", default: false)
    let layer = Architecture.Layer(
      attention: TransformerParts.attention(shape, hasQKVBias: attentionBias, hasOutputBias: attentionBias),
      feedForward: .dense(
        TransformerParts.mlp(
          hidden: hidden, inner: try config.count("intermediate_size"),
          hasBias: try config.flag("mlp_bias", default: false))),
      normParameters: 4 * hidden)
    return try GPTFamilies.decoder(
      config, hidden: hidden, layer: layer, layerKey: ["num_hidden_layers"], positions: 0, other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: false), headBias: false)
  }
}
