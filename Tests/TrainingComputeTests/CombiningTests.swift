import Foundation
import Testing
import TrainingCompute

/// Combining two methods whose intervals are skewed: an operation count that assumed one epoch
/// is a lower bound, and the combination must follow the hardware time rather than sit at the
/// bound (issue 11's reproduction: ratio 0.021 once combined at the edge of the interval).
struct CombiningTests {
  @Test func aOneSidedIntervalAndAHigherSymmetricOneCombineNearTheHigher() {
    // No spread below, ×100 above (epochs unknown); the other ×/÷ 2 around 40× the first.
    let lowerBound = Interval(
      central: 1e19, spreads: [Spread(input: "epochs", fact: "epochs", low: 1, high: 100, source: "test")])
    let hardware = Interval(
      central: 4e20, spreads: [.symmetric(input: "utilization", fact: nil, factor: 2, source: "test")])
    let combined = Interval.combining(lowerBound, hardware)
    // The product of the two densities keeps most of the hardware time's shape: its mode lies
    // within the hardware time's interval, and its bounds are not pinned to the lower bound's.
    #expect(hardware.contains(combined.central))
    #expect(combined.central > 2e20)
    #expect(combined.low < combined.central * 0.75)
    #expect(combined.low > lowerBound.central)
    #expect(combined.high <= hardware.high * 1.001)
  }

  @Test func theExampleFromTheIssueCombinesNearTheHardwareTimeAndNamesTheImpliedEpochs() throws {
    let best = try bestEstimate(
      TrainingFacts([
        ("forward-flop", "2.93e11"), ("examples", "8.79e6"), ("backward-ratio", "2"),
        ("hardware", "A100 SXM4 80GB"), ("precision", "bf16"), ("count", "8"), ("days", "4"),
      ]))
    let comparison = try #require(best.comparison)
    // Per epoch: 2.93e11 × 3 × 8.79e6 = 7.73e18 FLOP; the hardware time is ~47 times that.
    #expect(comparison.operationsFLOP.value.isApproximatelyEqual(to: 7.73e18, relativeTolerance: 0.001))
    #expect(best.totalFLOP.value > comparison.operationsFLOP.value * 10)
    #expect(best.interval.low < best.totalFLOP.value * 0.75)
    let epochs = NumberFormatting.plain(
      comparison.hardwareFLOP.value / comparison.operationsFLOP.value, digits: 2)
    #expect(best.choice.contains("hardware time implies about \(epochs) epochs"))
  }
}
