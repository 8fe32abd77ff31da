public import TrainingCompute

/// Why a model file could not be read. Each case reads as one sentence naming the file, the key or
/// field and what was expected.
public enum ModelImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file that could not be opened.
  case unreadable(path: String, reason: String)
  /// A file larger than the tool reads of its kind; `size` is at least `limit + 1` when the
  /// exact size is unknown (standard input).
  case tooLarge(path: String, size: Int, limit: Int)
  /// A file whose format is not one the tool reads.
  case unknownFormat(path: String)
  /// A file that is not well-formed in its own format (JSON, protobuf, safetensors header).
  case malformed(path: String, format: String, reason: String)
  /// A Hugging Face `model_type` the tool has no parameter layout for.
  case unknownModelType(path: String, modelType: String, supported: [String])
  /// A key the family needs that the file lacks.
  case missingKey(path: String, key: String)
  /// A key whose value has the wrong type or is out of range; `allowed` says what would do.
  case invalidValue(path: String, key: String, value: String, allowed: String)
  /// A symbolic dimension of an ONNX graph with no value bound by `--dim NAME=VALUE`.
  case unboundDimension(path: String, name: String, tensor: String)
  /// A `--dim` or sequence-length argument that could not be read.
  case invalidBinding(text: String, allowed: String)
  /// A file whose format gives parameters or FLOP but no layer graph; `command` reads it.
  case noLayerGraph(path: String, format: String, command: String)
  /// An ONNX node whose input shapes do not fit its operator.
  case shapeMismatch(path: String, node: String, operator: String, reason: String)
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
    case .tooLarge(let path, let size, let limit):
      let bytes = { (count: Int) in NumberFormatting.plain(Double(count)) + " bytes" }
      let amount = size > limit + 1 ? "is \(bytes(size)) long" : "is longer than \(bytes(limit))"
      return
        "'\(path)' \(amount), over the limit of \(bytes(limit)) for a file of its kind; give a smaller file."
    case .unknownFormat(let path):
      return
        "'\(path)' is not a model file the tool reads: give a spec (.json/.yaml), a Hugging Face config.json, an .onnx file or a .safetensors file."
    case .malformed(let path, let format, let reason):
      return "'\(path)' is not a valid \(format) file: \(reason)."
    case .unknownModelType(let path, let modelType, let supported):
      return
        "'\(path)' has model_type '\(modelType)', which the tool does not know; supported: \(supported.joined(separator: ", "))."
    case .missingKey(let path, let key):
      return "'\(path)' lacks the key '\(key)', which this model family needs."
    case .invalidValue(let path, let key, let value, let allowed):
      return "'\(path)' has \(key) = \(value); it must be \(allowed)."
    case .unboundDimension(let path, let name, let tensor):
      return
        "'\(path)' leaves the dimension '\(name)' of '\(tensor)' symbolic: give its value with --dim \(name)=VALUE."
    case .invalidBinding(let text, let allowed):
      return "'\(text)' cannot be read: it must be \(allowed)."
    case .noLayerGraph(let path, let format, let command):
      return
        "'\(path)' is \(format), which gives no layer-by-layer graph for the backward analysis; use '\(command)' instead."
    case .shapeMismatch(let path, let node, let op, let reason):
      return "'\(path)': node '\(node)' (\(op)) has inputs whose shapes do not fit: \(reason)."
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
