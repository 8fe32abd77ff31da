import Testing

@testable import TrainingCompute

/// Mixed fleets and changing counts: periods summed, the peak averaged by chip count.
struct HardwareFleetTests {
  static func inputs(periods: String, utilization: String = "40%") -> HardwareInputs {
    var inputs = HardwareInputs(fieldPrefix: "--")
    inputs.periods = periods
    inputs.utilization = utilization
    return inputs
  }

  /// H100 SXM 989.4 and A100 312 TFLOP/s BF16 dense (NVIDIA datasheets): the sum of the two
  /// periods at 40 %, and the peak averaged over 1024 + 512 chips.
  @Test func periodsAreSummedAndThePeakAveragedByCount() throws {
    let estimate = try Self.inputs(
      periods:
        "hardware=H100 SXM, precision=bf16, count=1024, days=30\nhardware=A100, precision=bf16, count=512, days=10"
    ).estimate()
    let expected = 1024 * 30 * 86_400 * 989.4e12 * 0.4 + 512 * 10 * 86_400 * 312e12 * 0.4
    #expect(abs(estimate.totalFLOP.value - expected) <= expected * 1e-12)
    let average = try #require(estimate.input(named: "average-peak"))
    #expect(average.value == .number((1024 * 989.4e12 + 512 * 312e12) / 1536))
  }

  /// A changing count: 512 chips then 1024 of the same chip equal one period of their chip time.
  @Test func aChangingCountEqualsItsChipTime() throws {
    let fleet = try Self.inputs(
      periods: "hardware=V100, count=512, days=10; hardware=V100, count=1024, days=5"
    ).estimate()
    var single = HardwareInputs(fieldPrefix: "--")
    single.hardware = "V100"
    single.chipHours = String(512 * 240 + 1024 * 120)
    single.utilization = "40%"
    #expect(abs(fleet.totalFLOP.value - (try single.estimate()).totalFLOP.value) < 1)
  }

  @Test func aBadPeriodFieldIsNamed() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "--period", value: "gpus=8",
        allowed:
          "field=value pairs with the fields hardware, peak, precision, count, cores, time, hours, days, chip-hours"
      )
    ) { _ = try Self.inputs(periods: "hardware=V100, gpus=8, days=1").estimate() }
  }

  @Test func periodsAndSingleFieldsConflict() {
    var inputs = Self.inputs(periods: "hardware=V100, count=8, days=1")
    inputs.hardware = "A100"
    #expect(throws: EstimateError.conflictingInputs(["--period", "--hardware"])) { _ = try inputs.estimate() }
  }
}
