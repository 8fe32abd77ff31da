import Testing
import TrainingCompute

/// The backward/forward study's findings (Hobbhahn & Sevilla 2021) on its four networks, and
/// agreement with PyTorch's FlopCounterMode (/work/shared/reference/oracle-public.json: forward
/// and backward FLOP of matrix products and convolutions, batch 1; its backward_flop is the input
/// gradient of every layer but the first plus every weight gradient).
struct BackwardAnalysisTests {
  static let oracle: [(name: String, graph: ModelGraph, parameters: Int, forward: Double, backward: Double)] =
    [
      ("LinearNet", StudyNetworks.linearNet(), 617_092_490, 1_234_176_512, 1_235_227_648),
      ("OneNet", StudyNetworks.oneNet(), 533_898, 1_059_328, 2_110_464),
      ("ConvNet", StudyNetworks.convNet(), 105_706, 275_367_168, 432_720_384),
      (
        "DeeperConvNet_N0", StudyNetworks.deeperConvNet(intermediateLayers: 0), 105_706, 275_367_168,
        432_720_384
      ),
      (
        "DeeperConvNet_N1", StudyNetworks.deeperConvNet(intermediateLayers: 1), 114_922, 331_123_968,
        544_233_984
      ),
      (
        "DeeperConvNet_N2", StudyNetworks.deeperConvNet(intermediateLayers: 2), 124_138, 386_880_768,
        655_747_584
      ),
      (
        "DeeperConvNet_N5", StudyNetworks.deeperConvNet(intermediateLayers: 5), 151_786, 554_151_168,
        990_288_384
      ),
      (
        "DeeperConvNet_N10", StudyNetworks.deeperConvNet(intermediateLayers: 10), 197_866, 832_935_168,
        1_547_856_384
      ),
      (
        "DeeperConvNet_N100", StudyNetworks.deeperConvNet(intermediateLayers: 100), 1_027_306, 5_851_047_168,
        11_584_080_384
      ),
    ]

  @Test(arguments: oracle.indices)
  func matchesFlopCounterMode(index: Int) throws {
    let entry = Self.oracle[index]
    let analysis = try BackwardAnalysis(entry.graph, counting: .matrixOnly)
    #expect(analysis.parameters == entry.parameters, "\(entry.name)")
    #expect(analysis.forward.isApproximatelyEqual(to: FLOPs(entry.forward)), "\(entry.name)")
    let backward = analysis.inputGradient + analysis.weightGradient
    #expect(backward.isApproximatelyEqual(to: FLOPs(entry.backward)), "\(entry.name)")
  }

  /// The oracle's sgd_update_flop is 2 FLOP per parameter: LinearNet 1,234,184,980.
  @Test func sgdUpdateIsTwoFLOPPerParameter() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.linearNet(), optimizer: .sgd)
    #expect(analysis.updatePerStep.isApproximatelyEqual(to: FLOPs(1_234_184_980)))
    let batch64 = try BackwardAnalysis(StudyNetworks.linearNet(), batchSize: 64, optimizer: .sgd)
    #expect(batch64.updatePerExample.isApproximatelyEqual(to: FLOPs(1_234_184_980.0 / 64)))
  }

  @Test func firstLayerIsOneToOneAndOthersTwoToOne() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.linearNet(), counting: .matrixOnly)
    let layers = analysis.layers.filter { $0.kind == "linear" }
    try #require(layers.count == 3)
    #expect(!layers[0].needsInputGradient)
    #expect(layers[0].backward.matrix.isApproximatelyEqual(to: layers[0].forward.matrix))
    for layer in layers.dropFirst() {
      #expect(layer.needsInputGradient)
      #expect(layer.backward.matrix.isApproximatelyEqual(to: 2 * layer.forward.matrix))
    }
  }

  /// The study: LinearNet's weights sit in its first layer, so it falls toward 1:1 as the batch
  /// grows (about 2:1 at batch 1, where the update is as large as the forward pass).
  @Test func linearNetFallsTowardOneToOne() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.linearNet(), optimizer: .sgd, counting: .matrixOnly)
    #expect(abs(analysis.ratio(batchSize: 1) - 2.0) < 0.01)
    #expect(abs(analysis.ratio(batchSize: 1024) - 1.0) < 0.01)
    #expect(analysis.ratio(batchSize: 64) < analysis.ratio(batchSize: 8))
  }

  /// The study: OneNet reaches the 3:1 maximum at batch 1 and falls toward 2:1.
  @Test func oneNetGoesFromThreeToTwo() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.oneNet(), optimizer: .sgd, counting: .matrixOnly)
    #expect(abs(analysis.ratio - 3.0) < 0.01)
    #expect(abs(analysis.ratio(batchSize: 1024) - 2.0) < 0.01)
  }

  /// The study: ConvNet's FLOP are dominated by its layers; the update hardly moves the ratio.
  @Test func convNetIsDominatedByLayers() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.convNet(), optimizer: .sgd, counting: .matrixOnly)
    #expect(analysis.updatePerStep.value < 0.001 * analysis.forward.value)
    #expect(abs(analysis.ratio(batchSize: 1) - analysis.ratio(batchSize: 1024)) < 0.002)
    #expect(abs(analysis.ratio - 1.5722) < 0.001)
  }

  /// The study: DeeperConvNet starts well below 2:1 and approaches it with depth.
  @Test func deeperConvNetApproachesTwoToOne() throws {
    let ratios = try [0, 1, 2, 5, 10, 100].map { depth in
      try BackwardAnalysis(
        StudyNetworks.deeperConvNet(intermediateLayers: depth), batchSize: 64, counting: .matrixOnly
      ).ratio
    }
    #expect(ratios[0] < 1.6)
    #expect(zip(ratios, ratios.dropFirst()).allSatisfy { $0 < $1 })
    #expect(ratios[5] > 1.97 && ratios[5] < 2)
  }

  @Test func adamAddsEighteenFLOPPerParameter() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.oneNet(), batchSize: 4, optimizer: .adam)
    #expect(analysis.updatePerStep.isApproximatelyEqual(to: FLOPs(18 * 533_898)))
    #expect(analysis.updatePerExample.isApproximatelyEqual(to: FLOPs(18 * 533_898 / 4.0)))
  }

  @Test func zeroBatchSizeIsRefused() {
    #expect(throws: ModelError.invalidSetting(field: "batch size", value: "0", allowed: "at least 1")) {
      try BackwardAnalysis(StudyNetworks.oneNet(), batchSize: 0)
    }
  }
}

/// Gradients that fan in at a branch point are summed.
struct GradientFanOutTests {
  @Test func aResidualBranchPointSumsItsTwoGradients() throws {
    // x → fc1 → (fc2, and the skip) → add: fc1's output gets gradients from fc2 and from the add,
    // one element-wise add per element of its [16] output to sum them.
    var graph = ModelGraph(name: "residual", inputShape: [16])
    graph.append(Linear(inputFeatures: 16, outputFeatures: 16), name: "fc1")
    graph.append(Linear(inputFeatures: 16, outputFeatures: 16), name: "fc2")
    graph.append(Add(), name: "add", inputs: ["fc1", "fc2"])
    let analysis = try BackwardAnalysis(graph)
    let fc1 = try #require(analysis.layers.first { $0.name == "fc1" })
    #expect(fc1.inputGradient == .elementwise(16))
    let fc2 = try #require(analysis.layers.first { $0.name == "fc2" })
    #expect(fc2.inputGradient == .matrixProduct(rows: 1, inner: 16, columns: 16))
  }
}
