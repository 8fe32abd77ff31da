import Foundation
import Testing
import TrainingCompute

/// Results past `Double` (issue 8, traps 3 and 7) are errors naming the inputs, in the core, so
/// the CLI and the API both get them; and the messages tell the truth about the limit.
struct ResultRangeTests {
  @Test func productPastDoubleNamesTheInputs() {
    let count = OperationCount(forward: .parameters(1e308), passes: .tokens(1e308), epochs: 1e308)
    #expect(
      throws: EstimateError.resultTooLarge(
        result: "the training compute", inputs: ["params 1e308", "tokens 1e308", "epochs 1e308"])
    ) { try count.estimate() }
  }

  /// The range's high end (× 4) can overflow where the total (× 3) does not.
  @Test func rangePastDoubleIsRefusedToo() {
    let count = OperationCount(forward: .parameters(1e154), passes: .tokens(2.5e153))
    #expect(
      throws: EstimateError.resultTooLarge(
        result: "the training compute", inputs: ["params 1e154", "tokens 2.5e153"])
    ) { try count.estimate() }
  }

  @Test func chipTimeThatRoundsToZeroIsRefused() throws {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e14)), time: .chipTime(.hours(.leastNonzeroMagnitude), chips: nil))
    #expect(
      throws: EstimateError.resultTooSmall(
        result: "the training compute", inputs: ["peak 1e14", "chip-hours 4.94e-324"])
    ) { try usage.estimate() }
  }

  /// `compare --epochs 1e300`: the operation count is refused before any ratio is formed.
  @Test func reconciliationWithHugeEpochsIsRefused() throws {
    let count = OperationCount(forward: .parameters(175e9), passes: .tokens(300e9), epochs: 1e300)
    let usage = HardwareUsage(peak: .rate(FLOPRate(1.25e14)), time: .wallClock(.hours(1), chips: 1))
    #expect(
      throws: EstimateError.resultTooLarge(
        result: "the training compute", inputs: ["params 1.75e11", "tokens 3e11", "epochs 1e300"])
    ) { try Reconciliation(operations: count, hardware: usage) }
  }

  /// Two finite totals whose ratio is not: 1e300 FLOP against 1e-10 FLOP.
  @Test func ratioPastDoubleIsRefused() throws {
    let count = OperationCount(forward: .forwardFLOP(FLOPs(1e300)), passes: .examples(1), backwardRatio: 0)
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e-10)), time: .chipTime(Seconds(1), chips: nil), utilization: 1)
    #expect(
      throws: EstimateError.resultTooLarge(
        result: "the ratio of the two methods' totals",
        inputs: ["an operation count of 1e300 FLOP", "a hardware-time total of 1e-10 FLOP"])
    ) { try Reconciliation(operations: count, hardware: usage) }
  }

  @Test func messageIsOneSentence() {
    let error = EstimateError.resultTooLarge(
      result: "the training compute", inputs: ["params 1e308", "tokens 1e308", "epochs 1e308"])
    #expect(
      error.description
        == "the training compute from params 1e308, tokens 1e308 and epochs 1e308 exceeds 1.8e308, the largest number the tool can represent; check those inputs."
    )
  }

  /// A value JSON cannot hold is our error, not Foundation's `EncodingError`.
  @Test func infinityInJSONIsOurError() {
    struct Figure: Encodable { var total_flop = Double.infinity }
    #expect(throws: EstimateError.resultTooLarge(result: "the figure 'total_flop'", inputs: [])) {
      try JSONOutput.string(Figure())
    }
  }

  /// Formatting never traps, whatever it is given.
  @Test func formattingNonFiniteDoesNotTrap() {
    #expect(NumberFormatting.percent(.infinity) == "inf%")
    #expect(NumberFormatting.siPrefixed(.nan, unit: "FLOP/s") == "nan FLOP/s")
    #expect(NumberFormatting.plain(-.infinity) == "-inf")
  }

  /// −5 % is refused as below the range, not as "at most 100 %".
  @Test func negativePercentageSaysWhatIsAllowed() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "utilization", value: "-5", allowed: "a percentage above 0% and at most 100%, such as 40%")
    ) { try HardwareInputs.fraction("-5%", field: "utilization") }
  }

  /// A count of 1e300 is too large, not "not a whole number".
  @Test func hugeCountSaysItIsTooLarge() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "count", value: "1e300", allowed: "a whole number of at most 9e18")
    ) { try Validate.positiveCount(1e300, field: "count") }
    #expect(throws: EstimateError.notWholeNumber(field: "count", value: 2.5)) {
      try Validate.positiveCount(2.5, field: "count")
    }
  }

  /// A time whose seconds pass `Double` names the flag and the text given, not `inf`.
  @Test func timePastDoubleNamesTheField() {
    var inputs = HardwareInputs(fieldPrefix: "--")
    inputs.peak = "1e14"
    inputs.count = "8"
    inputs.hours = "1e306"
    #expect(throws: EstimateError.resultTooLarge(result: "the time in seconds", inputs: ["--hours 1e306"])) {
      try inputs.hardwareUsage()
    }
    #expect(throws: EstimateError.resultTooLarge(result: "the time in seconds", inputs: ["time 1e306h"])) {
      try DurationInput.parse("1e306h", field: "time")
    }
  }
}
