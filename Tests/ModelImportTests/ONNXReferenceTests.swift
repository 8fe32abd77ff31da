import Foundation
import Testing
import TrainingCompute

@testable import ModelImport

/// Exports of torchvision and Transformers models through PyTorch's TorchScript and dynamo
/// exporters, weights stripped, against FlopCounterMode's forward and forward+backward counts at
/// batch 1 and 32 (Fixtures/onnx/reference/references.json, written by
/// scripts/fixtures/make_onnx_references.py, which fixes FlopCounterMode's grouped-convolution
/// weight gradient and says so).
struct ONNXReferenceTests {
  struct References: Decodable {
    struct Model: Decodable {
      let dims: [String: Int]
      let forward_flop_batch1: Double
      let forward_flop_batch32: Double
      let training_flop_batch1: Double
      let training_flop_batch32: Double
    }
    let models: [String: Model]
  }

  static func reference(_ file: String) throws -> References.Model {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: try FixturePath.of("onnx/reference/references.json")))
    let name = file.replacingOccurrences(of: "-torchscript.onnx", with: "").replacingOccurrences(
      of: "-dynamo.onnx", with: "")
    return try #require(try JSONDecoder().decode(References.self, from: data).models[name])
  }

  static func file(_ name: String) throws -> ONNXFile {
    try ONNXFile.read(path: try FixturePath.of("onnx/reference/" + name))
  }

  static let files = [
    "resnet18-torchscript.onnx", "resnet18-dynamo.onnx", "mobilenet_v2-torchscript.onnx",
    "mobilenet_v2-dynamo.onnx", "efficientnet_b0-torchscript.onnx", "efficientnet_b0-dynamo.onnx",
    "convnext_tiny-torchscript.onnx", "convnext_tiny-dynamo.onnx", "vit-tiny-torchscript.onnx",
    "vit-tiny-dynamo.onnx",
    "bert-tiny-torchscript.onnx",
    "bert-tiny-dynamo.onnx", "llama-tiny-dynamo.onnx", "gru-lm-torchscript.onnx", "gru-lm-dynamo.onnx",
  ]

  @Test(arguments: files)
  func onnxForwardEqualsFlopCounterModeAtBatch1And32(_ name: String) throws {
    let reference = try Self.reference(name)
    for (batch, expected) in [(1, reference.forward_flop_batch1), (32, reference.forward_flop_batch32)] {
      var dimensions = reference.dims
      dimensions["batch"] = batch
      let analysis = try ONNXAnalysis.analyze(Self.file(name), dimensions: dimensions)
      #expect(analysis.coverage.isComplete, "\(analysis.coverage.partialSentence ?? "")")
      #expect(abs(analysis.forwardFLOP / expected - 1) < 1e-3, "batch \(batch): \(analysis.forwardFLOP)")
    }
  }

  @Test(arguments: files)
  func modelForwardAndRatioEqualFlopCounterMode(_ name: String) throws {
    let reference = try Self.reference(name)
    let graph = try Self.file(name).modelGraph(dimensions: reference.dims)
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    let forward = analysis.forward.value
    // FlopCounterMode counts no optimizer step: the ratio here leaves the update out.
    let ratio = (analysis.inputGradient.value + analysis.weightGradient.value) / forward
    #expect(abs(forward / reference.forward_flop_batch1 - 1) < 1e-3, "\(forward)")
    #expect(abs(forward * 32 / reference.forward_flop_batch32 - 1) < 1e-3, "\(forward)")
    for (batch, total, pass) in [
      (1, reference.training_flop_batch1, reference.forward_flop_batch1),
      (32, reference.training_flop_batch32, reference.forward_flop_batch32),
    ] {
      let expected = (total - pass) / pass
      #expect(abs(ratio / expected - 1) < 0.01, "batch \(batch): \(ratio) against \(expected)")
    }
  }

  /// FlopCounterMode has no formula for `aten.lstm` (its LSTM figure is the output head alone,
  /// 2 · 16 tokens · 48 · 100 = 153,600), so the LSTM's own products are checked against the ONNX
  /// LSTM operator's definition: 2 · 16 steps · 4 gates · 48 · (32 + 48) = 491,520.
  @Test(arguments: ["lstm-lm-torchscript.onnx", "lstm-lm-dynamo.onnx"])
  func lstmAddsItsCellProductsToFlopCounterModesHead(_ name: String) throws {
    let reference = try Self.reference(name)
    let analysis = try BackwardAnalysis(
      Self.file(name).modelGraph(dimensions: reference.dims), counting: .matrixOnly)
    let lstm = try #require(analysis.layers.first { $0.kind == "lstm" })
    #expect(lstm.forward.matrix.value == 491_520)
    #expect(abs((analysis.forward.value - 491_520) / reference.forward_flop_batch1 - 1) < 1e-3)
  }
}
