import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// Model files uploaded to `POST /api/v1/model` as `file_base64` with `filename`, and a pasted
/// Hugging Face config in `spec`.
struct ModelUploadTests {
  /// A fixture of the ModelImport tests, read by path from this file's folder.
  static func fixture(_ name: String) throws -> Data {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    return try Data(contentsOf: tests.appendingPathComponent("ModelImportTests/Fixtures/" + name))
  }

  /// A JSON number as a `Double`, whether it was written with a fraction or not.
  static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

  /// A JSON whole number as an `Int`.
  static func count(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

  static func upload(_ name: String, _ extra: [String: Any] = [:]) throws -> String {
    var fields = extra
    fields["file_base64"] = try fixture(name).base64EncodedString()
    fields["filename"] = URL(fileURLWithPath: name).lastPathComponent
    return try ModelRouteTests.body(fields)
  }

  @Test func sequentialONNXGetsTheLayerAnalysis() async throws {
    // Fixtures/onnx/flop-counts.json: FlopCounterMode's forward FLOP of linear.onnx at batch 4 is
    // 14,848; the analysis counts per example.
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.upload("onnx/linear.onnx", ["dims": "batch=4"]))
      #expect(response.status == .ok, "\(String(decoding: response.data, as: UTF8.self))")
      let object = try response.object()
      #expect(object["kind"] as? String == "layers")
      let totals = try #require((object["analysis"] as? [String: Any])?["totals"] as? [String: Any])
      let forward = try #require(Self.number(totals["forward_matrix_flop"]))
      #expect(isClose(forward * 4, 14_848))
    }
  }

  @Test func safetensorsGetsItsParameterCount() async throws {
    // SafetensorsTests: model.safetensors holds 776 parameters, 768 BF16 and 8 F32, 512 of them
    // in embeddings.
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.upload("safetensors/model.safetensors"))
      #expect(response.status == .ok, "\(String(decoding: response.data, as: UTF8.self))")
      let object = try response.object()
      #expect(object["kind"] as? String == "parameters")
      let parameters = try #require(object["parameters"] as? [String: Any])
      #expect(Self.count(parameters["total"]) == 776)
      #expect(Self.count(parameters["non_embedding"]) == 776 - 512)
      #expect(parameters["active"] is NSNull)
      let byType = try #require(parameters["by_dtype"] as? [String: Any])
      #expect(Self.count(byType["BF16"]) == 768 && Self.count(byType["F32"]) == 8)
    }
  }

  @Test func badBase64IsA422NamingFileBase64() async throws {
    let body = try ModelRouteTests.body(["file_base64": "not base64 %%%", "filename": "model.onnx"])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).field == "file_base64")
    }
  }

  @Test func bytesThatAreNotONNXAreA422NamingFileBase64() async throws {
    let body = try ModelRouteTests.body([
      "file_base64": Data("hello, not a model".utf8).base64EncodedString(), "filename": "model.onnx",
    ])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.field == "file_base64")
      #expect(error.error.contains("model.onnx"))
    }
  }

  @Test func bothSpecAndFileAreA422NamingBoth() async throws {
    let body = try Self.upload("onnx/linear.onnx", ["spec": ModelRouteTests.spec])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error.contains("spec") && error.error.contains("file_base64"))
    }
  }

  @Test func fileWithoutFilenameIsA422NamingFilename() async throws {
    let body = try ModelRouteTests.body([
      "file_base64": try Self.fixture("onnx/linear.onnx").base64EncodedString()
    ])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).field == "filename")
    }
  }

  @Test func badDimsAreA422NamingDims() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.upload("onnx/linear.onnx", ["dims": "batch=zero"]))
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).field == "dims")
    }
  }

  @Test func branchingONNXGetsItsLayerGraph() async throws {
    // Fixtures/onnx/flop-counts.json: FlopCounterMode's forward FLOP of gpt2-tiny.onnx at batch 2,
    // sequence 16 is 7,077,888, so 3,538,944 per example. Residual adds, attention and the
    // embedding make the graph branch; it is analysed layer by layer all the same.
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.upload("onnx/gpt2-tiny.onnx", ["dims": "batch=2, sequence=16"]))
      #expect(response.status == .ok, "\(String(decoding: response.data, as: UTF8.self))")
      let object = try response.object()
      #expect(object["kind"] as? String == "layers")
      let totals = try #require((object["analysis"] as? [String: Any])?["totals"] as? [String: Any])
      #expect(isClose(try #require(Self.number(totals["forward_matrix_flop"])), 3_538_944))
    }
  }

  @Test func pastedHuggingFaceConfigIsAnalysed() async throws {
    // openai-community/gpt2: 124,439,808 parameters (oracle-public.json "gpt2_s128".parameters).
    let config = String(decoding: try Self.fixture("hf/gpt2.json"), as: UTF8.self)
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: try ModelRouteTests.body(["spec": config]))
      #expect(response.status == .ok, "\(String(decoding: response.data, as: UTF8.self))")
      let totals = try #require(
        (try response.object()["analysis"] as? [String: Any])?["totals"] as? [String: Any])
      #expect(Self.count(totals["parameters"]) == 124_439_808)
    }
  }
}
