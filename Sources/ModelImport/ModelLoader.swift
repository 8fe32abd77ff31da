public import Foundation
public import TrainingCompute

/// Opens a model file and picks its reader by file name and content: a hand-written spec in JSON
/// (`.json` holding `input_shape` and `layers`) or YAML (`.yaml`, `.yml`). Other formats (Hugging
/// Face config.json, ONNX, safetensors) are added here as readers for them arrive.
public enum ModelLoader {
  /// The kinds of model file the loader recognizes.
  public enum FileKind: Equatable, Sendable {
    /// A hand-written spec in JSON.
    case jsonSpec
    /// A hand-written spec in YAML.
    case yamlSpec
    /// A Hugging Face `config.json` (a JSON object with a `model_type`).
    case huggingFaceConfig
  }

  /// The graph in the file at `path`, with import options for model files that need them (a
  /// Hugging Face config's sequence length and attention masking). ONNX graphs and safetensors
  /// checkpoints have no layer graph here: their errors say which command reads them.
  public static func load(path: String, options: ImportOptions) throws(ModelImportError) -> ModelGraph {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".onnx") {
      return try ONNXFile.read(path: path).sequentialGraph(dimensions: options.dimensions)
    }
    if lowered.hasSuffix(".safetensors") || lowered.hasSuffix(".safetensors.index.json") {
      throw .noLayerGraph(path: path, format: "safetensors", command: "trainflops params \(path)")
    }
    if lowered.hasSuffix(".json"), let config = try? HuggingFaceConfig.read(path: path),
      config.values["model_type"] != nil, config.values["layers"] == nil,
      let graph = try ModelImporter.huggingFace(config, options: options).graph
    {
      return graph
    }
    return try load(data: FileContents.read(path), path: path, options: options)
  }

  /// The graph in the file at `path`.
  public static func load(path: String) throws(ModelImportError) -> ModelGraph {
    try load(data: FileContents.read(path), path: path)
  }

  /// The graph in `data`, read from a file called `path` (`-` for standard input), with the
  /// options a Hugging Face config needs.
  public static func load(data: Data, path: String, options: ImportOptions = ImportOptions())
    throws(ModelImportError) -> ModelGraph
  {
    guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
      // A NUL byte never belongs in a spec or config; such a file (zeros, a binary) is not echoed.
      throw .unknownFormat(path: path)
    }
    switch try kind(of: text, path: path) {
    case .jsonSpec: return try ModelSpecReader.graph(from: text, format: .json, path: path)
    case .yamlSpec: return try ModelSpecReader.graph(from: text, format: .yaml, path: path)
    case .huggingFaceConfig:
      guard
        let graph = try ModelImporter.huggingFace(
          HuggingFaceConfig(path: path, data: data), options: options
        ).graph
      else { throw .unknownFormat(path: path) }
      return graph
    }
  }

  /// Which reader a file needs: by extension first, then by content.
  public static func kind(of text: String, path: String) throws(ModelImportError) -> FileKind {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return .yamlSpec }
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.hasPrefix("{"), text.contains("\"model_type\""), !text.contains("\"layers\"") {
      return .huggingFaceConfig
    }
    if lowered.hasSuffix(".json") || trimmed.hasPrefix("{") { return .jsonSpec }
    if text.contains("input_shape") && text.contains("layers") { return .yamlSpec }
    throw .unknownFormat(path: path)
  }
}
