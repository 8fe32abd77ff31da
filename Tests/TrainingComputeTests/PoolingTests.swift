import Testing
import TrainingCompute

struct PoolingTests {
  /// Max pool 3, stride 2 on 112 → ⌊(112 − 3)/2⌋ + 1 = 55 (the study's networks); 9 comparisons
  /// per output.
  @Test func slidingMaxPool() throws {
    let layer = Pooling.sliding(.max, kernel: [3], stride: [2])
    #expect(try layer.outputShape(for: [[32, 112, 112]]) == [32, 55, 55])
    let cost = layer.cost(for: [[32, 112, 112]])
    #expect(cost.forward == .elementwise(32 * 55 * 55 * 9))
    #expect(cost.parameters == 0)
    #expect(cost.forward.matrix == .zero)
  }

  @Test func adaptiveAndGlobalPooling() throws {
    #expect(
      try Pooling(.average, window: .adaptive(outputSize: [7])).outputShape(for: [[512, 14, 14]]) == [
        512, 7, 7,
      ])
    #expect(try Pooling(.max, window: .global).outputShape(for: [[64, 28, 28]]) == [64, 1, 1])
    #expect(
      Pooling(.average, window: .global).cost(for: [[64, 28, 28]]).forward == .elementwise(64 * 28 * 28))
  }

  @Test func kernelLargerThanInputIsRefused() {
    #expect(throws: LayerIssue.self) { try Pooling.sliding(.max, kernel: [5]).outputShape(for: [[1, 3, 3]]) }
  }
}
