import Testing
import TrainingCompute

/// The Mamba-2 mixer against Hugging Face Transformers 5.24 and PyTorch FlopCounterMode (torch
/// 2.15) on mistralai/Mamba-Codestral-7B-v0.1's config (d 4096, H 128 × P 64, N 128, G 8, K 4,
/// chunks of 256; 64 layers, vocabulary 32,768, untied head), built on the meta device.
struct Mamba2Tests {
  static let codestral = Mamba2(
    modelDimension: 4096, heads: 128, headDimension: 64, stateSize: 128, groups: 8, convolutionWidth: 4,
    chunkSize: 256)

  /// `num_parameters()` = 7,285,403,648 = 64 × (mixer + RMSNorm 4,096) + final RMSNorm 4,096 +
  /// embedding and head 2 × 32,768 × 4,096, so one mixer holds 109,635,968.
  @Test func parametersMatchTransformers() {
    #expect(Self.codestral.parameterCount == 109_635_968)
    #expect(Self.codestral.innerDimension == 8192)
  }

  /// FlopCounterMode per layer (totals over 64 layers less the head): at 8 tokens (one padded
  /// chunk) aten.mm 1,753,219,072 + aten.convolution 901,120 + aten.bmm 4,303,355,904; at 300
  /// tokens (two chunks) 65,745,715,200 + 24,821,760 + 8,608,808,960.
  @Test(arguments: [(8, 6_057_476_096.0), (300, 74_379_345_920.0)])
  func forwardMatrixFLOPMatchesFlopCounterMode(_ length: Int, _ expected: Double) {
    #expect(Self.codestral.cost(for: [[length, 4096]]).forward.matrix.value == expected)
  }

  /// Every scan product multiplies two activations: its two gradients are internal and twice its
  /// forward; only in_proj's input gradient (2·8·4,096·18,560) leaves the block.
  @Test func backwardFollowsTheCatalogMethod() {
    let cost = Self.codestral.cost(for: [[8, 4096]])
    #expect(cost.inputGradient.matrix.value == 1_216_348_160)
    #expect(cost.weightGradient.matrix.value == 1_753_219_072 + 901_120)
    #expect(cost.internalGradient.matrix.value == 536_870_912 + 901_120 + 2 * 4_303_355_904)
  }

  @Test func refusesGroupsThatDoNotDivideTheHeads() {
    var odd = Self.codestral
    odd.groups = 3
    #expect(throws: LayerIssue(field: "n_groups", value: "3", allowed: "a divisor of the 128 heads")) {
      try odd.outputShape(for: [[8, 4096]])
    }
  }
}
