import Foundation
import TrainingCompute

/// Opens any model file the tool reads, choosing the reader by file name, then content:
/// `.onnx` → ONNX; `.safetensors` or `*.safetensors.index.json` → safetensors headers; JSON with a
/// `model_type` → Hugging Face config; anything else → `ModelLoader` (JSON/YAML specs). `-` reads
/// a config or a spec from standard input.
public enum ModelImporter {
  /// Reads the file at `path`.
  public static func open(path: String, options: ImportOptions = ImportOptions()) throws(ModelImportError)
    -> ImportedModel
  {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".onnx") { return try onnx(path: path, options: options) }
    if lowered.hasSuffix(".safetensors") || lowered.hasSuffix(".safetensors.index.json") {
      let count = try SafetensorsCheckpoint.read(path: path).parameterCount
      return ImportedModel(path: path, format: .safetensors, parameters: count)
    }
    if lowered.hasSuffix(".json"), let config = try? HuggingFaceConfig.read(path: path),
      config.values["model_type"] != nil
    {
      return try huggingFace(config, options: options)
    }
    let data = try FileContents.read(path)
    if path == FileContents.standardInput, let config = try? HuggingFaceConfig(path: path, data: data),
      config.values["model_type"] != nil
    {
      return try huggingFace(config, options: options)
    }
    let graph = try ModelLoader.load(data: data, path: path, options: options)
    let parameters = try graphParameters(graph, path: path)
    return ImportedModel(
      path: path, format: .spec,
      parameters: ParameterCount(total: parameters, nonEmbedding: nil, active: parameters),
      graph: graph)
  }

  /// A Hugging Face config's architecture, conventions and graph.
  public static func huggingFace(_ config: HuggingFaceConfig, options: ImportOptions) throws(ModelImportError)
    -> ImportedModel
  {
    let architecture = try HuggingFaceFamily.architecture(of: config)
    let context =
      try config.optionalCount("max_position_embeddings", "n_positions", "n_ctx", "seq_length") ?? 2048
    let sequences = options.sequences ?? SequenceLengths(length: context)
    let longest = sequences.groups.map(\.length).max() ?? context
    return ImportedModel(
      path: config.path, format: .huggingFaceConfig, parameters: architecture.parameterCount,
      architecture: architecture,
      conventions: TransformerConventions(
        model: architecture.conventionsModel, sequences: sequences, masking: options.masking),
      graph: architecture.modelGraph(sequenceLength: longest, masking: options.masking))
  }

  static func onnx(path: String, options: ImportOptions) throws(ModelImportError) -> ImportedModel {
    let analysis = try ONNXAnalysis.analyze(ONNXFile.read(path: path), dimensions: options.dimensions)
    let embedding = analysis.nodes.filter { $0.layer == "embedding" }.map(\.parameters).reduce(0, +)
    return ImportedModel(
      path: path, format: .onnx,
      parameters: ParameterCount(
        total: analysis.parameters, nonEmbedding: analysis.parameters - embedding, active: analysis.parameters
      ),
      onnx: analysis)
  }

  static func graphParameters(_ graph: ModelGraph, path: String) throws(ModelImportError) -> Int {
    do {
      return try BackwardAnalysis(graph).parameters
    } catch {
      throw .invalidModel(path: path, error)
    }
  }
}
