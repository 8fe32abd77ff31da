import Testing
import TrainingCompute

struct HardwareUsageTests {
  private let v100 = HardwareCatalog.builtIn.accelerators.first { $0.name.contains("V100") }

  @Test func timeTimesChipsTimesPeakTimesUtilization() throws {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e14)), time: .wallClock(.days(2), chips: 8), utilization: 0.5)
    let expected = 2 * 86_400 * 8 * 1e14 * 0.5
    #expect(try usage.estimate().totalFLOP.isApproximatelyEqual(to: FLOPs(expected)))
  }

  @Test func chipHoursNeedNoCount() throws {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(312e12)), time: .chipTime(.hours(14_184), chips: nil), utilization: 0.3)
    // Epoch AI's database note form: A100 312e12 × 14,184 GPU-h × 3600 × 0.3.
    #expect(try usage.estimate().totalFLOP.isApproximatelyEqual(to: FLOPs(312e12 * 14_184 * 3600 * 0.3)))
  }

  @Test(arguments: [(HardwareUsage.Domain.language, 0.30), (.other, 0.40)])
  func defaultUtilizationFollowsTheDomain(domain: HardwareUsage.Domain, expected: Double) throws {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e12)), time: .wallClock(.hours(1), chips: 1), domain: domain)
    let estimate = try usage.estimate()
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: FLOPs(3600 * 1e12 * expected)))
    let utilization = try #require(estimate.input(named: "utilization"))
    #expect(utilization.isDefault)
    #expect(estimate.assumptions.contains { $0.contains(NumberFormatting.percent(expected)) })
  }

  @Test func chipDefaultPrecisionIsTheSixteenBitTensorPeakAndIsSaid() throws {
    let chip = try #require(v100)
    let usage = HardwareUsage(
      peak: .accelerator(chip, precision: nil), time: .wallClock(.hours(1), chips: 1), utilization: 1)
    let estimate = try usage.estimate()
    // V100 datasheet: 125 TFLOP/s FP16 tensor.
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: FLOPs(125e12 * 3600)))
    #expect(estimate.input(named: "precision")?.value == .text("fp16"))
    #expect(estimate.input(named: "precision")?.isDefault == true)
  }

  @Test func missingPrecisionIsAnErrorListingWhatTheChipHas() throws {
    let chip = try #require(v100)
    let usage = HardwareUsage(
      peak: .accelerator(chip, precision: .bf16), time: .wallClock(.hours(1), chips: 1))
    do {
      _ = try usage.estimate()
      Issue.record("expected an error")
    } catch {
      guard case .precisionUnavailable(_, .bf16, let available) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(available.contains(.fp16))
      #expect(error.description.contains("fp16"))
    }
  }

  static let fractionAllowed = "a fraction above 0 and at most 1 (or a percentage up to 100%)"

  @Test(arguments: [
    (1.5, EstimateError.outOfRange(field: "utilization", value: "1.5", allowed: fractionAllowed)),
    (0.0, .notPositive(field: "utilization", value: 0)),
    (-0.1, .outOfRange(field: "utilization", value: "-0.1", allowed: fractionAllowed)),
    (.infinity, .notFinite(field: "utilization", value: .infinity)),
  ])
  func utilizationOutsideZeroToOneIsRefused(value: Double, expected: EstimateError) {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e12)), time: .wallClock(.hours(1), chips: 1), utilization: value)
    #expect(throws: expected) { try usage.estimate() }
  }

  /// NaN never equals itself, so its error is matched by its sentence.
  @Test func utilizationNaNIsRefused() {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e12)), time: .wallClock(.hours(1), chips: 1), utilization: .nan)
    #expect(throws: EstimateError.self) { try usage.estimate() }
    do { _ = try usage.estimate() } catch {
      #expect(error.description == "utilization must be a finite number; got nan.")
    }
  }

  @Test func utilizationOutsideObservedRangeWarns() throws {
    let usage = HardwareUsage(
      peak: .rate(FLOPRate(1e12)), time: .wallClock(.hours(1), chips: 1), utilization: 0.9)
    #expect(try usage.estimate().warnings.count == 1)
  }

  @Test func summaryNamesEveryInput() throws {
    let chip = try #require(v100)
    let usage = HardwareUsage(
      peak: .accelerator(chip, precision: .fp16), time: .wallClock(.hours(355), chips: 10_000),
      utilization: 0.2)
    let summary = try usage.estimate().summary
    for part in ["10,000", chip.name, "FP16", "355 hours", "20%", "FLOP"] {
      #expect(summary.contains(part), "summary lacks \(part): \(summary)")
    }
  }
}

struct ReconciliationTests {
  /// GPT-3: 3.14e23 FLOP (Brown et al. 2020, Table D.1) against 10,000 V100 for 355 hours at the
  /// FP16 tensor peak (125 TFLOP/s, NVIDIA V100 datasheet) implies about 20 % utilization:
  /// 3.14e23 ÷ (10,000 × 355 × 3600 s × 125e12) = 19.7 %.
  @Test func gpt3ImpliesAboutTwentyPercentUtilization() throws {
    let chip = try #require(HardwareCatalog.builtIn.accelerators.first { $0.name.contains("V100") })
    let reconciliation = try Reconciliation(
      operations: OperationCount(forward: .forwardFLOP(FLOPs(3.14e23 / 3)), passes: .examples(1)),
      hardware: HardwareUsage(
        peak: .accelerator(chip, precision: .fp16), time: .wallClock(.hours(355), chips: 10_000)))
    #expect(abs(reconciliation.impliedUtilization - 0.1966) < 0.001)
    #expect(reconciliation.warnings.isEmpty)
    // Hardware estimate at the 40 % default is about twice the count.
    #expect(abs(reconciliation.ratio - 0.1966 / 0.4) < 0.001)
  }

  @Test(arguments: [(1e3, true), (1e5, false), (3e5, true)])
  func implausibleUtilizationIsFlagged(hours: Double, flagged: Bool) throws {
    // 1e20 FLOP on one 1e12 FLOP/s chip: 1e3 h → 2778 %, 1e5 h → 27.8 %, 3e5 h → 9.3 %.
    let reconciliation = try Reconciliation(
      operations: OperationCount(forward: .forwardFLOP(FLOPs(1e20 / 3)), passes: .examples(1)),
      hardware: HardwareUsage(peak: .rate(FLOPRate(1e12)), time: .wallClock(.hours(hours), chips: 1)))
    #expect(reconciliation.warnings.isEmpty != flagged)
  }
}
