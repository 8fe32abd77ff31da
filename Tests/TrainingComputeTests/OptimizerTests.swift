import Testing
import TrainingCompute

struct OptimizerTests {
  /// The seed: SGD 2 FLOP per parameter, Adam 18 (appendix B).
  @Test func seedFigures() {
    #expect(Optimizer.sgd.flopPerParameter == 2)
    #expect(Optimizer.adam.flopPerParameter == 18)
  }

  @Test func namesParse() throws {
    #expect(try Optimizer(parsing: "AdamW") == .adamW)
    #expect(try Optimizer(parsing: "sgd-momentum") == .sgdMomentum)
    #expect(try Optimizer(parsing: "momentum") == .sgdMomentum)
    #expect(
      throws: EstimateError.unknownOption(
        field: "optimizer", value: "adamax",
        allowed: [
          "sgd", "sgd_momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "adafactor", "lion",
        ])
    ) { try Optimizer(parsing: "adamax") }
  }

  @Test(arguments: Optimizer.allCases)
  func everyOptimizerCostsAtLeastSGD(optimizer: Optimizer) {
    #expect(optimizer.flopPerParameter >= 2)
    #expect(optimizer.derivation.contains("FLOP per parameter"))
  }

  /// Update share per example = cost × parameters ÷ batch: OneNet, Adam, batch 8.
  @Test func updateShareShrinksWithBatch() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.oneNet(), batchSize: 8, optimizer: .adam)
    let expected = 18.0 * 533_898 / 8
    #expect(analysis.updatePerExample.isApproximatelyEqual(to: FLOPs(expected)))
  }

  /// Training compute = (forward + backward) per example × tokens ÷ sequence length × epochs.
  @Test func estimateFromTokens() throws {
    let analysis = try BackwardAnalysis(ReferenceNetworks.gpt2Small(), batchSize: 8, counting: .matrixOnly)
    let estimate = try analysis.estimate(data: .tokens(128 * 1000), epochs: 2)
    #expect(estimate.method == .modelGraph)
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: analysis.trainingPerExample * 2000))
    #expect(throws: EstimateError.notPositive(field: "examples", value: 0)) {
      try analysis.estimate(data: .examples(0))
    }
  }
}
