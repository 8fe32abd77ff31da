import Foundation
import ModelImport
import Testing
import TrainingCompute

struct ModelImporterTests {
  @Test func picksTheReaderByNameAndContent() throws {
    let config = try ModelImporter.open(path: FixturePath.of("hf/llama-2-7b.json"))
    #expect(config.format == .huggingFaceConfig)
    #expect(config.parameters.total == 6_738_415_616)
    let onnx = try ModelImporter.open(
      path: FixturePath.of("onnx/linear.onnx"), options: .init(dimensions: ["batch": 1]))
    #expect(onnx.format == .onnx)
    let safetensors = try ModelImporter.open(path: FixturePath.of("safetensors/model.safetensors"))
    #expect(safetensors.format == .safetensors)
  }

  @Test func gpt2GraphHasThePublishedParametersForTheBackwardAnalysis() throws {
    // GPT-2 small: 124,439,808 (oracle-public.json); the graph ties lm_head to the embedding.
    let model = try ModelImporter.open(
      path: FixturePath.of("hf/gpt2.json"), options: .init(sequences: .init(length: 128), attention: .full))
    let graph = try #require(model.graph)
    let analysis = try BackwardAnalysis(graph, batchSize: 1)
    #expect(analysis.parameters == 124_439_808)
    // FlopCounterMode (oracle-public.json gpt2_s128 batch_1) counts 32,228,179,968 forward
    // matrix FLOP for 128 tokens; the graph's matrix products agree.
    let forward = analysis.layers.map(\.forward.matrix.value).reduce(0, +)
    #expect(abs(forward / 32_228_179_968 - 1) < 1e-9)
  }

  @Test func mixtureOfExpertsGraphBuilds() throws {
    let model = try ModelImporter.open(
      path: FixturePath.of("hf/mixtral-8x7b.json"), options: .init(sequences: .init(length: 64)))
    let analysis = try BackwardAnalysis(try #require(model.graph))
    #expect(abs(Double(analysis.parameters) / 46_702_792_704 - 1) < 0.001)
  }

  @Test func badDimensionBindingIsAClearError() {
    #expect(throws: ModelImportError.self) { try ImportOptions.dimension("batch") }
    #expect(throws: ModelImportError.self) { try ImportOptions.dimension("batch=0") }
    #expect((try? ImportOptions.dimension("sequence=2048"))?.value == 2048)
  }
}

struct ModelImporterGraphTests {
  @Test func loaderBuildsAGraphFromAConfigAtTheGivenSequenceLength() throws {
    let graph = try ModelImporter.open(
      path: FixturePath.of("hf/llama-3-8b.json"), options: ImportOptions(sequences: .init(length: 256))
    ).layerGraph()
    #expect(graph.inputShape == [256])
    #expect(try BackwardAnalysis(graph).parameters == 8_030_261_248)
  }

  @Test func branchingONNXGivesAGraphAndSafetensorsSaysWhichCommandReadsIt() throws {
    let path = try FixturePath.of("onnx/gpt2-tiny.onnx")
    let graph = try ModelImporter.open(
      path: path, options: ImportOptions(dimensions: ["batch": 1, "sequence": 8])
    ).layerGraph()
    #expect(graph.inputShape == [8])
    let safetensors = try FixturePath.of("safetensors/model.safetensors")
    let other = #expect(throws: ModelImportError.self) {
      try ModelImporter.open(path: safetensors).layerGraph()
    }
    #expect(other?.description.contains("trainflops params") == true)
  }

  @Test(arguments: ["linear.onnx", "conv.onnx"])
  func sequentialONNXGraphMatchesFlopCounterMode(_ name: String) throws {
    // Fixtures/onnx/flop-counts.json: FlopCounterMode's forward FLOP (batch 4 for linear.onnx,
    // 2 for conv.onnx); the graph counts per example.
    let (batch, flop) = name == "linear.onnx" ? (4, 14_848.0) : (2, 263_296.0)
    let graph = try ModelImporter.open(
      path: FixturePath.of("onnx/" + name), options: ImportOptions(dimensions: ["batch": 1])
    ).layerGraph()
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    let forward = analysis.layers.map(\.forward.matrix.value).reduce(0, +)
    #expect(abs(forward * Double(batch) / flop - 1) < 1e-12)
  }
}
