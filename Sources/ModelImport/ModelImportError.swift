public import TrainingCompute

/// Why a model file could not be read. Each case reads as one sentence naming the file, the key or
/// field and what was expected.
public enum ModelImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file that could not be opened.
  case unreadable(path: String, reason: String)
  /// A file whose format is not one the tool reads.
  case unknownFormat(path: String)
  /// A spec that is not valid JSON or YAML.
  case malformedSpec(path: String, reason: String)
  /// A spec field with a wrong or missing value. `layer` names the layer by position (counting
  /// from 1, nested positions for repeated blocks) and name, or is empty for a top-level field.
  case invalidSpecField(path: String, layer: String, field: String, value: String, allowed: String)
  /// A model that was read but whose graph is inconsistent (shapes, names, inputs).
  case invalidModel(path: String, ModelError)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)."
    case .unknownFormat(let path):
      return
        "'\(path)' is not a model file the tool reads: give a spec (.json/.yaml), a Hugging Face config.json, an .onnx file or a .safetensors file."
    case .malformedSpec(let path, let reason):
      return "'\(path)' is not a valid JSON or YAML model spec: \(reason)."
    case .invalidSpecField(let path, let layer, let field, let value, let allowed):
      let place = layer.isEmpty ? "" : "\(layer): "
      return "'\(path)': \(place)\(field) must be \(allowed); got \(value)."
    case .invalidModel(let path, let error):
      return "'\(path)': \(error.description)"
    }
  }
}
