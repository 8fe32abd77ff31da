import Foundation
import Hummingbird
import ModelImport
import TrainingCompute

/// A model file uploaded to `POST /api/v1/model` as `file_base64` with its `filename`: the
/// extension picks the reader. A sequential `.onnx` graph and text files (specs, Hugging Face
/// configs) give a layer graph; a branching `.onnx` graph gives its per-operator FLOP and
/// coverage; a `.safetensors` file gives its parameter count. External ONNX data and tensor
/// bytes are never read.
enum ModelUpload {
  /// What an upload holds.
  enum Content {
    /// A layer graph, analysed like a pasted spec.
    case graph(ModelGraph)
    /// A response of its own (`"kind": "onnx_operators"` or `"parameters"`), as JSON text.
    case document(String)
  }

  /// The upload in `values`, or `nil` when the request has no `file_base64`.
  static func content(_ values: [String: String]) throws -> Content? {
    guard let encoded = values["file_base64"] else { return nil }
    if values["spec"] != nil {
      throw APIError(
        status: .unprocessableContent,
        message:
          "spec and file_base64 are both given: send either the text of a spec or an uploaded file, not both.",
        field: "file_base64")
    }
    guard let filename = values["filename"], !filename.isEmpty else {
      throw APIError(
        status: .unprocessableContent,
        message:
          "filename is missing: file_base64 needs the file's name, whose extension (.onnx, .safetensors, .json, .yaml) picks the reader.",
        field: "filename")
    }
    guard let data = Data(base64Encoded: encoded), !data.isEmpty else {
      throw APIError(
        status: .unprocessableContent,
        message: "file_base64 is not base64 text of a file's bytes (A–Z, a–z, 0–9, +, / with = padding).",
        field: "file_base64")
    }
    let lowered = filename.lowercased()
    do {
      if lowered.hasSuffix(".onnx") {
        let dimensions = try values["dims"].map { text throws(ModelImportError) in
          try ImportOptions.dimensions(text)
        }
        return try onnx(ONNXFile(path: filename, data: data), dimensions: dimensions ?? [:])
      }
      if lowered.hasSuffix(".safetensors") {
        let header = try SafetensorsHeader.read(data: data, path: filename)
        let count = SafetensorsCheckpoint(tensors: header.tensors).parameterCount
        return .document(try JSONOutput.string(Parameters(path: filename, parameters: count)))
      }
      return .graph(try ModelLoader.load(data: data, path: filename))
    } catch let error as ModelImportError {
      throw ModelImportFailure(error, field: field(for: error))
    }
  }

  /// A sequential graph, or the per-operator analysis when the graph branches or uses operators
  /// outside the layer catalog.
  static func onnx(_ file: ONNXFile, dimensions: [String: Int]) throws -> Content {
    do {
      return .graph(try file.sequentialGraph(dimensions: dimensions))
    } catch {
      guard case .noLayerGraph = error else { throw error }
      let analysis = try ONNXAnalysis.analyze(file, dimensions: dimensions)
      return .document(try JSONOutput.string(ONNXReport(analysis, kind: "onnx_operators")))
    }
  }

  /// The request field an import error is about: the symbolic-dimension bindings or the file.
  static func field(for error: ModelImportError) -> String {
    switch error {
    case .unboundDimension, .invalidBinding: return "dims"
    default: return "file_base64"
    }
  }

  /// `{"kind": "parameters", …}`: a checkpoint's parameter count, as `trainflops params --format
  /// json` prints it, with the file name.
  struct Parameters: Encodable {
    let kind = "parameters"
    let path: String
    let parameters: ParameterCount
  }
}
