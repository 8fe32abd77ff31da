/// The kind of network, which says how far the parameter count stands for the forward work.
public enum Architecture: String, Sendable, Codable, CaseIterable {
  /// A dense transformer: forward FLOP per token ≈ 2 × parameters (plus attention).
  case transformer
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
    "transformer": .transformer, "moe": .mixtureOfExperts, "mixture-of-experts": .mixtureOfExperts,
    "cnn": .convolutional, "convolutional": .convolutional, "rnn": .recurrent, "lstm": .recurrent,
    "recurrent": .recurrent, "mlp": .dense, "dense": .dense, "other": .other,
  ]

  /// Whether the network reuses each weight many times per example (convolution, recurrence).
  public var reusesWeights: Bool { self == .convolutional || self == .recurrent }
}
