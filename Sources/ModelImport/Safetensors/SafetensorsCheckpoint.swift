import Foundation
import TrainingCompute

/// A checkpoint's tensors: one `.safetensors` file, or the shards a `model.safetensors.index.json`
/// lists (each shard's header is read; the index's own `total_size` counts bytes, not parameters).
public struct SafetensorsCheckpoint: Sendable {
  /// The tensors of all shards, each once.
  public var tensors: [SafetensorsHeader.Tensor]

  /// A checkpoint of the given tensors (one header read from an upload, for instance).
  public init(tensors: [SafetensorsHeader.Tensor]) {
    self.tensors = tensors
  }

  /// Reads a `.safetensors` file or a sharded checkpoint's index.
  public static func read(path: String) throws(ModelImportError) -> SafetensorsCheckpoint {
    guard path.hasSuffix(".json") else {
      return SafetensorsCheckpoint(tensors: try SafetensorsHeader.read(path: path).tensors)
    }
    guard
      case .object(let index) = try JSONValue.parse(
        FileContents.read(path, limit: FileContents.maximumIndexBytes), path: path),
      case .object(let weightMap)? = index["weight_map"]
    else { throw .missingKey(path: path, key: "weight_map") }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var shards: Set<String> = []
    for (name, shard) in weightMap {
      guard case .string(let file) = shard else {
        throw .invalidValue(
          path: path, key: "weight_map.\(name)", value: shard.text, allowed: "a shard file name")
      }
      shards.insert(file)
    }
    var seen: Set<String> = []
    var tensors: [SafetensorsHeader.Tensor] = []
    var total = 0
    for shard in shards.sorted() {
      for tensor in try SafetensorsHeader.read(path: folder.appendingPathComponent(shard).path).tensors
      where seen.insert(tensor.name).inserted {
        total = try SafetensorsHeader.adding(tensor.elementCount, to: total, path: path)
        tensors.append(tensor)
      }
    }
    return SafetensorsCheckpoint(tensors: tensors)
  }

  /// Whether a tensor name is an embedding or output matrix by the naming conventions of
  /// Transformers checkpoints (`embed_tokens`, `wte`, `wpe`, `word_embeddings`, `lm_head` …).
  public static func isEmbedding(_ name: String) -> Bool {
    let markers = [
      "embed_tokens", "embed_positions", "word_embeddings", "position_embeddings", "token_type_embeddings",
      "wte.", "wpe.", "lm_head", "embed_in", "embed_out", "shared.weight", "tok_embeddings", "output.weight",
    ]
    return markers.contains { name.contains($0) }
  }

  /// Parameters: all, outside embeddings (by name), and by dtype. Active parameters are unknown
  /// from a checkpoint alone (routing lives in the config) and are left out.
  public var parameterCount: ParameterCount {
    var byDataType: [String: Int] = [:]
    for tensor in tensors { byDataType[tensor.dataType, default: 0] += tensor.elementCount }
    let total = byDataType.values.reduce(0, +)
    let embedding = tensors.filter { Self.isEmbedding($0.name) }.map(\.elementCount).reduce(0, +)
    return ParameterCount(total: total, nonEmbedding: total - embedding, active: nil, byDataType: byDataType)
  }
}
