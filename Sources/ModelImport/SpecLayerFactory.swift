import TrainingCompute

/// Builds a core layer from one spec object by its `type`. The fields each type takes are listed
/// in docs/model-spec.md; defaults follow PyTorch's.
enum SpecLayerFactory {
  /// Every `type` a spec may use.
  static let types = [
    "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
    "max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d", "avg_pool2d", "avg_pool3d",
    "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d", "adaptive_max_pool1d",
    "adaptive_max_pool2d", "adaptive_max_pool3d", "global_avg_pool", "global_max_pool",
    "batch_norm", "layer_norm", "rms_norm", "group_norm", "relu", "gelu", "silu", "swish", "tanh", "sigmoid",
    "softmax", "dropout", "embedding", "positional_embedding", "attention", "transformer_block", "rnn",
    "lstm",
    "gru", "moe", "add", "concat", "flatten", "reshape",
  ]

  static func layer(
    type: String, fields: inout SpecFields, isCausalByDefault: Bool
  ) throws(ModelImportError) -> any Layer {
    if let function = Activation.Function(rawValue: type == "swish" ? "silu" : type) {
      return Activation(function)
    }
    if let normalization = Normalization.Kind(rawValue: type) {
      return Normalization(
        normalization, features: try fields.int("features"),
        groups: try fields.int("groups", default: 1) ?? 1,
        isAffine: try fields.bool("affine", default: true), hasBias: try fields.bool("bias", default: true))
    }
    if type.hasPrefix("conv") { return try convolution(type: type, fields: &fields) }
    if type.contains("pool") { return try pooling(type: type, fields: &fields) }
    if let cell = Recurrent.Cell(rawValue: type) {
      return Recurrent(
        cell, inputSize: try fields.int("input_size"), hiddenSize: try fields.int("hidden_size"),
        layers: try fields.int("layers", default: 1) ?? 1,
        isBidirectional: try fields.bool("bidirectional", default: false),
        hasBias: try fields.bool("bias", default: true))
    }
    switch type {
    case "linear":
      return Linear(
        inputFeatures: try fields.int("in_features"), outputFeatures: try fields.int("out_features"),
        hasBias: try fields.bool("bias", default: true))
    case "dropout": return Dropout(rate: try fields.double("rate", default: 0.5))
    case "embedding":
      return Embedding(vocabulary: try fields.int("vocabulary"), dimension: try fields.int("dimension"))
    case "positional_embedding":
      return PositionalEmbedding(
        maxPositions: try fields.int("max_positions"), dimension: try fields.int("dimension"),
        isLearned: try fields.bool("learned", default: true))
    case "attention":
      return Attention(
        modelDimension: try fields.int("dimension"), heads: try fields.int("heads"),
        keyValueHeads: try fields.int("kv_heads", default: nil),
        headDimension: try fields.int("head_dimension", default: nil),
        hasBias: try fields.bool("bias", default: true),
        isCausal: try fields.bool("causal", default: isCausalByDefault))
    case "transformer_block":
      return try transformerBlock(fields: &fields, isCausalByDefault: isCausalByDefault)
    case "moe":
      return MixtureOfExperts(
        modelDimension: try fields.int("dimension"), expertDimension: try fields.int("expert_dimension"),
        experts: try fields.int("experts"), topK: try fields.int("top_k"),
        sharedExperts: try fields.int("shared_experts", default: 0) ?? 0,
        isGated: try fields.bool("gated", default: true),
        activation: try fields.choice("activation", default: Activation.Function.silu),
        hasBias: try fields.bool("bias", default: false))
    case "add": return Add()
    case "concat": return Concatenate(axis: try fields.int("axis", default: 0) ?? 0)
    case "flatten": return Reshape(.flatten(startAxis: try fields.int("start_axis", default: 0) ?? 0))
    case "reshape": return Reshape(.shape(try fields.requiredInts("shape")))
    default:
      throw fields.error("type", "'\(type)'", allowed: "one of " + types.joined(separator: ", "))
    }
  }

  static func transformerBlock(
    fields: inout SpecFields, isCausalByDefault: Bool
  ) throws(ModelImportError) -> any Layer {
    let norm = try fields.choice("norm", default: Normalization.Kind.layer)
    guard norm == .layer || norm == .rms else {
      throw fields.error("norm", "'\(norm.rawValue)'", allowed: "layer_norm or rms_norm")
    }
    return TransformerBlock(
      modelDimension: try fields.int("dimension"), heads: try fields.int("heads"),
      keyValueHeads: try fields.int("kv_heads", default: nil),
      feedForwardDimension: try fields.int("ff_dimension", default: nil),
      activation: try fields.choice("activation", default: Activation.Function.gelu),
      isGated: try fields.bool("gated", default: false), normalization: norm,
      hasBias: try fields.bool("bias", default: true),
      isCausal: try fields.bool("causal", default: isCausalByDefault))
  }

  static func rank(of type: String) -> Int { type.hasSuffix("1d") ? 1 : type.hasSuffix("3d") ? 3 : 2 }

  static func convolution(type: String, fields: inout SpecFields) throws(ModelImportError) -> any Layer {
    guard
      ["conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d"].contains(
        type)
    else { throw fields.error("type", "'\(type)'", allowed: "one of " + types.joined(separator: ", ")) }
    let rank = rank(of: type)
    var kernel = try fields.requiredInts("kernel")
    if kernel.count == 1 { kernel = Array(repeating: kernel[0], count: rank) }
    guard kernel.count == rank else {
      throw fields.error("kernel", "\(kernel)", allowed: "one size or \(rank) sizes for \(type)")
    }
    return Convolution(
      inputChannels: try fields.int("in_channels"), outputChannels: try fields.int("out_channels"),
      kernel: kernel, stride: try fields.ints("stride", default: [1]) ?? [1],
      padding: try fields.ints("padding", default: [0]) ?? [0],
      dilation: try fields.ints("dilation", default: [1]) ?? [1],
      groups: try fields.int("groups", default: 1) ?? 1,
      hasBias: try fields.bool("bias", default: true), isTransposed: type.contains("transpose"),
      outputPadding: try fields.ints("output_padding", default: [0]) ?? [0])
  }

  static func pooling(type: String, fields: inout SpecFields) throws(ModelImportError) -> any Layer {
    guard types.contains(type) else {
      throw fields.error("type", "'\(type)'", allowed: "one of " + types.joined(separator: ", "))
    }
    let reduction: Pooling.Reduction = type.contains("max") ? .max : .average
    if type.hasPrefix("global") { return Pooling(reduction, window: .global) }
    let rank = rank(of: type)
    if type.hasPrefix("adaptive") {
      return Pooling(
        reduction, window: .adaptive(outputSize: try fields.requiredInts("output_size")), spatialRank: rank)
    }
    let kernel = try fields.requiredInts("kernel")
    return Pooling.sliding(
      reduction, kernel: kernel, stride: try fields.ints("stride", default: nil),
      padding: try fields.ints("padding", default: [0]) ?? [0], spatialRank: rank)
  }
}
