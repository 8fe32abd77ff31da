import Testing
import TrainingCompute

struct OperationCountTests {
  /// GPT-3 175B trained on 300B tokens: Brown et al. 2020, Table D.1, gives 3.14e23 FLOP
  /// (with 174.6B parameters); 6 × 175e9 × 300e9 = 3.15e23.
  @Test func gpt3FollowsTheSixNDRule() throws {
    let estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: FLOPs(3.15e23)))
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: FLOPs(3.14e23), relativeTolerance: 0.01))
    #expect(estimate.method == .operationCounting)
  }

  @Test func connectionsTimesExamplesTimesEpochs() throws {
    let count = OperationCount(forward: .connections(1e6), passes: .examples(5e4), epochs: 10)
    // 2 × 1e6 × 3 × 5e4 × 10
    #expect(try count.estimate().totalFLOP.isApproximatelyEqual(to: FLOPs(3e12)))
  }

  @Test func batchesAndBackwardRatio() throws {
    let count = OperationCount(
      forward: .forwardFLOP(FLOPs(1e9)), passes: .batches(count: 100, size: 32), backwardRatio: 1)
    #expect(try count.estimate().totalFLOP.isApproximatelyEqual(to: FLOPs(1e9 * 2 * 3200)))
  }

  @Test func multiplyAddsCountTwice() throws {
    let count = OperationCount(forward: .multiplyAdds(5e8), passes: .examples(1))
    #expect(try count.estimate().totalFLOP.isApproximatelyEqual(to: FLOPs(3e9)))
  }

  @Test func defaultsAreMarked() throws {
    let estimate = try OperationCount(forward: .parameters(1e9), passes: .tokens(1e9)).estimate()
    #expect(estimate.input(named: "epochs")?.isDefault == true)
    #expect(estimate.input(named: "backward-ratio")?.isDefault == true)
    #expect(estimate.input(named: "params")?.isDefault == false)
  }

  @Test(arguments: [
    (
      OperationCount(forward: .parameters(-1), passes: .tokens(1)),
      EstimateError.notPositive(field: "params", value: -1)
    ),
    (
      OperationCount(forward: .parameters(1), passes: .examples(0)), .notPositive(field: "examples", value: 0)
    ),
    (
      OperationCount(forward: .parameters(1), passes: .tokens(1), epochs: .nan),
      .notFinite(field: "epochs", value: .nan)
    ),
  ])
  func badInputNamesTheField(count: OperationCount, expected: EstimateError) {
    #expect(throws: EstimateError.self) { try count.estimate() }
    do { _ = try count.estimate() } catch {
      #expect(error.description.contains(expected.fieldName))
    }
  }
}

extension EstimateError {
  /// The field named in the error, for tests that compare messages with NaN values.
  var fieldName: String {
    switch self {
    case .notPositive(let field, _), .notFinite(let field, _), .negative(let field, _): return field
    default: return ""
    }
  }
}
