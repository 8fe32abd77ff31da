import Testing
import TrainingCompute

/// The compute-optimal closed form and both fits, pinned to what their papers state.
struct ScalingLawTests {
  /// One row of a published table of compute-optimal sizes: budget, parameters, tokens.
  struct Row: Sendable, CustomTestStringConvertible {
    var flop: Double
    var parameters: Double
    var tokens: Double
    var testDescription: String { "\(parameters) parameters" }
  }

  /// Hoffmann et al. 2022 (arXiv:2203.15556), appendix table A3, the approach-3 columns. The paper
  /// prints 1.26e+24 FLOP for 175B parameters; 6 × 175e9 × 12.0e12 = 1.26e25, so that is a typo.
  static let approach3Table: [Row] = [
    Row(flop: 2.21e19, parameters: 400e6, tokens: 9.2e9),
    Row(flop: 1.62e20, parameters: 1e9, tokens: 27.1e9),
    Row(flop: 2.46e22, parameters: 10e9, tokens: 410.1e9),
    Row(flop: 1.71e24, parameters: 67e9, tokens: 4.1e12),
    Row(flop: 1.26e25, parameters: 175e9, tokens: 12.0e12),
    Row(flop: 3.52e25, parameters: 280e9, tokens: 20.1e12),
    Row(flop: 1.36e26, parameters: 520e9, tokens: 43.5e12),
    Row(flop: 5.65e26, parameters: 1e12, tokens: 94.1e12),
    Row(flop: 8.55e28, parameters: 10e12, tokens: 1425.5e12),
  ]

  /// Hoffmann et al. 2022, table 3 (approach 1), up to 10^26 FLOP.
  static let approach1Table: [Row] = [
    Row(flop: 1.92e19, parameters: 400e6, tokens: 8.0e9),
    Row(flop: 1.21e20, parameters: 1e9, tokens: 20.2e9),
    Row(flop: 1.23e22, parameters: 10e9, tokens: 205.1e9),
    Row(flop: 5.76e23, parameters: 67e9, tokens: 1.5e12),
    Row(flop: 3.85e24, parameters: 175e9, tokens: 3.7e12),
    Row(flop: 9.90e24, parameters: 280e9, tokens: 5.9e12),
    Row(flop: 3.43e25, parameters: 520e9, tokens: 11.0e12),
    Row(flop: 1.27e26, parameters: 1e12, tokens: 21.2e12),
  ]

  static func relativeError(_ value: Double, _ expected: Double) -> Double {
    abs(value - expected) / expected
  }

  @Test func chinchillaConstantsAreThePapersEquation10() {
    // Hoffmann et al. 2022, section 3.3 eq. 10: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
    let law = ScalingLaw.chinchilla
    #expect([law.e, law.a, law.b, law.alpha, law.beta] == [1.69, 406.4, 410.7, 0.34, 0.28])
  }

  @Test func besirogluConstantsAreThePapersEstimates() {
    // Besiroglu et al. 2024 (arXiv:2404.10102), their estimates: E = 1.8172, A = 482.01,
    // B = 2085.43, α = 0.3478, β = 0.3658.
    let law = ScalingLaw.besiroglu
    #expect([law.e, law.a, law.b, law.alpha, law.beta] == [1.8172, 482.01, 2085.43, 0.3478, 0.3658])
  }

  /// The closed form with the unrounded approach-3 estimates (α = 0.3392, β = 0.2849, from the
  /// paper's TeX source as Besiroglu et al. 2024 quote them) reproduces table A3 within 12 % (the
  /// worst row, 280B, is 6 % low on parameters and 11 % high on tokens): the residue is A and B,
  /// which the TeX source gives to more digits than the body prints, and the table's rounding.
  @Test(arguments: approach3Table) func closedFormReproducesTableA3(row: Row) throws {
    let law = ScalingLaw(
      id: "tex", name: "approach 3, unrounded exponents", e: 1.6934, a: 406.4, b: 410.7, alpha: 0.3392,
      beta: 0.2849, source: "Hoffmann et al. 2022 TeX source, via Besiroglu et al. 2024")
    let optimum = try law.computeOptimal(budget: FLOPs(row.flop))
    #expect(Self.relativeError(optimum.parameters, row.parameters) < 0.12)
    #expect(Self.relativeError(optimum.tokens, row.tokens) < 0.12)
  }

  /// With the rounded constants the body prints (α = 0.34, β = 0.28), the same closed form puts the
  /// optimum 17–31 % below table A3's parameters, more so at larger budgets: the rounding bias
  /// Besiroglu et al. 2024 describe. The test pins that band, so a changed constant fails it.
  @Test(arguments: approach3Table) func roundedChinchillaFitSitsBelowTableA3(row: Row) throws {
    let optimum = try ScalingLaw.chinchilla.computeOptimal(budget: FLOPs(row.flop))
    let ratio = optimum.parameters / row.parameters
    #expect(ratio > 0.69 && ratio < 0.83, "N_opt ÷ table = \(ratio)")
  }

  /// Besiroglu et al. 2024 find their refit consistent with Hoffmann et al.'s approaches 1 and 2:
  /// within 15 % of table 3 (approach 1) for budgets up to 10^26 FLOP.
  @Test(arguments: approach1Table) func replicationAgreesWithTable3(row: Row) throws {
    let optimum = try ScalingLaw.besiroglu.computeOptimal(budget: FLOPs(row.flop))
    #expect(Self.relativeError(optimum.parameters, row.parameters) < 0.15)
    #expect(Self.relativeError(optimum.tokens, row.tokens) < 0.15)
  }

  /// Chinchilla itself: 70B parameters on 1.4T tokens, 20 tokens per parameter (Hoffmann et al.
  /// 2022, section 4). The replication puts the optimum for that budget within 10 % of it.
  @Test func replicationGivesAboutTwentyTokensPerParameterAtChinchillasBudget() throws {
    let optimum = try ScalingLaw.besiroglu.computeOptimal(budget: FLOPs(6 * 70e9 * 1.4e12))
    #expect(Self.relativeError(optimum.tokensPerParameter, 20) < 0.10)
  }

  @Test func budgetMustBePositive() {
    #expect(throws: EstimateError.notPositive(field: "training FLOP budget", value: 0)) {
      _ = try ScalingLaw.chinchilla.computeOptimal(budget: FLOPs(0))
    }
  }

  @Test func aModelAtTheOptimumGivesUpNoLoss() throws {
    let optimum = try ScalingLaw.besiroglu.computeOptimal(budget: FLOPs(1e24))
    let gap = AllocationGap(
      parameters: optimum.parameters, tokens: optimum.tokens, optimum: optimum, law: .besiroglu)
    #expect(abs(gap.excessLoss) < 1e-12)
    // Gopher (280B parameters on 300B tokens, Rae et al. 2021) on its own budget: Hoffmann et al.
    // 2022 find it too large for its data, so it gives up loss and has fewer tokens than optimal.
    let gopherOptimum = try ScalingLaw.besiroglu.computeOptimal(budget: FLOPs(6 * 280e9 * 300e9))
    let gopher = AllocationGap(parameters: 280e9, tokens: 300e9, optimum: gopherOptimum, law: .besiroglu)
    #expect(gopher.excessLoss > 0)
    #expect(gopher.tokensRatio < 1)
  }
}
