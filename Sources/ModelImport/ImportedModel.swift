public import TrainingCompute

/// A model file read by whichever reader its name and content call for, with what that format
/// can tell: parameters always; the transformer conventions for a Hugging Face config; the
/// per-node analysis and coverage for ONNX; the core's graph where one can be built.
public struct ImportedModel: Sendable {
  /// The formats read.
  public enum Format: String, Sendable, Codable {
    /// A Hugging Face `config.json`.
    case huggingFaceConfig = "huggingface_config"
    /// An ONNX graph.
    case onnx
    /// A safetensors file or sharded index (header only).
    case safetensors
    /// A hand-written JSON or YAML spec.
    case spec
    /// A GGUF file (header only), read through the Hugging Face reader.
    case gguf
  }

  /// The file.
  public var path: String
  /// Its format.
  public var format: Format
  /// Parameter counts.
  public var parameters: ParameterCount
  /// The architecture (Hugging Face configs).
  public var architecture: TransformerArchitecture?
  /// The convention table (Hugging Face configs).
  public var conventions: TransformerConventions?
  /// The ONNX analysis.
  public var onnx: ONNXAnalysis?
  /// The core's graph, for the backward analysis (specs, configs; `nil` for safetensors and ONNX).
  public var graph: ModelGraph?
}
