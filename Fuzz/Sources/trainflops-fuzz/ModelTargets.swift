import Foundation

@testable import TrainingComputeServer

/// Model files through the API's model route (`POST /api/v1/model`), the door a request uses: the
/// reader, the layer graph, the backward analysis, the ratio chart and the JSON rendering.
extension FuzzTargets {
  /// A pasted spec in JSON.
  static let specJSON = FuzzTarget(name: "spec-json", seeds: ["examples/models", "Fuzz/Seeds/spec-json"]) {
    data in
    _ = try ModelController.analyse(["spec": String(decoding: data, as: UTF8.self), "filename": "spec.json"])
  }

  /// A pasted spec in YAML.
  static let specYAML = FuzzTarget(name: "spec-yaml", seeds: ["examples/models", "Fuzz/Seeds/spec-yaml"]) {
    data in
    _ = try ModelController.analyse(["spec": String(decoding: data, as: UTF8.self), "filename": "spec.yaml"])
  }

  /// A pasted Hugging Face `config.json`, with the training data the route takes.
  static let huggingFace = FuzzTarget(name: "huggingface", seeds: ["Tests/ModelImportTests/Fixtures/hf"]) {
    data in
    _ = try ModelController.analyse([
      "spec": String(decoding: data, as: UTF8.self), "filename": "config.json", "tokens": "1T",
    ])
  }

  /// An uploaded ONNX file (bytes, as `file_base64`).
  static let onnx = FuzzTarget(name: "onnx", seeds: ["Tests/ModelImportTests/Fixtures/onnx"]) { data in
    _ = try ModelController.analyse(["file_base64": data.base64EncodedString(), "filename": "model.onnx"])
  }

  /// An uploaded safetensors file (its header is what is read).
  static let safetensors = FuzzTarget(
    name: "safetensors", seeds: ["Tests/ModelImportTests/Fixtures/safetensors", "Fuzz/Seeds/safetensors"]
  ) { data in
    _ = try ModelController.analyse([
      "file_base64": data.base64EncodedString(), "filename": "model.safetensors",
    ])
  }
}
