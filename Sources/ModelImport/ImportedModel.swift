public import TrainingCompute

/// A model file read through the front door (`ModelImporter`), with what its format can tell:
/// parameters always; the transformer conventions for a Hugging Face config; the per-node
/// analysis and coverage for ONNX; the core's graph where one can be built.
public struct ImportedModel: Sendable {
  /// The file.
  public var path: String
  /// Its format.
  public var format: ModelFormat
  /// Parameter counts.
  public var parameters: ParameterCount
  /// The architecture (Hugging Face configs).
  public var architecture: TransformerArchitecture?
  /// The convention table (Hugging Face configs).
  public var conventions: TransformerConventions?
  /// The ONNX analysis.
  public var onnx: ONNXAnalysis?
  /// The core's graph, for the backward analysis (specs, configs, sequential ONNX graphs; `nil`
  /// for safetensors and branching ONNX graphs).
  public var graph: ModelGraph?
  /// What the reader assumed or chose, as sentences for the output (which part of a config was
  /// counted, which family it was read as).
  public var notes: [String] = []
  /// Why no graph could be built where the format usually gives one (an ONNX export with a fixed
  /// batch, say): `layerGraph()` answers with it, while the per-node count stays available.
  public var graphError: ModelImportError?

  /// The graph, or an error naming the command that reads this format instead.
  public func layerGraph() throws(ModelImportError) -> ModelGraph {
    if let graphError { throw graphError }
    guard let graph else {
      let command = format == .onnx ? "trainflops onnx \(path)" : "trainflops params \(path)"
      throw .noLayerGraph(path: path, format: format.name, command: command)
    }
    return graph
  }
}
