import Testing
import TrainingCompute

struct ActivationTests {
  @Test(arguments: Activation.Function.allCases)
  func shapeKeptAndCostPerElement(function: Activation.Function) throws {
    let layer = Activation(function)
    #expect(try layer.outputShape(for: [[10, 20]]) == [10, 20])
    let cost = layer.cost(for: [[10, 20]])
    #expect(cost.forward == .elementwise(200 * function.flopPerElement))
    #expect(cost.inputGradient == cost.forward)
    #expect(cost.parameters == 0)
  }

  /// The seed: dropout does not change the operation count.
  @Test func dropoutIsFree() throws {
    #expect(Dropout(rate: 0.1).cost(for: [[100]]) == .free)
    #expect(throws: LayerIssue.self) { try Dropout(rate: 1).outputShape(for: [[100]]) }
  }
}
