import Testing

@testable import TrainingCompute

/// The layers imported graphs map onto: products of two activations, element-wise operations
/// and data movement.
struct ImportedLayerTests {
  @Test func batchedProductCostsTwoPerMultiplyAddAndTwiceThatBackward() throws {
    // FlopCounterMode's bmm formula: 2·b·m·k·n = 2·4·8·16·8 = 8,192; backward computes dA and dB,
    // one product each.
    let layer = MatrixProduct()
    #expect(try layer.outputShape(for: [[4, 8, 16], [4, 16, 8]]) == [4, 8, 8])
    let cost = layer.cost(for: [[4, 8, 16], [4, 16, 8]])
    #expect(cost.forward == FLOPBreakdown(matrix: 8192))
    #expect(cost.inputGradient == FLOPBreakdown(matrix: 16384))
    #expect(cost.parameters == 0)
  }

  @Test func productBatchDimensionsBroadcast() throws {
    #expect(try MatrixProduct().outputShape(for: [[1, 8, 16], [3, 16, 2]]) == [3, 8, 2])
    #expect(
      throws: LayerIssue(
        field: "inputs", value: "[8, 16] and [8, 2]", allowed: "[…, m, k] and […, k, n] with the same k")
    ) {
      try MatrixProduct().outputShape(for: [[8, 16], [8, 2]])
    }
  }

  @Test func reductionReadsEveryInputElementOnce() {
    let cost = Elementwise("ReduceMean", output: [4, 1]).cost(for: [[4, 16]])
    #expect(cost.forward == .elementwise(64))
    #expect(Elementwise("Cast", output: [4, 16]).cost(for: [[4, 16]]).forward == .zero)
  }

  @Test func learnedOperandGetsAWeightGradientPerElement() {
    let cost = Elementwise("Add", output: [8, 64], parameters: 64).cost(for: [[8, 64]])
    #expect(cost.parameters == 64)
    #expect(cost.weightGradient == .elementwise(512))
  }

  @Test func dataMovementIsFreeAndChecksItsShape() throws {
    #expect(DataMovement("Transpose", output: [16, 4]).cost(for: [[4, 16]]) == .free)
    #expect(throws: LayerIssue(field: "output shape", value: "[0, 4]", allowed: "sizes of at least 1")) {
      try DataMovement("Slice", output: [0, 4]).outputShape(for: [[4, 4]])
    }
  }
}
