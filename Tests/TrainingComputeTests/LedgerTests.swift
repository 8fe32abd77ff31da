import Testing
import TrainingCompute

/// The inclusion rules and totals of a ledger, checked against the guidelines' rules
/// (C(2025) 7719, Annex A.1) with stage figures from the 6·N·D and 2·N·D rules.
struct LedgerTests {
  static let provenance = LedgerProvenance(
    generatedAt: "2026-11-30T00:00:00Z",
    ledger: .init(path: "test.yaml", sha256: String(repeating: "0", count: 64)))

  static func stage(
    _ name: String, _ kind: StageKind, _ facts: [String: String], isPublic: Bool = false,
    isPlanned: Bool = false
  ) -> LedgerStage {
    LedgerStage(name: name, kind: kind, facts: facts, isPlanned: isPlanned, isPublic: isPublic)
  }

  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }

  /// The first acceptance test: pre-training, non-public synthetic data, RL, a reward model
  /// and evaluations; the cumulative total counts the first three, the parameter-update total
  /// leaves out the synthetic data, and the last two are listed with the guidelines' reasons.
  @Test func cumulativeCountsTrainingSyntheticDataAndRLButNotRewardModelOrEvaluations() throws {
    let ledger = Ledger(
      model: "frontier",
      stages: [
        Self.stage("pre", .pretraining, ["params": "405B", "tokens": "15.6T", "backward-ratio": "2"]),
        Self.stage("synthetic", .syntheticData, ["params": "70B", "generated-tokens": "1T"]),
        Self.stage(
          "rl", .rl, ["params": "405B", "tokens": "10B", "backward-ratio": "2", "rollout-tokens": "100B"]),
        Self.stage("reward", .rewardModel, ["params": "70B", "tokens": "100B"]),
        Self.stage("evals", .evaluation, ["params": "405B", "generated-tokens": "1B"]),
      ])
    let report = try ledger.report(provenance: Self.provenance)
    // 6 N D (Kaplan et al. 2020; guidelines A.2.2) for training, 2 N per generated token.
    let pretraining = 6 * 405e9 * 15.6e12
    let synthetic = 2 * 70e9 * 1e12
    let rl = 6 * 405e9 * 10e9 + 2 * 405e9 * 100e9
    #expect(Self.close(report.cumulative.flop, pretraining + synthetic + rl))
    #expect(Self.close(report.parameterUpdate.flop, pretraining + rl))
    let excluded = report.stages.filter { !$0.includedInCumulative }.map(\.name)
    #expect(excluded == ["reward", "evals"])
    let reward = try #require(report.stages.first { $0.name == "reward" })
    #expect(
      reward.exclusionReason
        == "training auxiliary models (reward or value models) need not be counted (Commission guidelines C(2025) 7719, Annex A.1)"
    )
    let synthetic_ = try #require(report.stages.first { $0.name == "synthetic" })
    #expect(synthetic_.includedInCumulative && !synthetic_.includedInParameterUpdate)
    // Llama 3 405B: 15.6T tokens, "3.8 × 10^25 FLOPs" (Llama 3 paper, Dubey et al. 2024, section 3.3).
    #expect(Ledger.headline(pretraining) == "3.8 × 10^25 FLOP")
    // Above 10^25, the EU presumption is met.
    let eu = try #require(report.thresholds.first { $0.regime.id == "eu-ai-act-systemic-risk" })
    #expect(eu.isExceeded && eu.verdict == .exceeded)
    #expect(report.thresholds.allSatisfy { $0.regime.fractionOfOriginal == nil })
  }

  /// Guidelines Annex A.1: whether each kind counts in the parameter-update and cumulative totals.
  @Test(arguments: [
    (StageKind.pretraining, true, true), (.midTraining, true, true), (.fineTuning, true, true),
    (.rl, true, true),
    (.syntheticData, false, true), (.merge, false, true), (.baseModel, false, true),
    (.evaluation, false, false), (.redTeaming, false, false), (.exploratory, false, false),
    (.rewardModel, false, false), (.teacher, false, false), (.recomputation, false, false),
  ])
  func inclusionFollowsTheGuidelines(kind: StageKind, parameterUpdate: Bool, cumulative: Bool) {
    let rule = kind.inclusion()
    #expect(rule.parameterUpdate == parameterUpdate)
    #expect(rule.cumulative == cumulative)
    #expect((rule.reason == nil) == (parameterUpdate && cumulative))
  }

  @Test func publicSyntheticDataIsListedButNotCounted() throws {
    let ledger = Ledger(
      model: "m",
      stages: [
        Self.stage("pre", .pretraining, ["params": "1B", "tokens": "20B"]),
        Self.stage("public", .syntheticData, ["params": "8B", "generated-tokens": "1B"], isPublic: true),
      ])
    let report = try ledger.report(provenance: Self.provenance)
    #expect(Self.close(report.cumulative.flop, 6 * 1e9 * 20e9))
    #expect(
      report.stages[1].exclusionReason
        == "generating publicly available synthetic data need not be counted (Commission guidelines C(2025) 7719, Annex A.1)"
    )
  }

  /// Guidelines paras 62–65: a modification is compared with a third of the original's compute;
  /// Llama 3.1 405B's 3.8e25 FLOP (Meta's model card) is above 10^25, so the systemic-risk test applies.
  @Test func downstreamFineTuneOfAKnownModelGetsTheOneThirdVerdict() throws {
    let ledger = Ledger(
      model: "fine-tune", originalModel: .flop(3.8e25),
      stages: [Self.stage("sft", .fineTuning, ["params": "405B", "tokens": "20B", "backward-ratio": "2"])])
    let report = try ledger.report(provenance: Self.provenance)
    let checks = report.thresholds.filter { $0.regime.fractionOfOriginal != nil }
    #expect(checks.count == 1)
    let check = try #require(checks.first)
    #expect(check.regime.id == "eu-downstream-modifier-systemic-risk")
    #expect(Self.close(check.thresholdFLOP, 3.8e25 / 3))
    #expect(Self.close(check.totalFLOP, 6 * 405e9 * 20e9))
    #expect(!check.isExceeded && check.verdict == .notExceeded)
  }

  /// Unknown original: one third of 10^23, or of 10^25 when the original has systemic risk.
  @Test(arguments: [(false, 1e23 / 3, true), (true, 1e25 / 3, false)])
  func unknownOriginalUsesTheGuidelinesFallback(hasSystemicRisk: Bool, threshold: Double, exceeded: Bool)
    throws
  {
    let ledger = Ledger(
      model: "fine-tune", originalModel: .unknown(hasSystemicRisk: hasSystemicRisk),
      stages: [Self.stage("cpt", .fineTuning, ["params": "8B", "tokens": "2T", "backward-ratio": "2"])])
    let report = try ledger.report(provenance: Self.provenance)
    let check = try #require(report.thresholds.first { $0.regime.fractionOfOriginal != nil })
    #expect(Self.close(check.thresholdFLOP, threshold))
    #expect(check.isExceeded == exceeded)
    #expect(check.thresholdBasis?.contains("unknown") == true)
  }

  @Test(arguments: [
    (2.34e25, "2.3 × 10^25 FLOP"), (9.96e24, "1.0 × 10^25 FLOP"), (1e25, "1.0 × 10^25 FLOP"),
    (3.15e23, "3.2 × 10^23 FLOP"), (5.04e25, "5.0 × 10^25 FLOP"),
  ])
  func headlineHasTwoSignificantFigures(flop: Double, text: String) {
    #expect(Ledger.headline(flop) == text)
  }

  /// A planned run at or above 10^25 states the two-week duty (AI Act Art. 52(1)) from `start`.
  @Test func plannedRunReachingTheMarkStatesTheNotificationDeadline() throws {
    let ledger = Ledger(
      model: "planned", start: CalendarDate(iso: "2027-03-01"), powerUsageEffectiveness: 1.2,
      stages: [
        Self.stage(
          "pre", .pretraining,
          [
            "hardware": "H100 SXM", "precision": "bf16", "count": "16384", "days": "90", "utilization": "40%",
          ],
          isPlanned: true)
      ])
    let report = try ledger.report(provenance: Self.provenance)
    #expect(report.forecast.plannedStages == ["pre"])
    let notice = try #require(report.forecast.notification)
    #expect(notice.contains("notify by 2027-03-15"))
    // 16,384 chips × 90 days × 24 h; the H100 SXM's TDP is 700 W (NVIDIA H100 datasheet).
    let chipHours = 16384.0 * 90 * 24
    #expect(Self.close(try #require(report.chipHours), chipHours))
    #expect(Self.close(try #require(report.energy.kWh), chipHours * 0.7 * 1.2))
  }

  @Test func aFactTheKindDoesNotTakeIsRefused() {
    let ledger = Ledger(
      model: "m", stages: [Self.stage("pre", .pretraining, ["params": "1B", "generated-tokens": "1B"])])
    #expect(
      throws: LedgerError.stage(
        name: "pre",
        .unknownOption(
          field: "a fact of a pretraining stage", value: "generated-tokens",
          allowed: StageEstimator.factNames(for: .pretraining)))
    ) { try ledger.report(provenance: Self.provenance) }
  }

  /// Figures past Double are errors naming what overflowed, never `inf` or a trap.
  @Test func figuresPastDoubleAreRefused() {
    let huge = Ledger(
      model: "m",
      stages: [Self.stage("gen", .syntheticData, ["params": "1e300", "generated-tokens": "1e300"])])
    #expect(
      throws: LedgerError.stage(
        name: "gen", .notFinite(field: "the generation figure of this stage", value: .infinity))
    ) {
      try huge.report(provenance: Self.provenance)
    }
    let twice = Ledger(
      model: "m",
      stages: [
        Self.stage("a", .pretraining, ["reported-flop": "9e307"]),
        Self.stage("b", .pretraining, ["reported-flop": "9e307"]),
      ])
    #expect(throws: LedgerError.totalNotFinite(total: "cumulative")) {
      try twice.report(provenance: Self.provenance)
    }
  }

  @Test func duplicateStageNamesAreRefused() {
    let stage = Self.stage("pre", .pretraining, ["params": "1B", "tokens": "1B"])
    #expect(throws: LedgerError.duplicateStage(name: "pre")) {
      try Ledger(model: "m", stages: [stage, stage]).report(provenance: Self.provenance)
    }
  }

  /// The regulation.md approximation for LoRA-style tuning: (4 N + 2 N_trainable) per token.
  @Test func parameterEfficientFineTuningCountsFrozenForwardAndInputGradients() throws {
    let ledger = Ledger(
      model: "m",
      stages: [Self.stage("lora", .fineTuning, ["params": "8B", "trainable-params": "40M", "tokens": "1B"])])
    let report = try ledger.report(provenance: Self.provenance)
    #expect(Self.close(report.cumulative.flop, (4 * 8e9 + 2 * 40e6) * 1e9))
  }

  /// N.Y. Gen. Bus. Law § 1420: above 10^26 operations *and* a compute cost above $100 million.
  @Test(arguments: [(50_000_000.0, false), (150_000_000.0, true)])
  func raiseActNeedsBothTheComputeAndTheCost(cost: Double, exceeded: Bool) throws {
    let ledger = Ledger(
      model: "big", totalCostUSD: cost,
      stages: [Self.stage("pre", .pretraining, ["params": "1T", "tokens": "30T", "backward-ratio": "2"])])
    let report = try ledger.report(provenance: Self.provenance)
    let raise = try #require(report.thresholds.first { $0.regime.id == "new-york-raise" })
    #expect(raise.totalFLOP > 1e26)
    #expect(raise.isExceeded == exceeded)
    #expect(raise.isCostExceeded == exceeded)
    let california = try #require(report.thresholds.first { $0.regime.id == "california-sb-53" })
    #expect(california.isExceeded)
  }

  @Test func calendarDatesAddDaysAcrossMonthsAndLeapYears() throws {
    #expect(try #require(CalendarDate(iso: "2028-02-20")).adding(days: 14).description == "2028-03-05")
    #expect(try #require(CalendarDate(iso: "2026-12-25")).adding(days: 14).description == "2027-01-08")
    #expect(CalendarDate(iso: "2026-02-29") == nil)
    #expect(CalendarDate(iso: "2026-1-05") == nil)
  }
}
