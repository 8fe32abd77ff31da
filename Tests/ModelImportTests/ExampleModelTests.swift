import Foundation
import ModelImport
import Testing
import TrainingCompute

/// The example specs under examples/models load, have their published parameter counts and
/// reproduce PyTorch FlopCounterMode's figures (/work/shared/reference/oracle-public.json, batch 1).
struct ExampleModelTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/models")

  static func load(_ file: String) throws -> ModelGraph {
    try ModelImporter.open(path: directory.appendingPathComponent(file).path).layerGraph()
  }

  /// Published counts: torchvision (ResNet-50 25,557,032; VGG-16 138,357,544), Hugging Face
  /// gpt2 (124,439,808, tied embeddings), LeNet-5 with full C3 connections (61,706), the
  /// oracle (LinearNet 617,092,490; OneNet 533,898; ConvNet 105,706; DeeperConvNet_N100
  /// 1,027,306), and PyTorch's parameter shapes for Zaremba et al.'s medium LSTM (19,780,400).
  @Test(arguments: [
    ("resnet50.yaml", 25_557_032), ("vgg16.yaml", 138_357_544), ("gpt2-small.yaml", 124_439_808),
    ("lenet5.json", 61_706), ("linearnet.yaml", 617_092_490), ("onenet.json", 533_898),
    ("convnet.yaml", 105_706), ("deeperconvnet-n100.yaml", 1_027_306), ("lstm-lm.json", 19_780_400),
  ])
  func publishedParameterCounts(file: String, parameters: Int) throws {
    #expect(try BackwardAnalysis(Self.load(file)).parameters == parameters)
  }

  @Test(arguments: [
    ("linearnet.yaml", 1_234_176_512.0, 1_235_227_648.0), ("onenet.json", 1_059_328, 2_110_464),
    ("convnet.yaml", 275_367_168, 432_720_384), ("deeperconvnet-n0.yaml", 275_367_168, 432_720_384),
    ("deeperconvnet-n1.yaml", 331_123_968, 544_233_984), ("deeperconvnet-n2.yaml", 386_880_768, 655_747_584),
    ("deeperconvnet-n5.yaml", 554_151_168, 990_288_384),
    ("deeperconvnet-n10.yaml", 832_935_168, 1_547_856_384),
    ("deeperconvnet-n100.yaml", 5_851_047_168, 11_584_080_384),
  ])
  func studyNetworksMatchFlopCounterMode(file: String, forward: Double, backward: Double) throws {
    let analysis = try BackwardAnalysis(Self.load(file), counting: .matrixOnly)
    #expect(analysis.forward.isApproximatelyEqual(to: FLOPs(forward)))
    #expect((analysis.inputGradient + analysis.weightGradient).isApproximatelyEqual(to: FLOPs(backward)))
  }

  /// gpt2_s128 in the oracle: the same spec at sequence length 128.
  @Test func gpt2AtSequence128MatchesFlopCounterMode() throws {
    var graph = try Self.load("gpt2-small.yaml")
    graph.inputShape = [128]
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    #expect(analysis.forward.isApproximatelyEqual(to: FLOPs(32_228_179_968)))
    #expect(
      (analysis.inputGradient + analysis.weightGradient).isApproximatelyEqual(to: FLOPs(64_456_359_936)))
  }

  /// scripts/reference/reference-figures.json (made by scripts/reference/flop_reference.py with
  /// torch 2.13 FlopCounterMode, batch 1). Its LSTM figure counts only the decoder (FlopCounterMode
  /// does not see inside aten.lstm), so it is not used here.
  @Test(arguments: [
    ("lenet5.json", 833_040.0, 1_430_880.0), ("vgg16.yaml", 30_940_528_640, 61_707_649_024),
    ("resnet50.yaml", 8_178_368_512, 16_120_709_120),
  ])
  func examplesMatchFlopCounterMode(file: String, forward: Double, backward: Double) throws {
    let analysis = try BackwardAnalysis(Self.load(file), counting: .matrixOnly)
    #expect(analysis.forward.isApproximatelyEqual(to: FLOPs(forward)))
    #expect((analysis.inputGradient + analysis.weightGradient).isApproximatelyEqual(to: FLOPs(backward)))
  }

  @Test func repeatedBlocksAreNamedByRepetition() throws {
    let graph = try Self.load("resnet50.yaml")
    #expect(graph.nodes.contains { $0.name == "layer3.4.conv2" })
    #expect(graph.nodes.contains { $0.name == "layer4_first.0.downsample" })
  }
}
