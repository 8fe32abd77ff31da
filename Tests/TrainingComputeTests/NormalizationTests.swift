import Testing
import TrainingCompute

struct NormalizationTests {
  /// PyTorch: BatchNorm2d(64) and LayerNorm(768) hold 2·C, RMSNorm(d) d parameters.
  @Test func parameterCounts() {
    #expect(Normalization(.batch, features: 64).parameterCount == 128)
    #expect(Normalization(.layer, features: 768).parameterCount == 1536)
    #expect(Normalization(.layer, features: 768, hasBias: false).parameterCount == 768)
    #expect(Normalization(.rms, features: 4096).parameterCount == 4096)
    #expect(Normalization(.group, features: 32, groups: 8).parameterCount == 64)
  }

  /// LayerNorm: 8 FLOP per element forward (statistics 4, normalize 2, affine 2), no matrix work.
  @Test func layerNormIsElementwise() {
    let cost = Normalization(.layer, features: 16).cost(for: [[4, 16]])
    #expect(cost.forward == .elementwise(8 * 64))
    #expect(cost.weightGradient == .elementwise(3 * 64))
  }

  @Test func groupsMustDivideChannels() {
    #expect(throws: LayerIssue.self) {
      try Normalization(.group, features: 30, groups: 8).outputShape(for: [[30, 4, 4]])
    }
  }

  @Test func batchNormReadsChannelsFirst() {
    #expect(throws: LayerIssue.self) { try Normalization(.batch, features: 3).outputShape(for: [[4, 3]]) }
  }
}
