import TrainingCompute

/// ViT (`modeling_vit.py` in Transformers, the bare `ViTModel` with its pooler; Dosovitskiy et
/// al. 2021): a square image of `image_size` cut into (`image_size` ÷ `patch_size`)² patches,
/// each projected to `hidden_size` by a strided convolution with bias, a class token before them,
/// learned positions for every patch and the class token, pre-norm encoder layers (biases on Q,
/// K, V when `qkv_bias`, on the output and the MLP always), a final LayerNorm and the pooler
/// (dense `hidden_size → pooler_output_size` and tanh on the class token).
enum ViTFamily {
  typealias Linear = TransformerArchitecture.Linear
  typealias Architecture = TransformerArchitecture

  static func architecture(_ config: HuggingFaceConfig) throws(ModelImportError) -> Architecture {
    var architecture = try encoder(config, keyPrefix: "", modelType: "vit")
    let hidden = architecture.hiddenSize
    architecture.pooler = Linear(
      hidden, try config.optionalCount("pooler_output_size") ?? hidden, hasBias: true)
    let patches =
      architecture.patches ?? Architecture.Patches(channels: 0, size: 0, count: 0, hasClassToken: true)
    let image = try config.count("image_size")
    architecture.assumptions = [
      "One example is one \(image)×\(image) image of \(patches.channels) channels: \(patches.count) patches of \(patches.size)×\(patches.size) and the class token, \(patches.positions) positions; a token is a patch, and the strided patch convolution is counted as the same linear map on each patch"
    ]
    return architecture
  }

  /// A ViT encoder read from the keys under `keyPrefix` (`""`, or `vision_config.` for CLIP's
  /// vision tower): patches with a class token, learned positions, the layers and a final
  /// LayerNorm; no pooler.
  static func encoder(_ config: HuggingFaceConfig, keyPrefix: String, modelType: String)
    throws(ModelImportError) -> Architecture
  {
    func key(_ name: String) -> String { keyPrefix + name }
    let shape = try AttentionShape.read(config, keyPrefix: keyPrefix, readsKeyValueHeads: false)
    let hidden = shape.hidden
    let image = try config.count(key("image_size"))
    let patch = try config.count(key("patch_size"))
    guard patch <= image else {
      throw .invalidValue(
        path: config.path, key: key("patch_size"), value: String(patch),
        allowed: "at most image_size (\(image))")
    }
    let side = image / patch
    let patches = Architecture.Patches(
      channels: try config.optionalCount(key("num_channels")) ?? 3, size: patch,
      count: side.multiplied(saturating: side),
      hasClassToken: true)
    let layer = TransformerParts.encoderLayer(
      shape, inner: try config.count(key("intermediate_size")),
      hasQKVBias: try config.flag(key("qkv_bias"), default: true))
    var architecture = Architecture(
      modelType: modelType, vocabularySize: 0, hiddenSize: hidden, tokenEmbedding: 0,
      positionEmbedding: patches.positions.multiplied(saturating: hidden), otherParameters: 2 * hidden,
      layers: Array(repeating: layer, count: try config.layerCount(key("num_hidden_layers"))),
      encoderLayers: 0,
      outputHead: nil, isOutputHeadTied: false, isEncoderOnly: true)
    architecture.patches = patches
    return architecture
  }
}
