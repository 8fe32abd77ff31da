import TrainingCompute

/// Whisper (`modeling_whisper.py` in Transformers, `WhisperForConditionalGeneration`; Radford et
/// al. 2022): BART's encoder and decoder layers (pre-norm; no bias on the key projections) with
/// an audio encoder in place of BART's token encoder. The encoder reads `num_mel_bins` log-mel
/// channels of `2 · max_source_positions` frames through two 1-D convolutions of kernel 3 and
/// padding 1 (the second of stride 2), each with bias and followed by GELU, to
/// `max_source_positions` positions, adds a position table of as many rows, and ends in a
/// LayerNorm; the decoder has a token embedding tied to the output head, `max_target_positions`
/// learned positions and a final LayerNorm, and every decoder layer's cross-attention reads all
/// encoder positions.
enum WhisperFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let hidden = try config.count("d_model")
    let (encoderLayer, decoderLayer) = try BARTFamily.layers(config, hidden: hidden, hasKeyBias: false)
    let positions = try config.count("max_source_positions")
    let melBins = try config.count("num_mel_bins")
    let frames = positions.multiplied(saturating: 2)
    var encoder = Architecture(
      modelType: "whisper_encoder", vocabularySize: 0, hiddenSize: hidden, tokenEmbedding: 0,
      positionEmbedding: positions.multiplied(saturating: hidden), otherParameters: 2 * hidden,
      layers: Array(repeating: encoderLayer, count: try config.layerCount("encoder_layers")),
      encoderLayers: 0,
      outputHead: nil, isOutputHeadTied: false, isEncoderOnly: true)
    encoder.audio = Architecture.AudioFrontEnd(
      melBins: melBins, frames: frames,
      convolutions: [
        Convolution(inputChannels: melBins, outputChannels: hidden, kernel: [3], padding: [1]),
        Convolution(inputChannels: hidden, outputChannels: hidden, kernel: [3], stride: [2], padding: [1]),
      ], positions: positions)
    encoder.activation = try config.activation(default: .gelu)
    let target = try config.count("max_target_positions")
    var architecture = try GPTFamilies.decoder(
      config, hidden: hidden, layer: decoderLayer, layerKey: ["decoder_layers"],
      positions: target.multiplied(saturating: hidden), other: 2 * hidden,
      isTied: try config.flag("tie_word_embeddings", default: true), headBias: false)
    architecture.tower = Architecture.Tower(encoder, role: .encoder, inputName: "input_features")
    architecture.maxSequenceLength = target
    let seconds = frames % 100 == 0 ? String(frames / 100) : String(Double(frames) / 100)
    architecture.assumptions = [
      "assuming \(seconds) s of audio per example (\(frames) frames of 10 ms, \(melBins) mel bins): \(positions) encoder positions after the two convolutions, every one read by each decoder layer's cross-attention; a token is a decoder token, and the encoder's work is counted once per example"
    ]
    return architecture
  }
}
