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

  /// A YAML alias bomb posted as a spec (10^6 values from 6 lines): refused at once by the
  /// spec's value limit.
  @Test func yamlAliasBombIsA422() async throws {
    let yaml = """
      l0: &l0 [x,x,x,x,x,x,x,x,x,x]
      l1: &l1 [*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0]
      l2: &l2 [*l1,*l1,*l1,*l1,*l1,*l1,*l1,*l1,*l1,*l1]
      l3: &l3 [*l2,*l2,*l2,*l2,*l2,*l2,*l2,*l2,*l2,*l2]
      l4: &l4 [*l3,*l3,*l3,*l3,*l3,*l3,*l3,*l3,*l3,*l3]
      l5: &l5 [*l4,*l4,*l4,*l4,*l4,*l4,*l4,*l4,*l4,*l4]
      input_shape: [4]
      layers: [*l5]

      """
    let body = try JSONSerialization.data(withJSONObject: ["spec": yaml, "filename": "bomb.yaml"])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: String(decoding: body, as: UTF8.self))
      #expect(response.status == .unprocessableContent)
      #expect(
        try response.decoded(ErrorBody.self).error
          == "'bomb.yaml' is not a valid JSON or YAML model spec: it expands to more than 20000 values once its YAML aliases are resolved, the limit for a spec."
      )
    }
  }
}
