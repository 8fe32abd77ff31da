import Testing
import TrainingCompute

struct HardwareInputsTests {
  @Test func readsDurationsPercentagesAndCounts() throws {
    var inputs = HardwareInputs()
    inputs.peak = "1e15"
    inputs.count = "1,024"
    inputs.time = "30d"
    inputs.utilization = "40%"
    let usage = try inputs.hardwareUsage()
    #expect(usage.peak == .rate(FLOPRate(1e15)))
    #expect(usage.time == .wallClock(.days(30), chips: 1024))
    #expect(usage.utilization.map { abs($0 - 0.4) < 1e-12 } == true)
  }

  @Test(arguments: [("--", "--utilization"), ("", "utilization")])
  func errorsNameTheFieldWithItsPrefix(prefix: String, label: String) {
    var inputs = HardwareInputs(fieldPrefix: prefix)
    inputs.peak = "1e15"
    inputs.count = "8"
    inputs.days = "1"
    inputs.utilization = "150%"
    #expect(
      throws: EstimateError.outOfRange(
        field: label, value: "150", allowed: "a percentage above 0% and at most 100%, such as 40%")
    ) {
      try inputs.hardwareUsage()
    }
    inputs.utilization = nil
    inputs.hours = "2"
    #expect(throws: EstimateError.conflictingInputs([prefix + "hours", prefix + "days"])) {
      try inputs.hardwareUsage()
    }
  }

  @Test func subscriptCoversEveryFieldName() {
    var inputs = HardwareInputs()
    for (position, name) in HardwareInputs.fieldNames.enumerated() { inputs[field: name] = String(position) }
    for (position, name) in HardwareInputs.fieldNames.enumerated() {
      #expect(inputs[field: name] == String(position))
    }
  }
}
