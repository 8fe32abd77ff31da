import Foundation
public import TrainingCompute
import Yams

/// Reads the hand-written model spec format (JSON or YAML; see docs/model-spec.md) into a core
/// `ModelGraph`: an input shape, a sequence of layers, repeated blocks (`repeat: 24`) and named
/// nodes with explicit inputs for branches.
public enum ModelSpecReader {
  /// The two spellings of a spec.
  public enum Format: Sendable {
    /// JSON.
    case json
    /// YAML.
    case yaml
  }

  /// The graph a spec describes; `path` names the file in error messages.
  public static func graph(from text: String, format: Format, path: String) throws(ModelImportError)
    -> ModelGraph
  {
    let root: SpecValue
    do {
      switch format {
      case .json: root = try JSONDecoder().decode(SpecValue.self, from: Data(text.utf8))
      case .yaml: root = try YAMLDecoder().decode(SpecValue.self, from: text)
      }
    } catch {
      throw .malformedSpec(path: path, reason: reason(error))
    }
    guard case .object(let top) = root else {
      throw .malformedSpec(path: path, reason: "the top level must be an object with input_shape and layers")
    }
    var fields = SpecFields(top, path: path, layer: "")
    let name =
      try fields.string("name") ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    _ = try fields.string("description")
    _ = try fields.string("source")
    let shape = try fields.requiredInts("input_shape")
    let isCausal = try fields.bool("causal", default: false)
    guard case .array(let layers)? = fields.value("layers") else {
      throw fields.error("layers", top["layers"]?.display ?? "nothing", allowed: "a list of layers")
    }
    try fields.checkAllRead(kind: "the top level")
    var builder = SpecGraphBuilder(
      graph: ModelGraph(name: name, inputShape: TensorShape(shape)), path: path, isCausalByDefault: isCausal)
    try builder.add(layers, context: .top)
    do {
      _ = try builder.graph.outputShapes()
    } catch {
      throw .invalidModel(path: path, error)
    }
    return builder.graph
  }

  /// A short, useful reason from a decoder's error.
  static func reason(_ error: any Error) -> String {
    if let decoding = error as? DecodingError {
      switch decoding {
      case .dataCorrupted(let context):
        return context.underlyingError.map { "\($0)" } ?? context.debugDescription
      case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
        return context.debugDescription
      @unknown default: return "\(decoding)"
      }
    }
    return "\(error)"
  }
}
