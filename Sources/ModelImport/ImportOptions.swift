import Foundation
public import TrainingCompute

/// What a model file alone does not say: sequence lengths, values of symbolic dimensions and
/// whether causal masking halves attention.
public struct ImportOptions: Sendable, Equatable {
  /// Training sequence lengths (transformer configs); `nil` means the config's context length.
  public var sequences: SequenceLengths?
  /// Values of an ONNX graph's symbolic dimensions, by name (`--dim batch=8`).
  public var dimensions: [String: Int]
  /// Causal (default) or full attention in decoder self-attention.
  public var masking: AttentionMasking

  /// Options; all have defaults.
  public init(
    sequences: SequenceLengths? = nil, dimensions: [String: Int] = [:], masking: AttentionMasking = .causal
  ) {
    self.sequences = sequences
    self.dimensions = dimensions
    self.masking = masking
  }

  /// Reads `NAME=VALUE` (`batch=8`) into `dimensions`.
  public static func dimension(_ text: String) throws(ModelImportError) -> (name: String, value: Int) {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, let value = Int(parts[1]), value > 0 else {
      throw .invalidBinding(
        text: text, allowed: "NAME=VALUE with a whole number VALUE greater than zero, such as batch=8")
    }
    return (parts[0], value)
  }

  /// Reads a comma-separated list of `NAME=VALUE` bindings (`batch=1,sequence=128`), each as
  /// `dimension(_:)` reads one `--dim`; a later binding of a name replaces an earlier one.
  public static func dimensions(_ text: String) throws(ModelImportError) -> [String: Int] {
    var bound: [String: Int] = [:]
    for part in text.split(separator: ",") {
      let (name, value) = try dimension(part.trimmingCharacters(in: .whitespaces))
      bound[name] = value
    }
    return bound
  }
}
