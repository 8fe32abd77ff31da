import ArgumentParser
import Testing
import TrainingCompute

@testable import trainflops

/// The `plan` command parses its flags into the core's plan; the examples of its usage work.
struct PlanCommandTests {
  @Test func issueExampleGivesDaysChipHoursEnergyAndCost() throws {
    let command = try PlanCommand.parse([
      "--params", "70B", "--tokens", "15T", "--hardware", "H100 SXM", "--count", "2048",
    ])
    let plan = try command.inputs().setup().plan()
    let hardware = try #require(plan.hardware)
    // 6 × 70e9 × 15e12 = 6.3e24 FLOP (the 6ND rule, Kaplan et al. 2020).
    #expect(plan.totalFLOP.value == 6.3e24)
    #expect(hardware.days != nil && hardware.energyMWh != nil && hardware.costDollars != nil)
    #expect(plan.thresholds.contains { $0.thresholdFLOP == 1e25 && !$0.isCrossed })
    let text = try PlanReport.render(plan, as: .text)
    #expect(text.contains("days") && text.contains("MWh") && text.contains("US$"))
  }

  @Test func budgetExampleCitesBothFits() throws {
    let plan = try PlanCommand.parse(["--flop", "1e24"]).inputs().setup().plan()
    let markdown = try PlanReport.render(plan, as: .markdown)
    #expect(markdown.contains("arXiv:2203.15556") && markdown.contains("arXiv:2404.10102"))
    let csv = try PlanReport.render(plan, as: .csv)
    #expect(csv.hasPrefix("quantity,value,low,high,unit\ntraining_flop,1e24,"))
  }

  @Test func badFlagIsAUsageError() {
    #expect(throws: (any Error).self) { _ = try PlanCommand.parse(["--flop", "1e24", "--count", "8"]) }
  }
}
