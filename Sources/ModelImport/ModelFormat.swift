public import Foundation

/// The formats of model file the tool reads, decided in one place (`detect`) from a file's
/// content, its name breaking ties only where the content cannot (YAML text, ONNX protobuf).
public enum ModelFormat: String, Sendable, Codable, CaseIterable {
  /// A Hugging Face `config.json`.
  case huggingFaceConfig = "huggingface_config"
  /// An ONNX graph (protobuf).
  case onnx
  /// A GGUF file (llama.cpp), recognised by its magic bytes.
  case gguf
  /// A `.safetensors` checkpoint (header only).
  case safetensors
  /// A sharded checkpoint's `model.safetensors.index.json`.
  case safetensorsIndex = "safetensors_index"
  /// A hand-written spec in JSON.
  case jsonSpec = "json_spec"
  /// A hand-written spec in YAML.
  case yamlSpec = "yaml_spec"

  /// The format's name in messages ("a Hugging Face config").
  public var name: String {
    switch self {
    case .huggingFaceConfig: return "a Hugging Face config"
    case .onnx: return "an ONNX graph"
    case .gguf: return "a GGUF file"
    case .safetensors: return "a safetensors checkpoint"
    case .safetensorsIndex: return "a safetensors index"
    case .jsonSpec: return "a JSON model spec"
    case .yamlSpec: return "a YAML model spec"
    }
  }

  /// The import options the format's reader uses; any other option given is refused.
  public var usedOptions: Set<ImportOptions.Option> {
    switch self {
    case .huggingFaceConfig, .gguf: return [.sequenceLength, .attention, .family]
    case .onnx: return [.dimensions]
    case .safetensors, .safetensorsIndex, .jsonSpec, .yamlSpec: return []
    }
  }

  /// Bytes enough to tell the binary formats apart (`detect(prefix:name:)`).
  public static let prefixLength = 16

  /// The binary format the first bytes of a file show, or `nil` for text (decided by `detect`).
  /// GGUF starts with "GGUF"; safetensors with an 8-byte little-endian header length and `{`;
  /// ONNX has no magic number, so a `.onnx` name decides.
  public static func binaryFormat(prefix: Data, name: String) -> ModelFormat? {
    let bytes = [UInt8](prefix.prefix(prefixLength))
    if bytes.starts(with: Array("GGUF".utf8)) { return .gguf }
    if bytes.count > 8, bytes[8] == UInt8(ascii: "{") {
      let length = bytes[0..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      if length >= 2, length < 1 << 40 { return .safetensors }
    }
    let lowered = name.lowercased()
    if lowered.hasSuffix(".onnx") { return .onnx }
    if lowered.hasSuffix(".safetensors") { return .safetensors }
    return nil
  }

  /// The format of `data`, read from a file called `name`: a binary format by its first bytes,
  /// then JSON by its keys, then YAML. A JSON object that is none of the formats gets an error
  /// saying which keys each would need.
  public static func detect(_ data: Data, name: String) throws(ModelImportError) -> (
    format: ModelFormat, json: [String: JSONValue]?
  ) {
    if let binary = binaryFormat(prefix: data.prefix(prefixLength), name: name) { return (binary, nil) }
    guard let text = String(data: data, encoding: .utf8) else { throw .unknownFormat(path: name) }
    let lowered = name.lowercased()
    let isYAMLName = lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    guard !isYAMLName, text.drop(while: \.isWhitespace).first == "{" else {
      guard isYAMLName || (text.contains("input_shape") && text.contains("layers")) else {
        throw .unknownFormat(path: name)
      }
      return (.yamlSpec, nil)
    }
    guard case .object(let values) = try JSONValue.parse(data, path: name) else {
      throw .unknownFormat(path: name)
    }
    return (try jsonFormat(of: values, path: name), values)
  }

  /// Which JSON format an object is, by its keys.
  static func jsonFormat(of values: [String: JSONValue], path: String) throws(ModelImportError) -> ModelFormat
  {
    if values["weight_map"] != nil { return .safetensorsIndex }
    if values["layers"] != nil || values["input_shape"] != nil { return .jsonSpec }
    if values["model_type"] != nil || values["architectures"] != nil || values["text_config"] != nil {
      return .huggingFaceConfig
    }
    let configKeys = ["hidden_size", "n_embd", "d_model", "num_hidden_layers", "n_layer", "num_layers"]
    if configKeys.contains(where: { values[$0] != nil }) { return .huggingFaceConfig }
    throw .unrecognizedJSON(path: path, keys: values.keys.sorted())
  }
}
