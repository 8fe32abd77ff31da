import ArgumentParser
import Testing
import TrainingCompute

@testable import trainflops

struct CommandLineTests {
  @Test func opsParsesSuffixedNumbers() throws {
    let command = try OperationsCommand.parse(["--params", "175B", "--tokens", "300e9"])
    let estimate = try command.operations.operationCount().estimate()
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: FLOPs(3.15e23)))
  }

  @Test func conflictingForwardInputsAreRefused() {
    do {
      _ = try OperationsCommand.parse(["--params", "1e9", "--forward-flop", "2e9", "--tokens", "1e9"])
      Issue.record("expected the two forward inputs to be refused")
    } catch {
      #expect(
        OperationsCommand.message(for: error)
          == "--params and --forward-flop cannot be given together: give only one of them.")
    }
  }
}
