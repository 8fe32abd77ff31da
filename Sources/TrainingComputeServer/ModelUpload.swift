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
    /// A layer graph, analysed like a pasted spec, with what the importer assumed or chose (the
    /// command line's "note:" lines).
    case graph(ModelGraph, notes: [String])
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
    return try content(data, name: filename, options: try importOptions(values))
  }

  /// What the front door makes of `data`: a layer graph, or the per-operator analysis of a
  /// branching ONNX graph, or a checkpoint's parameter count.
  /// `field` is the request field that holds the file, named by errors about its content.
  static func content(_ data: Data, name: String, options: ImportOptions, field: String = "file_base64")
    throws -> Content
  {
    let model: ImportedModel
    do {
      model = try ModelImporter.read(data, name: name, options: options)
    } catch {
      throw ModelImportFailure(error, field: Self.field(for: error) ?? field)
    }
    if let graph = model.graph { return .graph(graph, notes: model.notes) }
    if let analysis = model.onnx {
      return .document(try JSONOutput.string(ONNXReport(analysis, kind: "onnx_operators")))
    }
    return .document(try JSONOutput.string(Parameters(path: name, parameters: model.parameters)))
  }

  /// The import options among the request's fields, read as the command line reads its flags.
  static func importOptions(_ values: [String: String]) throws -> ImportOptions {
    var options = ImportOptions(family: values["family"])
    do {
      options.dimensions =
        try values["dims"].map { text throws(ModelImportError) in
          try ImportOptions.dimensions(text)
        } ?? [:]
    } catch {
      throw ModelImportFailure(error, field: "dims")
    }
    options.sequences = try values["seq-len"].map { text throws(EstimateError) in
      try SequenceLengths.parse(text, field: "seq-len")
    }
    if let attention = values["attention"] {
      guard let masking = AttentionMasking(rawValue: attention) else {
        throw EstimateError.unknownOption(
          field: "attention", value: attention, allowed: AttentionMasking.allCases.map(\.rawValue))
      }
      options.attention = masking
    }
    return options
  }

  /// The request field an import error is about: the symbolic-dimension bindings or the file.
  static func field(for error: ModelImportError) -> String? {
    switch error {
    case .unboundDimension, .invalidBinding: return "dims"
    case .unusedOption(_, let option, _): return option == "dim" ? "dims" : option
    default: return nil
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
