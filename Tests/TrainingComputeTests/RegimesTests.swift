import Testing
import TrainingCompute

/// The thresholds pinned to their texts (see `reference/regulation.md`).
struct RegimesTests {
  /// (id, threshold in FLOP, total, in force from, in force until, active) from the cited texts:
  /// guidelines C(2025) 7719 (10^23, paras 62–65 one third); AI Act Art. 51(2) (10^25, Chapter V
  /// applies from 2 August 2025, Art. 113(b)); Cal. Bus. & Prof. Code 22757.11 (10^26, operative
  /// 1 January 2026); N.Y. Gen. Bus. Law 1420 (10^26 and $100M, effective 1 January 2027);
  /// EO 14110 sec. 4.2(b)(i) (10^26 and 10^23 for biological sequence data, rescinded by EO 14148).
  static let cited: [(String, Double, Regime.Total, String, String?, Bool)] = [
    ("eu-gpai-indicative", 1e23, .parameterUpdate, "2025-08-02", nil, true),
    ("eu-ai-act-systemic-risk", 1e25, .cumulative, "2025-08-02", nil, true),
    ("eu-downstream-modifier", 1e23 / 3, .parameterUpdate, "2025-08-02", nil, true),
    ("eu-downstream-modifier-systemic-risk", 1e25 / 3, .parameterUpdate, "2025-08-02", nil, true),
    ("california-sb-53", 1e26, .original, "2026-01-01", nil, true),
    ("new-york-raise", 1e26, .original, "2027-01-01", nil, true),
    ("us-eo-14110", 1e26, .original, "2023-10-30", "2025-01-20", false),
    ("us-eo-14110-biological", 1e23, .original, "2023-10-30", "2025-01-20", false),
  ]

  @Test(arguments: cited)
  func regimeMatchesItsText(
    id: String, threshold: Double, total: Regime.Total, from: String, until: String?,
    isActive: Bool
  ) throws {
    let regime = try #require(Regimes.regime(id: id))
    #expect(abs(regime.thresholdFLOP - threshold) <= threshold * 1e-12)
    #expect(regime.total == total)
    #expect(regime.inForceFrom == from)
    #expect(regime.inForceUntil == until)
    #expect(regime.isActive == isActive)
    #expect(!regime.source.isEmpty && !regime.consequence.isEmpty)
  }

  @Test func everyRegimeIsCitedAndIdentifiersAreUnique() {
    #expect(Regimes.all.count == Self.cited.count)
    #expect(Set(Regimes.all.map(\.id)).count == Regimes.all.count)
  }

  @Test func downstreamTestsUseOneThirdAndRAISEHasItsCostTest() throws {
    // Guidelines paras 62–65: one third of the original's compute.
    #expect(Regimes.euDownstreamModifier.fractionOfOriginal == 1.0 / 3.0)
    #expect(Regimes.euDownstreamModifierSystemicRisk.fractionOfOriginal == 1.0 / 3.0)
    // RAISE Act § 1420: compute cost above one hundred million dollars.
    #expect(Regimes.newYorkRAISE.costThresholdUSD == 100_000_000)
  }
}
