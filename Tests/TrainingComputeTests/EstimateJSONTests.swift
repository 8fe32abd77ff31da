import Foundation
import Testing
import TrainingCompute

struct EstimateJSONTests {
  private func object(_ text: String) throws -> [String: Any] {
    let data = Data(text.utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func estimateJSONHasTheStableKeys() throws {
    let estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    let json = try object(try EstimateReport.render(estimate, as: .json))
    for key in ["method", "total_flop", "pf_days", "inputs", "assumptions", "summary", "formula", "warnings"]
    {
      #expect(json[key] != nil, "missing \(key)")
    }
    #expect(json["method"] as? String == "operation_counting")
    let inputs = try #require(json["inputs"] as? [[String: Any]])
    let epochs = try #require(inputs.first { $0["name"] as? String == "epochs" })
    #expect(epochs["is_default"] as? Bool == true)
  }

  @Test func sameInputsGiveTheSameBytes() throws {
    let make = { try OperationCount(forward: .parameters(7e9), passes: .tokens(2e12), epochs: 1).estimate() }
    #expect(try EstimateReport.render(make(), as: .json) == EstimateReport.render(make(), as: .json))
  }

  @Test func estimateRoundTripsThroughJSON() throws {
    let estimate = try HardwareUsage(peak: .rate(FLOPRate(1e14)), time: .wallClock(.days(1), chips: 2))
      .estimate()
    let data = Data(try JSONOutput.string(estimate).utf8)
    let decoded = try JSONDecoder().decode(Estimate.self, from: data)
    #expect(decoded == estimate)
  }

  @Test func comparisonJSONCarriesBothEstimates() throws {
    let reconciliation = try Reconciliation(
      operations: OperationCount(forward: .parameters(1e9), passes: .tokens(1e10)),
      hardware: HardwareUsage(peak: .rate(FLOPRate(1e14)), time: .wallClock(.days(1), chips: 2)))
    let json = try object(try EstimateReport.render(reconciliation, as: .json))
    for key in [
      "method", "total_flop", "pf_days", "inputs", "assumptions", "operations", "hardware", "ratio",
      "implied_utilization",
    ] {
      #expect(json[key] != nil, "missing \(key)")
    }
  }

  @Test(arguments: OutputFormat.allCases)
  func everyFormatRendersTheTotal(format: OutputFormat) throws {
    let estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    let text = try EstimateReport.render(estimate, as: format)
    #expect(text.contains("3.15e23") || text.contains("3.15e+23"))
  }
}
