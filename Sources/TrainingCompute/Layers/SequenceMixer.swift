/// A layer that mixes tokens along the sequence by a recurrence instead of attention: the
/// state-space and recurrent blocks of Mamba-type and RWKV models. Each case's formula lives in
/// its layer's file; this enum only lets the conventions and the importers hold them as values.
public enum SequenceMixer: Sendable, Equatable {
  /// A Mamba (Mamba-1) selective state-space mixer.
  case mamba(Mamba)
  /// A Mamba-2 state-space-duality mixer.
  case mamba2(Mamba2)
  /// RWKV-4's time mixing (the WKV recurrence).
  case rwkvTimeMix(RWKVTimeMix)
  /// RWKV-4's channel mixing (its feed-forward block, with a token shift).
  case rwkvChannelMix(RWKVChannelMix)

  /// The catalog layer.
  public var layer: any SequenceMixingLayer {
    switch self {
    case .mamba(let mixer): return mixer
    case .mamba2(let mixer): return mixer
    case .rwkvTimeMix(let mixer): return mixer
    case .rwkvChannelMix(let mixer): return mixer
    }
  }

  /// Parameters of the layer.
  public var parameterCount: Int { layer.parameterCount }

  /// Width of the residual stream the layer reads and writes.
  public var modelDimension: Int { layer.modelDimension }

  /// How the layer is counted, for an estimate's assumptions.
  public var assumption: String { layer.assumption }

  /// Forward matrix FLOP (products and convolutions, as FlopCounterMode counts them) of one
  /// sequence of `length` tokens: the layer's own cost, not a second formula.
  public func forwardMatrixFLOP(sequenceLength length: Int) -> Double {
    layer.cost(for: [TensorShape([max(length, 1), modelDimension])]).forward.matrix.value
  }
}

/// What the sequence mixers share: a `[L, d]` input and output, and a sentence on how they are
/// counted.
public protocol SequenceMixingLayer: Layer {
  /// Width `d` of the residual stream.
  var modelDimension: Int { get }
  /// Every parameter of the layer.
  var parameterCount: Int { get }
  /// How the layer is counted, for an estimate's assumptions.
  var assumption: String { get }
}

extension LayerIssue {
  /// The one input of a sequence mixer: `[sequence length, width]`, the width positive.
  static func tokens(_ inputs: [TensorShape], width: Int) throws(LayerIssue) -> TensorShape {
    try positive(width, field: "hidden_size")
    let input = try single(inputs)
    guard input.rank == 2 else {
      throw LayerIssue(field: "input shape", value: input.description, allowed: "[sequence length, \(width)]")
    }
    try lastDimension(of: input, equals: width, field: "hidden_size")
    return input
  }
}

extension Linear {
  /// The cost of this projection applied to each of `tokens` feature vectors.
  func cost(tokens: Int) -> LayerCost { cost(for: [TensorShape([tokens, inputFeatures])]) }
}
