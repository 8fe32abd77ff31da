import Testing
import TrainingCompute

struct LinearTests {
  /// y = xWᵀ + b on [seq 4, 8 features] → 16: forward 2·4·8·16 = 1,024 matrix FLOP, 64 bias adds.
  @Test func forwardAndGradientsOfATokenBatch() throws {
    let layer = Linear(inputFeatures: 8, outputFeatures: 16)
    #expect(try layer.outputShape(for: [[4, 8]]) == [4, 16])
    let cost = layer.cost(for: [[4, 8]])
    #expect(cost.parameters == 8 * 16 + 16)
    #expect(cost.forward == FLOPBreakdown(matrix: 1024, elementwise: 64))
    #expect(cost.inputGradient == FLOPBreakdown(matrix: 1024))
    #expect(cost.weightGradient == FLOPBreakdown(matrix: 1024, elementwise: 64))
  }

  @Test func withoutBiasThereIsNoElementwiseWork() {
    let cost = Linear(inputFeatures: 3, outputFeatures: 5, hasBias: false).cost(for: [[3]])
    #expect(cost.parameters == 15)
    #expect(cost.forward == FLOPBreakdown(matrix: 30))
  }

  @Test func wrongFeatureCountNamesTheField() {
    #expect(throws: LayerIssue.self) {
      try Linear(inputFeatures: 8, outputFeatures: 2).outputShape(for: [[7]])
    }
    do {
      _ = try Linear(inputFeatures: 8, outputFeatures: 2).outputShape(for: [[7]])
    } catch {
      #expect(error.allowed.contains("in_features"))
    }
  }
}
