import Foundation
import Testing
import TrainingCompute

/// The reported-utilization table: figures pinned to the papers that report them (not to the
/// table itself), every row cited and resolvable, and the spread rule that ranges use.
struct ReportedUtilizationTests {
  static func run(_ model: String, _ kind: ReportedUtilization.Kind = .mfu) throws -> ReportedUtilization {
    try #require(ReportedUtilizations.runs.first { $0.model == model && $0.kind == kind })
  }

  /// Chowdhery et al. 2022 (PaLM), Table 3: MFU 21.3 % (GPT-3), 32.5 % (Gopher), 30.2 % (MT-NLG),
  /// 46.2 % (PaLM); Section 4: PaLM's HFU 57.8 %.
  @Test func palmTableThreeFigures() throws {
    #expect(try Self.run("GPT-3 175B").utilization == 0.213)
    #expect(try Self.run("Gopher 280B").utilization == 0.325)
    #expect(try Self.run("Megatron-Turing NLG 530B").utilization == 0.302)
    #expect(try Self.run("PaLM 540B").utilization == 0.462)
    #expect(try Self.run("PaLM 540B", .hfu).utilization == 0.578)
    #expect(try Self.run("PaLM 540B").chips == 6144)
  }

  /// Llama Team 2024 (The Llama 3 Herd of Models), Table 4: BF16 MFU 43 %, 41 % and 38 %.
  @Test func llamaThreeTableFourFigures() throws {
    let figures = ReportedUtilizations.runs.filter { $0.model.hasPrefix("Llama 3 405B") }.map(\.utilization)
    #expect(figures.sorted() == [0.38, 0.41, 0.43])
  }

  /// Korthikanti et al. 2022, Table 5: the 1T configuration reaches MFU 56.3 % and HFU 57.0 %;
  /// Zeng et al. 2022 (GLM-130B): MFU 32.5 %, HFU 43.3 %.
  @Test func modelAndHardwareFiguresAreKeptApart() throws {
    #expect(try Self.run("Megatron GPT 1T (benchmark)").utilization == 0.563)
    #expect(try Self.run("Megatron GPT 1T (benchmark)", .hfu).utilization == 0.570)
    #expect(try Self.run("GLM-130B").utilization == 0.325)
    #expect(try Self.run("GLM-130B", .hfu).utilization == 0.433)
  }

  /// Derived rows recompute from the figures their sources report: LLaMA 65B processed 380
  /// tokens/s per A100 (Touvron et al. 2023, Section 2.4) on a 312 TFLOP/s BF16 peak (NVIDIA A100
  /// datasheet); DeepSeek-V3 used 2.788M H800-hours for 14.8T tokens at 37B active parameters
  /// (DeepSeek-V3 report, Table 1) on a 1979 TFLOP/s dense FP8 peak (NVIDIA H100 SXM datasheet).
  @Test func derivedRowsFollowFromTheirSources() throws {
    #expect(abs(try Self.run("LLaMA 65B").utilization - 6 * 65.2e9 * 380 / 312e12) < 0.001)
    let deepSeek = 6 * 37e9 * 14.8e12 / (2.788e6 * 3600 * 1979e12)
    #expect(abs(try Self.run("DeepSeek-V3 671B (37B active)").utilization - deepSeek) < 0.001)
  }

  @Test func everyRowIsCitedAndItsHardwareIsInTheCatalog() throws {
    #expect(ReportedUtilizations.runs.count >= 20)
    for run in ReportedUtilizations.runs {
      #expect(run.source.contains("arXiv:"), "\(run.model) has no paper reference")
      #expect(run.utilization > 0 && run.utilization < 1, "\(run.model)")
      #expect(throws: Never.self) { _ = try HardwareCatalog.builtIn.accelerator(named: run.hardware) }
    }
  }

  /// The spread for language models over every year is taken over MFU rows only: from DeepSeek-V3's
  /// 16.5 % (FP8 peak) to Korthikanti et al.'s 56.3 %.
  @Test func languageSpreadUsesMFUOnly() throws {
    let spread = ReportedUtilizations.spread(domain: .language, year: nil)
    #expect(spread.runs.allSatisfy { $0.kind == .mfu && $0.domain == .language })
    #expect(spread.low == (try Self.run("DeepSeek-V3 671B (37B active)").utilization))
    #expect(spread.high == 0.563)
    #expect(spread.low <= spread.median && spread.median <= spread.high)
  }

  /// Only ViT-22B reports an MFU among non-language runs, so the rule widens to every MFU row and
  /// says so.
  @Test func sparseDomainFallsBackToAllRunsAndSaysSo() {
    let spread = ReportedUtilizations.spreadWithBasis(domain: .other, year: nil)
    #expect(spread.runs.count == ReportedUtilizations.runs.filter { $0.kind == .mfu }.count)
    #expect(spread.basis.contains("fewer than 3 non-language-model runs"))
  }

  /// A year narrows to runs published within three years of it when at least three exist.
  @Test func anEraNarrowsTheSpread() {
    let spread = ReportedUtilizations.spreadWithBasis(domain: .language, year: 2024)
    #expect(spread.runs.allSatisfy { abs($0.year - 2024) <= 3 })
    #expect(spread.basis.contains("2021–2027"))
    let early = ReportedUtilizations.spreadWithBasis(domain: .language, year: 2012)
    #expect(early.basis.contains("fewer than 3 from within 3 years of 2012"))
  }

  @Test func reportRendersEveryRunInEachFormat() throws {
    let json = try UtilizationReport.list(ReportedUtilizations.runs, as: .json)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(rows.count == ReportedUtilizations.runs.count)
    #expect(
      rows.first { $0["model"] as? String == "PaLM 540B" && $0["kind"] as? String == "mfu" }?["utilization"]
        as? Double == 0.462)
    let csv = try UtilizationReport.list(ReportedUtilizations.runs, as: .csv)
    #expect(csv.split(separator: "\n").count == ReportedUtilizations.runs.count + 1)
    let text = try UtilizationReport.list(ReportedUtilizations.runs, as: .text)
    #expect(text.contains("46.2%") && text.contains("Spread of reported MFU"))
  }
}
