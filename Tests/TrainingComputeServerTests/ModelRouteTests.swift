import Foundation
import HTTPTypes
import HummingbirdTesting
import ModelImport
import Testing
import TrainingCompute
import TrainingComputeServer

struct ModelRouteTests {
  /// A small multilayer perceptron in the spec format of `examples/models/`.
  static let spec = """
    name: mlp
    input_shape: [784]
    layers:
      - {type: linear, name: fc1, in_features: 784, out_features: 256}
      - {type: relu}
      - {type: linear, name: fc2, in_features: 256, out_features: 10}
    """

  static func body(_ fields: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
  }

  /// The route gives the core's own analysis: the same ratio, the same training FLOP, one row
  /// per layer, and the ratio at every charted batch size.
  @Test func analysesASpecLikeTheCore() async throws {
    let graph = try ModelImporter.read(Data(ModelRouteTests.spec.utf8), name: "mlp.yaml", options: .init())
      .layerGraph()
    let analysis = try BackwardAnalysis(graph, batchSize: 32, optimizer: .adam)
    let estimate = try analysis.estimate(data: .examples(60_000), epochs: 10)
    let body = try Self.body([
      "spec": Self.spec, "filename": "mlp.yaml", "batch-size": 32, "optimizer": "adam", "examples": "60k",
      "epochs": 10,
    ])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .ok)
      let object = try response.object()
      let report = try #require(object["analysis"] as? [String: Any])
      let layers = try #require(report["layers"] as? [[String: Any]])
      #expect(layers.count == analysis.layers.count)
      let totals = try #require(report["totals"] as? [String: Any])
      #expect(isClose(try #require(totals["backward_forward_ratio"] as? Double), analysis.ratio))
      let reportEstimate = try #require(report["estimate"] as? [String: Any])
      #expect(isClose(try #require(reportEstimate["total_flop"] as? Double), estimate.totalFLOP.value))
      let ratios = try #require((object["ratios"] as? [String: Any])?["ratios"] as? [[String: Any]])
      #expect(ratios.count == 17)
      #expect((object["ratio_chart_svg"] as? String)?.hasPrefix("<svg") == true)
    }
  }

  /// Whisper through the API: the audio encoder and the decoder in one analysis, equal to
  /// FlopCounterMode's forward count of whisper-tiny on 30 s of audio and 128 decoder tokens
  /// (48,969,449,472: Tests/ModelImportTests/Fixtures/hf/flopcounter-forward.json) and to
  /// Transformers' 37,760,640 parameters.
  @Test func whisperConfigIsAnalysedWithItsAudioEncoder() async throws {
    let config =
      #"{"model_type": "whisper", "d_model": 384, "encoder_attention_heads": 6, "decoder_attention_heads": 6, "encoder_ffn_dim": 1536, "decoder_ffn_dim": 1536, "encoder_layers": 4, "decoder_layers": 4, "max_source_positions": 1500, "max_target_positions": 448, "num_mel_bins": 80, "vocab_size": 51865}"#
    let body = try Self.body([
      "spec": config, "filename": "config.json", "seq-len": "128", "attention": "full", "matmul-only": "true",
      "batch-size": 1,
    ])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .ok, "\(String(decoding: response.data, as: UTF8.self))")
      let report = try #require(try response.object()["analysis"] as? [String: Any])
      let totals = try #require(report["totals"] as? [String: Any])
      #expect(totals["parameters"] as? Int == 37_760_640)
      #expect(totals["forward_matrix_flop"] as? Double == 48_969_449_472)
    }
  }

  @Test func unreadableSpecIsA422NamingSpec() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.body(["spec": "input_shape: [3\nlayers: ["]))
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).field == "spec")
    }
  }

  @Test func missingSpecIsA422() async throws {
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: #"{"batch-size": 8}"#)
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).field == "spec")
    }
  }

  @Test func badBatchSizeIsA422NamingIt() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.body(["spec": Self.spec, "batch-size": 0]))
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).field == "batch-size")
    }
  }

  @Test func specOverTheLimitIsA413() async throws {
    let huge = String(repeating: "#", count: RequestFields.modelBodyLimit + 1)
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: try Self.body(["spec": huge]))
      #expect(response.status == .contentTooLarge)
    }
  }
}

struct ModelSizeTests {
  /// Sizes whose counts overflow `Int` would trap in the layer code; the core refuses them with a
  /// `ModelError` naming the layer and the field, which the server turns into a 422 and keeps
  /// serving.
  @Test(arguments: [
    (
      "input_shape: [3037000500]\nlayers:\n  - {type: linear, name: fc, in_features: 3037000500, out_features: 3037000500}",
      "layer 1 ('fc'): parameters must be fewer than 1e18"
    ),
    (
      "input_shape: [4000000, 4000000, 4000000]\nlayers:\n  - {type: relu}",
      "input shape must be one or more dimensions of at least 1"
    ),
  ])
  func hugeSizesAreRefused(spec: String, message: String) async throws {
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: try ModelRouteTests.body(["spec": spec]))
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.field == "spec")
      #expect(error.error.contains(message), "\(error.error)")
    }
  }
}

extension ModelSizeTests {
  /// Every example model of the repository passes the size limits and is analysed.
  @Test func exampleModelsAreAnalysed() async throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("examples/models")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    try #require(!names.isEmpty)
    try await withRouter { client in
      for name in names {
        let spec = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let response = try await client.post(
          "/api/v1/model", json: try ModelRouteTests.body(["spec": spec, "filename": name]))
        #expect(response.status == .ok, "\(name): \(String(decoding: response.data, as: UTF8.self))")
      }
    }
  }
}
