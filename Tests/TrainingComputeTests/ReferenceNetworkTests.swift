import Testing
import TrainingCompute

/// Published parameter counts and FlopCounterMode figures for larger networks.
struct ReferenceNetworkTests {
  /// torchvision's model table: ResNet-18 11,689,512; ResNet-50 25,557,032; VGG-16 138,357,544.
  @Test func publishedParameterCounts() throws {
    let resnet18 = ReferenceNetworks.resnet(blocks: [2, 2, 2, 2], bottleneck: false, name: "ResNet-18")
    let resnet50 = ReferenceNetworks.resnet(blocks: [3, 4, 6, 3], bottleneck: true, name: "ResNet-50")
    #expect(try BackwardAnalysis(resnet18).parameters == 11_689_512)
    #expect(try BackwardAnalysis(resnet50).parameters == 25_557_032)
    #expect(try BackwardAnalysis(ReferenceNetworks.vgg16()).parameters == 138_357_544)
  }

  /// GPT-2 small has 124,439,808 parameters with the output layer tied to the token embedding
  /// (Hugging Face `gpt2`; also the oracle's figure).
  @Test func gpt2SmallCountsTiedWeightsOnce() throws {
    let analysis = try BackwardAnalysis(ReferenceNetworks.gpt2Small())
    #expect(analysis.parameters == 124_439_808)
    #expect(analysis.trainableParameters == 124_439_808)
  }

  /// oracle-public.json, resnet18 batch 1: forward 3,628,146,688, backward 7,020,265,472.
  @Test func resnet18MatchesFlopCounterMode() throws {
    let graph = ReferenceNetworks.resnet(blocks: [2, 2, 2, 2], bottleneck: false, name: "ResNet-18")
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    #expect(analysis.forward.isApproximatelyEqual(to: FLOPs(3_628_146_688)))
    #expect((analysis.inputGradient + analysis.weightGradient).isApproximatelyEqual(to: FLOPs(7_020_265_472)))
  }

  /// oracle-public.json, gpt2_s128 batch 1 (attention counted in full): forward 32,228,179,968,
  /// backward 64,456,359,936.
  @Test func gpt2MatchesFlopCounterMode() throws {
    let analysis = try BackwardAnalysis(ReferenceNetworks.gpt2Small(), counting: .matrixOnly)
    #expect(analysis.forward.isApproximatelyEqual(to: FLOPs(32_228_179_968)))
    #expect(
      (analysis.inputGradient + analysis.weightGradient).isApproximatelyEqual(to: FLOPs(64_456_359_936)))
  }

  /// Causal counting halves QKᵀ and AV: 12 blocks × 2 products × 2·12·128²·64 ÷ 2 = 301,989,888 less.
  @Test func causalCountingHalvesAttentionScores() throws {
    let full = try BackwardAnalysis(ReferenceNetworks.gpt2Small(), counting: .matrixOnly)
    let causal = try BackwardAnalysis(ReferenceNetworks.gpt2Small(isCausal: true), counting: .matrixOnly)
    #expect((full.forward - causal.forward).isApproximatelyEqual(to: FLOPs(301_989_888)))
  }

  /// Fine-tuning only the head of ResNet-18: no convolution computes any gradient.
  @Test func freezingTheBackboneLeavesOnlyTheHead() throws {
    var graph = ReferenceNetworks.resnet(blocks: [2, 2, 2, 2], bottleneck: false, name: "ResNet-18")
    graph.setFrozen { $0 != "fc" }
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    #expect(analysis.trainableParameters == 512 * 1000 + 1000)
    #expect(analysis.inputGradient == .zero)
    // fc's weight gradient alone: 2 × 512 × 1000.
    #expect(analysis.weightGradient.isApproximatelyEqual(to: FLOPs(1_024_000)))
  }
}
