import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

/// Totals past `Double` reach the API as the core's sentence with a 422, never a 500 with an
/// empty body (issue 8, trap 7).
struct ResultRangeRouteTests {
  @Test func totalPastDoubleIsA422() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/operations", json: #"{"params": "1e308", "tokens": "1e308", "epochs": "1e308"}"#)
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(
        error.error
          == "the training compute from params 1e308, tokens 1e308 and epochs 1e308 exceeds 1.8e308, the largest number the tool can represent; check those inputs."
      )
      #expect(error.field == nil)
    }
  }

  @Test func compareWithHugeEpochsIsA422() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/compare",
        json:
          #"{"params": "175B", "tokens": "300B", "epochs": "1e300", "hardware": "V100", "count": 1, "hours": 1}"#
      )
      #expect(response.status == .unprocessableContent)
      #expect(try response.decoded(ErrorBody.self).error.contains("epochs 1e300"))
    }
  }

  /// A 461-byte YAML alias bomb posted as a spec: refused at once by the spec's value limit.
  @Test func yamlAliasBombIsA422() async throws {
    var yaml = "l0: &l0 [" + Array(repeating: "x", count: 10).joined(separator: ",") + "]\n"
    for level in 1...8 {
      yaml +=
        "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",")
        + "]\n"
    }
    yaml += "input_shape: [4]\nlayers: [*l8]\n"
    let body = try JSONSerialization.data(withJSONObject: ["spec": yaml, "filename": "bomb.yaml"])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: String(decoding: body, as: UTF8.self))
      #expect(response.status == .unprocessableContent)
      #expect(
        try response.decoded(ErrorBody.self).error
          == "'bomb.yaml' is not a valid JSON or YAML model spec: it expands to more than 100000 values once its YAML aliases are resolved, the limit for a spec."
      )
    }
  }
}
