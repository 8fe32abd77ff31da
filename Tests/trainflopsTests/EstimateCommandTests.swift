import ArgumentParser
import Testing
import TrainingCompute

@testable import trainflops

/// `trainflops estimate` reads its flags from the table of fields.
struct EstimateCommandTests {
  /// GPT-3 175B: 174.6B parameters, 300B tokens → 3.14e23 FLOP (Brown et al. 2020, Table D.1).
  @Test func flagsFromTheFieldsTableReachTheBestEstimate() throws {
    let command = try EstimateCommand.parse(["--params", "174.6B", "--tokens=300B", "--format", "json"])
    let facts = try FactArguments.facts(command.facts)
    #expect(facts.params == 174.6e9)
    #expect(facts.tokens == 300e9)
    let best = try bestEstimate(facts)
    #expect(abs(best.totalFLOP.value / 3.14e23 - 1) < 0.01)
  }

  /// The message ArgumentParser prints for the arguments (validate() runs the fields' parsers).
  static func message(_ arguments: [String]) -> String {
    do {
      _ = try EstimateCommand.parse(arguments)
      return ""
    } catch {
      return EstimateCommand.message(for: error)
    }
  }

  @Test func aBadFlagValueIsAUsageErrorNamingTheFlag() {
    #expect(
      Self.message(["--params", "lots", "--tokens", "1T"])
        == EstimateError.notANumber(field: "--params", text: "lots").description)
  }

  @Test func anUnknownFlagIsRefusedListingTheFields() {
    let expected = EstimateError.unknownOption(
      field: "field", value: "--parameters-ish", allowed: Fields.names.map { "--" + $0 })
    #expect(Self.message(["--parameters-ish", "1"]) == expected.description)
  }

  @Test func aFlagWithoutAValueIsRefused() {
    #expect(
      Self.message(["--params"])
        == EstimateError.missingInput(field: "--params", expected: "a value after --params").description)
  }
}
