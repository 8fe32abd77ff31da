import Testing
import TrainingCompute

struct MixtureOfExpertsTests {
  /// Mixtral 8x7B's layer (d 4096, f 14336, 8 experts, top 2, gated): 8 · 3 · 4096 · 14336 +
  /// 4096 · 8 router parameters (Jiang et al. 2024); per token 2 experts run.
  @Test func mixtralLayer() throws {
    let layer = MixtureOfExperts(modelDimension: 4096, expertDimension: 14336, experts: 8, topK: 2)
    let expertParameters: Int = 8 * 3 * 4096 * 14336
    #expect(layer.parameterCount == expertParameters + 4096 * 8)
    let cost = layer.cost(for: [[1, 4096]])
    let perExpert: Double = 3 * 2 * 4096 * 14336
    let expected: Double = 2 * perExpert + 2 * 4096 * 8
    #expect(cost.forward.matrix.isApproximatelyEqual(to: FLOPs(expected)))
    #expect(cost.weightGradient.matrix.isApproximatelyEqual(to: FLOPs(expected)))
  }

  @Test func sharedExpertsSeeEveryToken() {
    let routed = MixtureOfExperts(modelDimension: 8, expertDimension: 16, experts: 4, topK: 1, isGated: false)
    let shared = MixtureOfExperts(
      modelDimension: 8, expertDimension: 16, experts: 4, topK: 1, sharedExperts: 1, isGated: false)
    let difference = shared.cost(for: [[3, 8]]).forward.matrix - routed.cost(for: [[3, 8]]).forward.matrix
    let sharedExpert: Double = 3 * 2 * 2 * 8 * 16
    #expect(difference.isApproximatelyEqual(to: FLOPs(sharedExpert)))
  }

  @Test func topKCannotExceedExperts() {
    #expect(throws: LayerIssue.self) {
      try MixtureOfExperts(modelDimension: 8, expertDimension: 16, experts: 4, topK: 5).outputShape(for: [
        [2, 8]
      ])
    }
  }
}
