import TrainingCompute

/// CLIP (`modeling_clip.py` in Transformers, the bare `CLIPModel`; Radford et al. 2021): a text
/// tower (`text_config`: token and learned position embeddings, pre-norm layers with biases
/// everywhere and a causal mask, a final LayerNorm) and a vision tower (`vision_config`: ViT's
/// patches, class token and positions, but a patch convolution without bias, a LayerNorm before
/// the layers as well as after them), the text's last state and the image's class token each
/// projected without bias to `projection_dim`, and their dot product scaled by a learned logit
/// scale (one parameter).
enum CLIPFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    let flat = config.flattening("text_config").flattening("vision_config")
    let shape = try AttentionShape.read(flat, keyPrefix: "text_config.", readsKeyValueHeads: false)
    let hidden = shape.hidden
    let layer = TransformerParts.encoderLayer(shape, inner: try flat.count("text_config.intermediate_size"))
    let vocabulary = try flat.count("text_config.vocab_size")
    let positions = try flat.count("text_config.max_position_embeddings")
    var vision = try ViTFamily.encoder(flat, keyPrefix: "vision_config.", modelType: "clip_vision_model")
    vision.patches?.hasBias = false
    vision.otherParameters = 4 * vision.hiddenSize
    vision.activation = try activation(flat, key: "vision_config.hidden_act")
    let projection = try flat.count("projection_dim")
    var architecture = Architecture(
      modelType: "clip", vocabularySize: vocabulary, hiddenSize: hidden,
      tokenEmbedding: vocabulary.multiplied(saturating: hidden),
      positionEmbedding: positions.multiplied(saturating: hidden), otherParameters: 2 * hidden,
      layers: Array(repeating: layer, count: try flat.layerCount("text_config.num_hidden_layers")),
      encoderLayers: 0, outputHead: nil, isOutputHeadTied: false)
    architecture.activation = try activation(flat, key: "text_config.hidden_act")
    architecture.tower = Architecture.Tower(
      vision,
      role: .contrastive(
        textProjection: Linear(hidden, projection), towerProjection: Linear(vision.hiddenSize, projection)),
      inputName: "pixel_values")
    architecture.maxSequenceLength = positions
    let patches = vision.patches ?? Architecture.Patches(channels: 0, size: 0, count: 0, hasClassToken: true)
    let side = try flat.count("vision_config.image_size")
    architecture.assumptions = [
      "assuming one \(side)×\(side) image of \(patches.channels) channels per text: \(patches.count) patches of \(patches.size)×\(patches.size) and the class token, \(patches.positions) positions in the vision tower, counted once per example (the strided patch convolution as the same linear map on each patch); a token is a text token, and the logits compare the one text with the one image",
      "CLIP's quick_gelu, x·σ(1.702x), is counted as GELU",
    ]
    return architecture
  }

  /// The activation under `key`, quick_gelu (CLIP's default) when absent.
  private static func activation(_ config: HuggingFaceConfig, key: String) throws(ModelImportError)
    -> Activation.Function
  {
    let name = try config.optionalString(key) ?? "quick_gelu"
    if name == "quick_gelu" { return .gelu }
    return try HuggingFaceConfig.activation(named: name, key: key, path: config.path)
  }
}
