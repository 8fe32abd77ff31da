import Testing
import TrainingCompute

/// The best estimate's method order, traps and confidence.
struct BestEstimateTests {
  static func facts(_ pairs: [(String, String)]) throws -> TrainingFacts { try TrainingFacts(pairs) }

  @Test func countsOperationsForParametersAndTokens() throws {
    // GPT-3 175B: 174.6B parameters, 300B tokens, 3.14e23 FLOP (Brown et al. 2020, Table D.1).
    let best = try bestEstimate(Self.facts([("params", "174.6B"), ("tokens", "300B")]))
    #expect(best.method == .operationCounting)
    #expect(best.totalFLOP.value.isApproximatelyEqual(to: 3.14e23, relativeTolerance: 0.01))
    #expect(best.interval.contains(3.14e23))
    #expect(best.confidence == .confident)
    #expect(best.used == ["params", "tokens"])
  }

  @Test func takesTheReportedFigureFirstAndSaysTheOthersOnlyCheckIt() throws {
    let best = try bestEstimate(
      Self.facts([("reported-flop", "3.14e23"), ("params", "174.6B"), ("tokens", "300B")]))
    #expect(best.method == .reported)
    #expect(best.totalFLOP.value == 3.14e23)
    #expect(best.used == ["reported-flop"])
    #expect(
      best.unused == [
        .init(field: "params", reason: "used only to check the reported figure, which is taken first"),
        .init(field: "tokens", reason: "used only to check the reported figure, which is taken first"),
      ])
  }

  @Test func warnsAndWidensForParametersTimesExamplesOfAConvolutionalNetwork() throws {
    // ResNet-50: 25.6M parameters, 1.28M ImageNet images, 90 epochs; 4.1 GMAC per image
    // (He et al. 2016, Table 1) gives 3 × 8.2e9 × 1.28e6 × 90 ≈ 2.8e18 FLOP.
    let best = try bestEstimate(Self.facts([("params", "25.6M"), ("examples", "1.28M"), ("epochs", "90")]))
    #expect(best.totalFLOP.value.isApproximatelyEqual(to: 1.77e16, relativeTolerance: 0.01))
    #expect(best.warnings.contains { $0.contains("reuse weights") })
    #expect(best.interval.contains(2.8e18))
    #expect(best.confidence == .speculative)
    #expect(best.narrowedMostBy == "forward-flop")
  }

  @Test func usesHardwareTimeWhenItIsTheOnlyMethodPossible() throws {
    let best = try bestEstimate(
      Self.facts([("hardware", "H100 SXM"), ("precision", "bf16"), ("chip-hours", "1M")]))
    #expect(best.method == .hardwareTime)
    #expect(best.narrowedMostBy == "utilization")
    #expect(best.choice.hasPrefix("Used hardware time from hardware, precision, chip-hours"))
  }

  @Test func namesTheMissingFactsWhenNoMethodIsPossible() {
    #expect(
      throws: EstimateError.missingInput(
        field: "a way to estimate",
        expected:
          "reported-flop; or params (or connections, forward-flop, multadds) with tokens, words or examples; or hardware (or peak) with chip-hours, or with a time and count"
      )
    ) {
      try bestEstimate(Self.facts([("params", "7B")]))
    }
  }

  @Test func refusesActiveParametersAboveTheTotal() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "params", value: "6.71e11",
        allowed: "at most total-params (3.7e10): params are the parameters active per token")
    ) {
      try bestEstimate(Self.facts([("params", "671B"), ("total-params", "37B"), ("tokens", "14.8T")]))
    }
  }

  @Test func warnsWhenAMixtureOfExpertsGivesNoTotal() throws {
    let best = try bestEstimate(
      Self.facts([("params", "671B"), ("tokens", "14.8T"), ("architecture", "moe")]))
    #expect(best.warnings.contains { $0.contains("active parameters") })
    // DeepSeek-V3 activates 37B of 671B (DeepSeek-AI 2024): the interval must reach 37/671 of the figure.
    #expect(best.range.low.value <= best.totalFLOP.value * 37 / 671)
  }

  @Test func disagreementNamesTheImpliedUtilizationAsSuspect() throws {
    // 1,000 H100s for one hour cannot do 6 × 70B × 1.4T FLOP: the implied utilization is far above any run's.
    let best = try bestEstimate(
      Self.facts([
        ("params", "70B"), ("tokens", "1.4T"), ("hardware", "H100 SXM"), ("count", "1000"), ("hours", "1"),
      ]))
    #expect(best.method == .operationCounting)
    #expect(best.comparison?.agrees == false)
    #expect(best.suspects.first?.hasPrefix("The operation count implies") == true)
    #expect(best.interval.contains(best.comparison?.hardwareFLOP.value ?? 0))
  }

  @Test func convertsWordsToTokensAndWidens() throws {
    let words = try bestEstimate(Self.facts([("params", "1B"), ("words", "75B")]))
    #expect(words.totalFLOP.value.isApproximatelyEqual(to: 6 * 1e9 * 100e9, relativeTolerance: 1e-9))
    #expect(words.contributions.contains { $0.spread.input == "tokens per word" })
  }
}

extension Double {
  func isApproximatelyEqual(to other: Double, relativeTolerance: Double) -> Bool {
    abs(self - other) <= relativeTolerance * max(abs(self), abs(other))
  }
}
