import Foundation
public import TrainingCompute

/// What a model file alone does not say: sequence lengths, values of symbolic dimensions,
/// whether causal masking halves attention, and which family to read a config as. Each option is
/// used by some formats only (`ModelFormat.usedOptions`); the front door refuses one given to a
/// format that does not use it.
public struct ImportOptions: Sendable, Equatable {
  /// The options, by the name the command line and the API give them.
  public enum Option: String, Sendable, CaseIterable {
    /// `--seq-len`.
    case sequenceLength = "seq-len"
    /// `--dim`.
    case dimensions = "dim"
    /// `--attention`.
    case attention
    /// `--family`.
    case family
  }

  /// Training sequence lengths (transformer configs); `nil` means the config's context length.
  public var sequences: SequenceLengths?
  /// Values of an ONNX graph's symbolic dimensions, by name (`--dim batch=8`).
  public var dimensions: [String: Int]
  /// Causal or full attention in decoder self-attention; `nil` means not given (causal).
  public var attention: AttentionMasking?
  /// The Hugging Face `model_type` to read a config as, whatever its own says (`--family llama`).
  public var family: String?

  /// Options; all have defaults.
  public init(
    sequences: SequenceLengths? = nil, dimensions: [String: Int] = [:], attention: AttentionMasking? = nil,
    family: String? = nil
  ) {
    self.sequences = sequences
    self.dimensions = dimensions
    self.attention = attention
    self.family = family
  }

  /// Causal unless full attention was asked for.
  public var masking: AttentionMasking { attention ?? .causal }

  /// The options that were given.
  public var given: [Option] {
    Option.allCases.filter { option in
      switch option {
      case .sequenceLength: return sequences != nil
      case .dimensions: return !dimensions.isEmpty
      case .attention: return attention != nil
      case .family: return family != nil
      }
    }
  }

  /// Refuses an option that `format` does not use, naming both.
  public func check(for format: ModelFormat, path: String) throws(ModelImportError) {
    if let unused = given.first(where: { !format.usedOptions.contains($0) }) {
      throw .unusedOption(path: path, option: unused.rawValue, format: format)
    }
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
