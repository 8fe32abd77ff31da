/// BART (`modeling_bart.py` in Transformers, `BartForConditionalGeneration`; Lewis et al. 2020):
/// an encoder of `encoder_layers` and a decoder of `decoder_layers` post-norm layers (attention
/// and MLP with biases, LayerNorm after each; the decoder adds cross-attention over the encoder's
/// output), one token embedding shared by both stacks and the tied head, a learned position table
/// of `max_position_embeddings + 2` rows in each stack (positions are offset by 2) and a
/// LayerNorm on each stack's embeddings (`layernorm_embedding`). `final_logits_bias` is a buffer,
/// not a parameter, as Transformers counts it.
enum BARTFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("d_model")
    let (encoderLayer, decoderLayer) = try layers(config, hidden: hidden, hasKeyBias: true)
    let encoderCount = try config.layerCount("encoder_layers")
    let decoderCount = try config.layerCount("decoder_layers")
    let vocabulary = try config.count("vocab_size")
    var architecture = Architecture(
      modelType: "bart", vocabularySize: vocabulary, hiddenSize: hidden, tokenEmbedding: vocabulary * hidden,
      positionEmbedding: 2 * (try config.count("max_position_embeddings") + 2) * hidden,
      otherParameters: 4 * hidden,
      layers: Array(repeating: encoderLayer, count: encoderCount)
        + Array(repeating: decoderLayer, count: decoderCount),
      encoderLayers: encoderCount, outputHead: Linear(hidden, vocabulary),
      isOutputHeadTied: try config.flag("tie_word_embeddings", default: true))
    architecture.assumptions = [
      "BART's encoder and decoder are counted on sequences of the same length, the decoder's cross-attention reading every encoder position"
    ]
    return architecture
  }

  /// An encoder layer (self-attention and MLP, two norms) and a decoder layer (self-attention,
  /// cross-attention and MLP, three norms) of width `hidden`, with biases on every projection
  /// but, when `hasKeyBias` is false, the key projections (Whisper).
  static func layers(_ config: HuggingFaceConfig, hidden: Int, hasKeyBias: Bool) throws(ModelImportError)
    -> (encoder: Architecture.Layer, decoder: Architecture.Layer)
  {
    func attention(_ key: String) throws(ModelImportError) -> Architecture.Attention {
      let heads = try config.count(key)
      let head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: key)
      var block = TransformerParts.attention(
        hidden: hidden, heads: heads, keyValueHeads: heads, headSize: head, hasQKVBias: true,
        hasOutputBias: true)
      block.projections[1].hasBias = hasKeyBias
      return block
    }
    let encoder = Architecture.Layer(
      attention: try attention("encoder_attention_heads"),
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("encoder_ffn_dim"), hasBias: true)),
      normParameters: 4 * hidden)
    let decoderAttention = try attention("decoder_attention_heads")
    let decoder = Architecture.Layer(
      attention: decoderAttention, crossAttention: decoderAttention,
      feedForward: .dense(
        TransformerParts.mlp(hidden: hidden, inner: try config.count("decoder_ffn_dim"), hasBias: true)),
      normParameters: 6 * hidden)
    return (encoder, decoder)
  }
}
