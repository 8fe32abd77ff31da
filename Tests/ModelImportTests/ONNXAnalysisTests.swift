import Foundation
import Testing

@testable import ModelImport

/// ONNX exports made by scripts/fixtures/make_import_fixtures.py, against PyTorch's
/// FlopCounterMode on the same modules and inputs (Fixtures/onnx/flop-counts.json).
struct ONNXAnalysisTests {
  struct Reference: Decodable {
    struct Model: Decodable {
      let dims: [String: Int]
      let forward_flop: Double
      let parameters: Int
    }
    let models: [String: Model]
  }

  static func reference(_ name: String) throws -> Reference.Model {
    let data = try FileContents.read(FixturePath.of("onnx/flop-counts.json"))
    return try #require(try JSONDecoder().decode(Reference.self, from: data).models[name])
  }

  static func analyze(_ name: String, dimensions: [String: Int]) throws -> ONNXAnalysis {
    try ONNXAnalysis.analyze(ONNXFile.read(path: FixturePath.of("onnx/" + name)), dimensions: dimensions)
  }

  @Test(arguments: ["linear.onnx", "conv.onnx", "gpt2-tiny.onnx", "external.onnx"])
  func forwardProductsEqualFlopCounterMode(_ name: String) throws {
    let reference = try Self.reference(name)
    let analysis = try Self.analyze(name, dimensions: reference.dims)
    #expect(analysis.coverage.unsupported.isEmpty, "\(analysis.coverage.lines)")
    #expect(analysis.coverage.skippedNodes == 0)
    #expect(abs(analysis.forwardFLOP / reference.forward_flop - 1) < 1e-12, "\(analysis.forwardFLOP)")
  }

  @Test func linearParametersEqualPyTorch() throws {
    let reference = try Self.reference("linear.onnx")
    #expect(try Self.analyze("linear.onnx", dimensions: reference.dims).parameters == reference.parameters)
  }

  @Test func lstmCountsRecurrentProducts() throws {
    // FlopCounterMode does not count aten LSTM kernels: its figure is the output head alone
    // (2 · 21 tokens · 32 · 5 = 6,720). The LSTM adds 2 · steps · batch · 4 gates · hidden ·
    // (input + hidden) = 2 · 7 · 3 · 4 · 32 · 48 = 258,048 (the ONNX LSTM operator's definition).
    let reference = try Self.reference("lstm.onnx")
    let analysis = try Self.analyze("lstm.onnx", dimensions: reference.dims)
    #expect(analysis.coverage.unsupported.isEmpty)
    let lstm = analysis.nodes.filter { $0.op == "LSTM" }.map(\.forwardFLOP).reduce(0, +)
    #expect(lstm == 258_048)
    #expect(abs((analysis.forwardFLOP - lstm) / reference.forward_flop - 1) < 1e-12)
    #expect(analysis.nodes.contains { $0.layer == "lstm" })
  }

  @Test func externalDataIsNeverOpened() throws {
    // The fixture's external.weights file was deleted after export: loading succeeds only if the
    // reader takes the initializers' dims and never opens their data.
    let path = try FixturePath.of("onnx/external.onnx")
    #expect(
      !FileManager.default.fileExists(
        atPath: path.replacingOccurrences(of: "external.onnx", with: "external.weights")))
    let file = try ONNXFile.read(path: path)
    #expect(file.externalInitializerCount == 4)
    #expect(try ONNXAnalysis.analyze(file, dimensions: ["batch": 4]).parameters == 1898)
  }

  @Test func unboundDimensionIsAnErrorNamingIt() throws {
    #expect(
      throws: ModelImportError.unboundDimension(
        path: try FixturePath.of("onnx/gpt2-tiny.onnx"), name: "sequence", tensor: "input_ids")
    ) {
      try Self.analyze("gpt2-tiny.onnx", dimensions: ["batch": 1])
    }
  }

  @Test func forwardFLOPScalesWithBoundDimensions() throws {
    let one = try Self.analyze("linear.onnx", dimensions: ["batch": 1]).forwardFLOP
    let eight = try Self.analyze("linear.onnx", dimensions: ["batch": 8]).forwardFLOP
    #expect(abs(eight / one - 8) < 1e-12)
  }

  @Test func unsupportedOperatorsAreListedWithTheirShare() throws {
    var model = OnnxSubset_ModelProto()
    var input = OnnxSubset_ValueInfoProto()
    input.name = "x"
    var dimension = OnnxSubset_TensorShapeProto.Dimension()
    dimension.dimValue = 4
    input.type.tensorType.shape.dim = [dimension, dimension]
    model.graph.input = [input]
    func node(_ op: String, _ inputs: [String], _ output: String) -> OnnxSubset_NodeProto {
      var node = OnnxSubset_NodeProto()
      node.opType = op
      node.input = inputs
      node.output = [output]
      return node
    }
    model.graph.node = [
      node("Relu", ["x"], "a"), node("NonMaxSuppression", ["a"], "b"), node("NonMaxSuppression", ["a"], "c"),
      node("Relu", ["b"], "d"),
    ]
    let analysis = try ONNXAnalysis.analyze(ONNXFile(path: "nms.onnx", model: model), dimensions: [:])
    #expect(analysis.coverage.totalNodes == 4)
    #expect(analysis.coverage.supportedNodes == 1)
    #expect(analysis.coverage.skippedNodes == 1)
    #expect(analysis.coverage.unsupported == [.init(op: "NonMaxSuppression", count: 2, share: 0.5)])
    #expect(analysis.coverage.lines == ["NonMaxSuppression: 2 nodes (50.0%)"])
  }

  @Test func notProtobufIsAClearError() {
    #expect(throws: ModelImportError.self) {
      try ONNXFile(path: "bad.onnx", data: Data("not a model".utf8))
    }
  }
}
