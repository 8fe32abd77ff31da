import Foundation
import Testing
import TrainingCompute

@testable import ModelImport

/// ONNX graphs as the core's graph for the backward analysis: any DAG (residual adds, attention,
/// embeddings), checked against PyTorch's FlopCounterMode.
struct ONNXGraphTests {
  static func graph(_ name: String, dimensions: [String: Int] = [:]) throws -> ModelGraph {
    try ONNXFile.read(path: try FixturePath.of("onnx/" + name)).modelGraph(dimensions: dimensions)
  }

  /// Forward matrix FLOP of one example from the core graph, times the batch, equal FlopCounterMode's
  /// forward count of the whole batch (Fixtures/onnx/flop-counts.json, scripts/fixtures/make_import_fixtures.py).
  @Test(arguments: ["linear.onnx", "conv.onnx", "gpt2-tiny.onnx", "external.onnx"])
  func forwardPerExampleTimesBatchEqualsFlopCounterMode(_ name: String) throws {
    let reference = try ONNXAnalysisTests.reference(name)
    let batch = Double(try #require(reference.dims["batch"]))
    let analysis = try BackwardAnalysis(Self.graph(name, dimensions: reference.dims), counting: .matrixOnly)
    #expect(
      abs(analysis.forward.value * batch / reference.forward_flop - 1) < 1e-3, "\(analysis.forward.value)")
  }

  @Test func gpt2TiedHeadSharesTheEmbeddingAndResidualsAreAdds() throws {
    let graph = try Self.graph("gpt2-tiny.onnx", dimensions: ["sequence": 16])
    #expect(graph.nodes.contains { $0.layer is Embedding })
    #expect(graph.nodes.contains { $0.layer is MatrixProduct })
    #expect(graph.nodes.contains { $0.layer is Add && $0.inputs.count == 2 })
    let analysis = try BackwardAnalysis(graph)
    // The token embedding takes no input gradient: its input is integer ids.
    let embedding = try #require(analysis.layers.first { $0.kind == "embedding" })
    #expect(!embedding.needsInputGradient)
  }

  @Test func firstLayerOfAConvNetIsOneToOne() throws {
    // The first convolution reads the data: weight gradient only, as much as its forward.
    let analysis = try BackwardAnalysis(Self.graph("conv.onnx"), counting: .matrixOnly)
    let first = try #require(analysis.layers.first { $0.kind.hasPrefix("conv") })
    #expect(first.inputGradient.matrix.value == 0)
    #expect(first.weightGradient.matrix == first.forward.matrix)
  }

  @Test func freezingByNameDropsThatWeightGradient() throws {
    var graph = try Self.graph("gpt2-tiny.onnx", dimensions: ["sequence": 16])
    let before = try BackwardAnalysis(graph, counting: .matrixOnly)
    let linear = try #require(graph.nodes.first { $0.layer is Linear }?.name)
    graph.setFrozen { $0 == linear }
    let after = try BackwardAnalysis(graph, counting: .matrixOnly)
    #expect(after.weightGradient.value < before.weightGradient.value)
    #expect(after.trainableParameters < before.trainableParameters)
  }

  @Test func aFixedBatchAxisOtherThanOneIsRefused() throws {
    var model = ONNXHostileInputTests.model(
      input: [8, 4], nodes: [ONNXHostileInputTests.node("Relu", ["x"], "y")])
    model.graph.name = "fixed"
    #expect(
      throws: ModelImportError.invalidValue(
        path: "fixed.onnx", key: "the batch axis (the first) of the input 'x'", value: "8",
        allowed:
          "symbolic or 1 for the backward analysis, which counts one example: export with a dynamic batch axis"
      )
    ) {
      try ONNXFile(path: "fixed.onnx", model: model).modelGraph(dimensions: [:])
    }
  }

  @Test func productsWithoutACatalogLayerAreRefusedNotCountedAsFree() throws {
    // A fused Attention (opset 23) reading one [1, 2, 4, 8] tensor as Q, K and V.
    var model = ONNXHostileInputTests.model(
      input: [1, 2, 4, 8], nodes: [ONNXHostileInputTests.node("Attention", ["x", "x", "x"], "y")])
    model.graph.name = "attention"
    #expect(
      throws: ModelImportError.noLayerGraph(
        path: "attention.onnx",
        format: "ONNX with the node 'y' (Attention), whose products have no catalog layer yet",
        command: "trainflops onnx attention.onnx")
    ) {
      try ONNXFile(path: "attention.onnx", model: model).modelGraph(dimensions: [:])
    }
  }
}
