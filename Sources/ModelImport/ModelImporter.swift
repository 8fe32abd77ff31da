public import Foundation
import TrainingCompute

/// The front door for model files: bytes, a file name and import options → an imported model.
/// The format is decided once, by `ModelFormat.detect`; each format's reader plugs into the one
/// switch in `read(_:name:options:)`; an option the format does not use is refused there. The
/// command line and the server both come through here.
public enum ModelImporter {
  /// Reads the file at `path`. Safetensors files are read by their header alone, ONNX files
  /// memory-mapped; other formats whole (through `FileContents`, which bounds what it reads).
  public static func open(path: String, options: ImportOptions = ImportOptions()) throws(ModelImportError)
    -> ImportedModel
  {
    if path == FileContents.standardInput {
      return try read(FileContents.read(path), name: path, options: options)
    }
    let prefix = try FileContents.read(path, offset: 0, count: ModelFormat.prefixLength)
    if prefix.starts(with: Array("GGUF".utf8)) {
      // Header only: the tensor data is never read.
      return try GGUFFile.read(path: path).importedModel(options: options)
    }
    switch ModelFormat.binaryFormat(prefix: prefix, name: path) {
    case .safetensors:
      try options.check(for: .safetensors, path: path)
      return safetensors(try SafetensorsCheckpoint.read(path: path), path: path, format: .safetensors)
    case .onnx:
      // Memory-mapped: the weights' pages are never touched.
      try options.check(for: .onnx, path: path)
      return try onnx(ONNXFile.read(path: path), options: options)
    default:
      break
    }
    return try read(FileContents.read(path), name: path, options: options, isFile: true)
  }

  /// Reads `data`, the contents of a file called `name`. `isFile` says whether `name` is a path
  /// on this machine (a safetensors index reads its shards beside it); uploads are not.
  public static func read(_ data: Data, name: String, options: ImportOptions, isFile: Bool = false)
    throws(ModelImportError) -> ImportedModel
  {
    let (format, json) = try ModelFormat.detect(data, name: name)
    try options.check(for: format, path: name)
    switch format {
    case .huggingFaceConfig:
      return try huggingFace(HuggingFaceConfig(path: name, values: json ?? [:]), options: options)
    case .onnx:
      return try onnx(ONNXFile(path: name, data: data), options: options)
    case .gguf:
      throw .unsupportedFormat(path: name, format: .gguf)
    case .safetensors:
      let header = try SafetensorsHeader.read(data: data, path: name)
      return safetensors(SafetensorsCheckpoint(tensors: header.tensors), path: name, format: .safetensors)
    case .safetensorsIndex:
      guard isFile else {
        throw .noLayerGraph(
          path: name, format: "a safetensors index, whose shards are separate files",
          command: "trainflops params \(name)")
      }
      return safetensors(try SafetensorsCheckpoint.read(path: name), path: name, format: .safetensorsIndex)
    case .jsonSpec, .yamlSpec:
      guard let text = String(data: data, encoding: .utf8) else { throw .unknownFormat(path: name) }
      let graph = try ModelSpecReader.graph(
        from: text, format: format == .jsonSpec ? .json : .yaml, path: name)
      let parameters = try graphParameters(graph, path: name)
      return ImportedModel(
        path: name, format: format,
        parameters: ParameterCount(total: parameters, nonEmbedding: nil, active: parameters), graph: graph)
    }
  }

  /// A Hugging Face config's architecture, conventions and graph.
  public static func huggingFace(_ config: HuggingFaceConfig, options: ImportOptions) throws(ModelImportError)
    -> ImportedModel
  {
    let (architecture, notes) = try HuggingFaceFamily.read(config, family: options.family)
    var context = architecture.maxSequenceLength ?? 2048
    if architecture.maxSequenceLength == nil,
      let given = try config.optionalCount(
        "max_position_embeddings", "n_positions", "n_ctx", "seq_length", "max_seq_len")
    {
      context = given
    }
    if let limit = architecture.maxSequenceLength, let given = options.sequences,
      let longest = given.groups.map(\.length).max(), longest > limit
    {
      // Whisper's decoder and CLIP's text tower have a fixed table of positions.
      throw .invalidValue(
        path: config.path, key: "seq-len", value: given.description,
        allowed: "at most \(limit) tokens, the text positions of '\(architecture.modelType)'")
    }
    var sequences = options.sequences ?? SequenceLengths(length: context)
    var contextNote = options.sequences == nil ? ["assuming sequences of the context length, \(context)"] : []
    if let patches = architecture.patches {
      // An image model's sequence is its image's patches, not an option.
      if let given = options.sequences {
        throw .invalidValue(
          path: config.path, key: "seq-len", value: given.description,
          allowed:
            "left out: an image model's sequence is set by its image (\(patches.positions) positions from image_size and patch_size)"
        )
      }
      sequences = SequenceLengths(length: patches.positions)
      contextNote = []
    }
    return ImportedModel(
      path: config.path, format: .huggingFaceConfig, parameters: architecture.parameterCount,
      architecture: architecture,
      conventions: TransformerConventions(
        model: architecture.conventionsModel, sequences: sequences, masking: options.masking),
      graph: architecture.modelGraph(sequences: sequences, masking: options.masking),
      notes: notes + architecture.assumptions + contextNote)
  }

  /// An ONNX graph's analysis, and its layer graph where the graph is sequential.
  static func onnx(_ file: ONNXFile, options: ImportOptions) throws(ModelImportError) -> ImportedModel {
    let analysis = try ONNXAnalysis.analyze(file, dimensions: options.dimensions)
    let embedding = analysis.nodes.filter { $0.layer == "embedding" }.map(\.parameters).reduce(0, +)
    var graph: ModelGraph?
    var graphError: ModelImportError?
    do {
      graph = try file.modelGraph(dimensions: options.dimensions)
    } catch {
      // The operator count stands on its own; the graph's problem is kept for `layerGraph()`.
      graphError = error
    }
    var model = ImportedModel(
      path: file.path, format: .onnx,
      parameters: ParameterCount(
        total: analysis.parameters, nonEmbedding: analysis.parameters - embedding, active: analysis.parameters
      ),
      onnx: analysis, graph: graph)
    model.graphError = graphError
    return model
  }

  static func safetensors(_ checkpoint: SafetensorsCheckpoint, path: String, format: ModelFormat)
    -> ImportedModel
  {
    ImportedModel(path: path, format: format, parameters: checkpoint.parameterCount)
  }

  static func graphParameters(_ graph: ModelGraph, path: String) throws(ModelImportError) -> Int {
    do {
      return try BackwardAnalysis(graph).parameters
    } catch {
      throw .invalidModel(path: path, error)
    }
  }
}
