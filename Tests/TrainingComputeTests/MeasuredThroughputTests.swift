import Testing

@testable import TrainingCompute

/// Training FLOP and MFU from measured throughput, checked against runs that report both.
struct MeasuredThroughputTests {
  /// LLaMA 65B (Touvron et al. 2023, Section 2.4): 380 tokens/s per GPU on 2048 A100 80GB for
  /// about 21 days; the A100 datasheet's BF16 peak is 312 TFLOP/s.
  @Test func llamaThroughputGivesItsMFU() throws {
    var inputs = MeasuredThroughput.Inputs(fieldPrefix: "--")
    inputs.hardware = "A100 80GB"
    inputs.precision = "bf16"
    inputs.count = "2048"
    inputs.perChipThroughput = "380"
    inputs.params = "65.2e9"
    inputs.days = "21"
    let measured = try MeasuredThroughput(inputs)
    let mfu = try #require(measured.modelUtilization)
    let expectedMFU: Double = 6 * 65.2e9 * 380 / 312e12
    #expect(abs(mfu - expectedMFU) < 1e-12)
    let estimate = measured.estimate()
    let expectedFLOP: Double = 6 * 65.2e9 * 380 * 2048 * 21 * 86_400
    #expect(abs(estimate.totalFLOP.value - expectedFLOP) < 1e9)
    #expect(measured.hardwareUtilization == nil)
  }

  /// Nemotron-4 340B (NVIDIA 2024, Table 2): 6144 H100, batch 2304 × 4096 tokens, 8.0 s per step,
  /// MFU reported 41–42 % (counting attention, which 6 × N leaves out); 6 × N gives about 39.6 %.
  @Test func stepTimeAndTokensPerStepGiveThroughput() throws {
    var inputs = MeasuredThroughput.Inputs(fieldPrefix: "--")
    inputs.hardware = "H100 SXM"
    inputs.precision = "bf16"
    inputs.count = "6144"
    inputs.stepTime = "8s"
    inputs.tokensPerStep = String(2304 * 4096)
    inputs.params = "340e9"
    inputs.days = "1"
    inputs.recomputation = "full"
    let measured = try MeasuredThroughput(inputs)
    let expectedThroughput: Double = 2304.0 * 4096 / 8 / 6144
    #expect(measured.perChipThroughput == expectedThroughput)
    let mfu = try #require(measured.modelUtilization)
    #expect(mfu > 0.39 && mfu < 0.42)
    #expect(measured.hardwareUtilization == mfu * 8 / 6)
  }

  /// The inverse: a stated 1e24 FLOP on 1000 H100 SXM (989.4 TFLOP/s BF16) for 10 days implies
  /// 1e24 / (1000 × 864,000 s × 989.4e12).
  @Test func statedComputeImpliesAUtilization() throws {
    var inputs = MeasuredThroughput.Inputs(fieldPrefix: "--")
    inputs.hardware = "H100 SXM"
    inputs.precision = "bf16"
    inputs.count = "1000"
    inputs.perChipThroughput = "1000"
    inputs.params = "1e9"
    inputs.days = "10"
    inputs.compute = "1e24"
    let estimate = try MeasuredThroughput(inputs).estimate()
    #expect(
      estimate.input(named: "implied-utilization")?.value == .number(1e24 / (1000 * 864_000 * 989.4e12)))
  }

  @Test func missingThroughputIsNamed() {
    var inputs = MeasuredThroughput.Inputs(fieldPrefix: "--")
    inputs.peak = "1e14"
    inputs.count = "8"
    inputs.params = "1e9"
    inputs.days = "1"
    #expect(
      throws: EstimateError.missingInput(
        field: "the throughput",
        expected: "--tokens-per-second per chip, or --step-time with --tokens-per-step")
    ) { _ = try MeasuredThroughput(inputs) }
  }
}
