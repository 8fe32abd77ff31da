import Testing
import TrainingCompute

/// Plans pinned to published runs: the formula for time, chip-hours and energy against what the
/// papers report.
struct PlanTests {
  static func relativeError(_ value: Double, _ expected: Double) -> Double {
    abs(value - expected) / expected
  }

  static func plan(_ fields: [String: String]) throws -> Plan {
    var inputs = PlanInputs(fieldPrefix: "--")
    for (name, value) in fields { inputs[field: name] = value }
    return try inputs.setup().plan()
  }

  /// LLaMA-65B (Touvron et al. 2023, arXiv:2302.13971): 65.2B parameters, 1.4T tokens, 2048
  /// A100-80GB at about 380 tokens/s/GPU, "approximately 21 days" (section 2.4); 1,022,362 GPU-hours
  /// at 400 W and PUE 1.1 give 449 MWh (table 15). 380 tokens/s × 6 × 65.2e9 FLOP per token ÷ the
  /// A100's 312 TFLOP/s BF16 dense peak is the utilization the run achieved.
  static let llamaUtilization = 380 * 6 * 65.2e9 / 312e12

  static let llama65B = [
    "params": "65.2B", "tokens": "1.4T", "hardware": "A100 SXM4 80GB", "precision": "bf16",
    "utilization": "\(llamaUtilization)",
  ]

  @Test func llama65BTakesTwentyOneDaysOn2048GPUs() throws {
    var fields = Self.llama65B
    fields["count"] = "2048"
    let plan = try Self.plan(fields)
    let hardware = try #require(plan.hardware)
    #expect(plan.mode == .time)
    #expect(Self.relativeError(try #require(hardware.days).value, 21) < 0.02)
    #expect(Self.relativeError(hardware.chipHours.value, 1_022_362) < 0.01)
    #expect(Self.relativeError(try #require(hardware.energyMWh).value, 449) < 0.01)
  }

  @Test func llama65BNeeds2048GPUsForTwentyOneDays() throws {
    var fields = Self.llama65B
    fields["days"] = "20.83"
    let plan = try Self.plan(fields)
    let needed = try #require(plan.hardware?.chipsNeeded)
    #expect(plan.mode == .chips)
    #expect(needed.value == 2048)
  }

  @Test func llama65BFitsOnePointFourTrillionTokensIn2048GPUsTwentyOneDays() throws {
    var fields = Self.llama65B
    fields["tokens"] = nil
    fields["count"] = "2048"
    fields["days"] = "20.82"
    let plan = try Self.plan(fields)
    #expect(plan.mode == .tokens)
    #expect(Self.relativeError(try #require(plan.tokens).value, 1.4e12) < 0.01)
  }

  /// Llama 2 (Touvron et al. 2023, arXiv:2307.09288), table 2: the 70B model took 1,720,320
  /// GPU-hours at 400 W and emitted 291.42 tCO2eq; with LLaMA's PUE 1.1 and 0.385 kgCO2eq/kWh
  /// (arXiv:2302.13971, section 6.2) the energy formula gives that figure.
  @Test func llama2SeventyBEnergyMatchesItsReportedEmissions() {
    let megawattHours = PowerUsage.megawattHours(chipHours: 1_720_320, watts: 400, effectiveness: 1.1)
    #expect(Self.relativeError(megawattHours * 0.385, 291.42) < 0.001)
  }

  /// Llama 3 70B, 15T tokens: Meta's model card reports 6.4M H100-80GB GPU-hours at 700 W TDP
  /// (github.com/meta-llama/llama3 MODEL_CARD.md). The plan's interval over the reported-utilization
  /// prior contains that figure (the card's hours include restarts and evaluation, so they sit above
  /// the central figure).
  @Test func llama3SeventyBChipHoursBracketTheModelCard() throws {
    let plan = try Self.plan(["params": "70B", "tokens": "15T", "hardware": "H100 SXM", "count": "2048"])
    let hardware = try #require(plan.hardware)
    #expect(hardware.chipHours.low <= 6.4e6 && 6.4e6 <= hardware.chipHours.high)
    #expect(hardware.chipHours.value < 6.4e6)
    #expect(hardware.wattsPerChip == Watts(700))
    #expect(hardware.energyMWh != nil && hardware.costDollars != nil)
  }

  @Test func marksAreCrossedInProportionToTheRun() throws {
    // 2e25 FLOP on 1000 chips of 1 PFLOP/s at 50 %: 2e25 ÷ 5e17 FLOP/s = 4e7 s = 462.96 days;
    // 10^25 is crossed half-way, on day 231.48; 10^23 on day 2.31; 10^26 never.
    let plan = try Self.plan(["flop": "2e25", "peak": "1e15", "utilization": "50%", "count": "1000"])
    let systemic = try #require(plan.thresholds.first { $0.thresholdFLOP == 1e25 })
    #expect(systemic.isCrossed)
    #expect(Self.relativeError(try #require(systemic.day).value, 4e7 / 86_400 / 2) < 1e-9)
    let indicative = try #require(plan.thresholds.first { $0.thresholdFLOP == 1e23 })
    #expect(Self.relativeError(try #require(indicative.day).value, 4e7 / 86_400 / 200) < 1e-9)
    #expect(plan.thresholds.filter { $0.thresholdFLOP >= 1e26 }.allSatisfy { !$0.isCrossed })
  }

  @Test func earlierStagesMoveTheCrossingEarlier() throws {
    // The same 2e25 FLOP run (462.96 days) after a 5e24 FLOP base: 10^25 is crossed once the run
    // adds 5e24, a quarter of the way, on day 115.74; a 2e25 base had crossed it before the run.
    let fields = ["flop": "2e25", "peak": "1e15", "utilization": "50%", "count": "1000"]
    var plan = try Self.plan(fields.merging(["prior-flop": "5e24"]) { $1 })
    var systemic = try #require(plan.thresholds.first { $0.thresholdFLOP == 1e25 })
    #expect(Self.relativeError(try #require(systemic.day).value, 4e7 / 86_400 / 4) < 1e-9)
    plan = try Self.plan(fields.merging(["prior-flop": "2e25"]) { $1 })
    systemic = try #require(plan.thresholds.first { $0.thresholdFLOP == 1e25 })
    #expect(systemic.isCrossedBeforeRun && systemic.day?.value == 0)
  }

  @Test func negativePriorComputeIsRefused() {
    #expect(throws: EstimateError.negative(field: "--prior-flop", value: -1)) {
      _ = try Self.plan(["flop": "1e24", "prior-flop": "-1"])
    }
  }

  @Test func budgetAloneGivesBothFits() throws {
    let plan = try Self.plan(["flop": "1e24"])
    #expect(plan.mode == .budget)
    #expect(plan.computeOptimal.map(\.fit) == ["chinchilla", "besiroglu"])
    #expect(plan.hardware == nil)
  }

  @Test func countDaysAndTokensTogetherAreRefused() {
    #expect(throws: EstimateError.conflictingInputs(["--count", "--days", "--tokens"])) {
      _ = try Self.plan(["params": "7B", "tokens": "1T", "hardware": "H100", "count": "8", "days": "3"])
    }
  }

  @Test func pueBelowOneIsRefused() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "--pue", value: "0.9",
        allowed: "at least 1 (a facility uses at least the energy of its chips) and at most 10")
    ) { _ = try Self.plan(["flop": "1e24", "hardware": "H100", "pue": "0.9"]) }
  }

  @Test func hardwareFieldsWithoutAChipAreRefused() {
    #expect(
      throws: EstimateError.missingInput(
        field: "the chip", expected: "--hardware NAME or --peak FLOP/s for --count")
    ) { _ = try Self.plan(["flop": "1e24", "count": "8"]) }
  }

  @Test func tokensWithoutParametersAreRefused() {
    #expect(
      throws: EstimateError.missingInput(field: "--params", expected: "the model's parameters with --tokens")
    ) {
      _ = try Self.plan(["tokens": "1T"])
    }
  }

  @Test func aProductPastDoubleIsAnError() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "6 × --params × --tokens", value: "more than 1.8e308 FLOP", allowed: "a finite number of FLOP")
    ) { _ = try Self.plan(["params": "1e200", "tokens": "1e200"]) }
  }

  @Test func figuresPastDoubleAreAnError() {
    #expect(
      throws: EstimateError.outOfRange(
        field: "the planned figures", value: "more than 1.8e308",
        allowed: "finite: give a larger peak, fewer days or less compute")
    ) { _ = try Self.plan(["flop": "1e300", "peak": "1e-300", "count": "1", "utilization": "50%"]) }
  }

  @Test func pricesAreTheCitedListPrices() throws {
    // AWS p5.48xlarge (8 × H100) $98.32/h at launch (July 2023); Google Cloud TPU v5p $4.20 per
    // chip-hour on-demand (cloud.google.com/tpu/pricing, 2024).
    let h100 = try HardwareCatalog.builtIn.accelerator(named: "H100 SXM")
    #expect(CloudPrices.price(for: h100)?.dollarsPerChipHour == 98.32 / 8)
    let v5p = try HardwareCatalog.builtIn.accelerator(named: "TPU v5p")
    #expect(CloudPrices.price(for: v5p)?.dollarsPerChipHour == 4.20)
    // Every row names a chip the catalog knows.
    for row in CloudPrices.all {
      #expect(throws: Never.self) { _ = try HardwareCatalog.builtIn.accelerator(named: row.hardware) }
    }
  }
}
