import Foundation
import ModelImport
import Testing
import TrainingCompute

/// `params`, `conventions` and `model` read every fixture config through the same front door and
/// must agree exactly: the parameters the architecture counts are the graph's, and the
/// conventions' detailed forward count per token (full attention) is the graph's forward matrix
/// FLOP per token (the graph counted as FlopCounterMode does, matrix products only).
struct FamilyAgreementTests {
  static let files: [String] = {
    let folder = (try? FixturePath.of("hf")) ?? ""
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let references = ["transformers-counts.json", "flopcounter-forward.json"]
    return names.filter { $0.hasSuffix(".json") && !references.contains($0) }.sorted()
  }()

  @Test func everyFixtureIsChecked() {
    #expect(Self.files.count >= 51)
  }

  @Test(arguments: files)
  func paramsConventionsAndModelAgree(_ file: String) throws {
    // Token models on 256 tokens, or their most (CLIP's 77); an image model on its image's
    // positions, which no option sets.
    let path = try FixturePath.of("hf/" + file)
    var model = try ModelImporter.open(path: path, options: ImportOptions(attention: .full))
    let sequence =
      model.architecture?.patches?.positions ?? min(256, model.architecture?.maxSequenceLength ?? 256)
    if model.architecture?.patches == nil {
      model = try ModelImporter.open(
        path: path, options: ImportOptions(sequences: .init(length: sequence), attention: .full))
    }
    let analysis = try BackwardAnalysis(try model.layerGraph(), counting: .matrixOnly)
    #expect(analysis.parameters == model.parameters.total, "parameters")
    let conventions = try #require(model.conventions)
    let graphForward = analysis.layers.map(\.forward.matrix.value).reduce(0, +) / Double(sequence)
    #expect(
      abs(graphForward / conventions.detailedForwardPerToken.value - 1) < 1e-12,
      "forward FLOP per token: graph \(graphForward), conventions \(conventions.detailedForwardPerToken.value)"
    )
  }

  @Test func sequenceMixFollowsTheTokensWeightedLength() throws {
    // 512×3 and 2048×1: attention per token follows Σ n·T² / Σ n·T = 4,980,736 / 3,584 tokens,
    // the projections the tokens alone; the graph and the conventions agree on both.
    let sequences = try SequenceLengths.parse("512x3,2048x1")
    let model = try ModelImporter.open(
      path: FixturePath.of("hf/llama-3-8b.json"),
      options: ImportOptions(sequences: sequences, attention: .full))
    let graph = try model.layerGraph()
    #expect(graph.inputShape == [896])  // 3,584 tokens in 4 sequences
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    let perToken = analysis.layers.map(\.forward.matrix.value).reduce(0, +) / 896
    let conventions = try #require(model.conventions)
    #expect(conventions.context == 4_980_736.0 / 3_584)
    #expect(abs(perToken / conventions.detailedForwardPerToken.value - 1) < 1e-12)
  }
}
