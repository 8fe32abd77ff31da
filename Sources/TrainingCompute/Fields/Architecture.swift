/// The kind of network, which says how far the parameter count stands for the forward work.
public enum Architecture: String, Sendable, Codable, CaseIterable {
  /// A dense transformer: forward FLOP per token ≈ 2 × parameters (plus attention).
  case transformer
  /// An encoder-decoder transformer (T5, BART): a token passes through the encoder or the
  /// decoder, not both, so from parameters and tokens the forward work per token is about half
  /// of 6ND's (`EncoderDecoderSplit`).
  case encoderDecoder = "encoder-decoder"
  /// A mixture-of-experts transformer: only the active parameters do work per token.
  case mixtureOfExperts = "moe"
  /// A convolutional network: each weight is reused at every position, so forward FLOP per
  /// example is many times 2 × parameters.
  case convolutional = "cnn"
  /// A recurrent network: weights reused at every step.
  case recurrent = "rnn"
  /// A fully connected network without weight sharing: forward FLOP = 2 × parameters exactly.
  case dense = "mlp"
  /// Anything else.
  case other

  /// The words accepted for each kind.
  static let words: KeyValuePairs<String, Architecture> = [
    "transformer": .transformer, "encoder-decoder": .encoderDecoder, "seq2seq": .encoderDecoder,
    "moe": .mixtureOfExperts, "mixture-of-experts": .mixtureOfExperts,
    "cnn": .convolutional, "convolutional": .convolutional, "rnn": .recurrent, "lstm": .recurrent,
    "recurrent": .recurrent, "mlp": .dense, "dense": .dense, "other": .other,
  ]

  /// Whether the network is a transformer of any kind, whose forward work is per token.
  var isTransformer: Bool { self == .transformer || self == .encoderDecoder || self == .mixtureOfExperts }

  /// Whether the network reuses each weight many times per example (convolution, recurrence).
  public var reusesWeights: Bool { self == .convolutional || self == .recurrent }
}
