import Foundation
import Testing

@testable import TrainingCompute

/// Propagation of spreads in log space and the confidence labels read off the interval.
struct IntervalTests {
  @Test func independentSpreadsAddTheirLogVariances() {
    // Two independent ×/÷2 log-normal spreads: σ_total = √2 σ, so the bound is 2^√2 ≈ 2.665.
    let spread = Spread.symmetric(input: "a", fact: nil, factor: 2, source: "test")
    let interval = Interval(central: 100, spreads: [spread, spread])
    #expect(abs(interval.high / 100 - pow(2, 2.squareRoot())) < 1e-12)
    #expect(abs(100 / interval.low - pow(2, 2.squareRoot())) < 1e-12)
  }

  @Test func aOneSidedSpreadWidensOnlyItsSide() {
    let interval = Interval(
      central: 1, spreads: [Spread(input: "reuse", fact: nil, low: 1, high: 300, source: "test")])
    #expect(interval.low == 1)
    #expect(abs(interval.high - 300) < 1e-9)
  }

  @Test(arguments: [(2.9, Confidence.confident), (3.1, .likely), (9.9, .likely), (10.5, .speculative)])
  func confidenceFollowsTheIntervalsWidth(factor: Double, expected: Confidence) {
    let interval = Interval(
      central: 1, spreads: [.symmetric(input: "x", fact: nil, factor: factor, source: "test")])
    #expect(Confidence(interval) == expected)
  }

  /// A ledger stage's interval is labelled by the same rule as the best estimate's (Confident
  /// within ×/÷ 3, Likely within ×/÷ 10): here only the high end sets the width.
  @Test(arguments: [(2.9, "Confident"), (3.1, "Likely"), (9.9, "Likely"), (10.5, "Speculative")])
  func aStageIntervalIsLabelledAsTheBestEstimateIs(factor: Double, expected: String) {
    let range = Estimate.Range(low: FLOPs(1e20), high: FLOPs(factor * 1e20), basis: "test")
    #expect(StageEstimator.confidence(flop: FLOPs(1e20), range: range) == expected)
    let point = Estimate.Range(low: FLOPs(1e20), high: FLOPs(1e20), basis: "")
    #expect(StageEstimator.confidence(flop: FLOPs(1e20), range: point) == "not assessed (no interval)")
  }

  @Test func anIntervalReadsAsItsTwoEndsJoinedByADash() {
    let range = Estimate.Range(low: FLOPs(1.234e20), high: FLOPs(5e21), basis: "test")
    #expect(range.span == "1.23e20–5e21")
  }

  @Test func combiningTwoEqualEstimatesNarrowsByRootTwo() {
    let one = Interval(central: 1e20, spreads: [.symmetric(input: "x", fact: nil, factor: 4, source: "test")])
    let two = Interval(central: 4e20, spreads: [.symmetric(input: "y", fact: nil, factor: 4, source: "test")])
    let combined = Interval.combining(one, two)
    #expect(abs(combined.central / 2e20 - 1) < 1e-9)  // geometric mean
    #expect(abs(combined.high / combined.central - pow(4, 1 / 2.squareRoot())) < 1e-9)
  }
}
