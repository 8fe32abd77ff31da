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
    let root = try decode(text, format: format, path: path)
    guard case .object(let top) = root else {
      throw .malformedSpec(path: path, reason: "the top level must be an object with input_shape and layers")
    }
    var fields = SpecFields(top, path: path, layer: "")
    let name =
      try fields.name("name") ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    _ = try fields.string("description")
    _ = try fields.string("source")
    let shape = try fields.requiredInts("input_shape")
    let isCausal = try fields.bool("causal", default: false)
    guard case .array(let layers)? = fields.value("layers") else {
      throw fields.error("layers", top["layers"]?.display ?? "nothing", allowed: "a list of layers")
    }
    try fields.checkAllRead(kind: "the top level")
    let layerCount = SpecLimits.expandedLayerCount(layers)
    guard layerCount <= SpecLimits.layers else {
      throw fields.error(
        "layers", layerCount == .max ? "more than \(Int.max)" : String(layerCount),
        allowed:
          "at most \(SpecLimits.layers) after every repeat is expanded (a repeat count times its block's layers)"
      )
    }
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

  /// The spec's value tree. YAML is composed first and its values counted, aliases expanded,
  /// within `SpecLimits.values`, so an alias bomb is refused before it is expanded.
  static func decode(_ text: String, format: Format, path: String) throws(ModelImportError) -> SpecValue {
    let data = Data(text.utf8)
    do {
      switch format {
      case .json:
        try SpecLimits.checkValues(json: text, path: path)
        return try JSONDecoder().decode(SpecValue.self, from: data)
      case .yaml:
        guard let node = try Yams.compose(yaml: text) else {
          throw ModelImportError.malformedSpec(path: path, reason: "it is empty")
        }
        try SpecLimits.checkValues(node, path: path)
        return try YAMLDecoder().decode(SpecValue.self, from: node)
      }
    } catch let error as ModelImportError {
      throw error
    } catch {
      throw .malformedSpec(
        path: path,
        reason: DecoderMessage.reason(error, format: format == .json ? "JSON" : "YAML", data: data))
    }
  }
}
