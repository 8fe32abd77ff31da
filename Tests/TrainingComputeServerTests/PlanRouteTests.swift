import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// `POST /api/v1/plan` answers with the same plan the CLI prints and refuses bad fields by name.
struct PlanRouteTests {
  @Test func plansARunOnChips() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/plan", json: #"{"params": "70B", "tokens": "15T", "hardware": "H100 SXM", "count": 2048}"#)
      #expect(response.status == .ok)
      let object = try response.object()
      #expect(object["mode"] as? String == "time")
      let hardware = try #require(object["hardware"] as? [String: Any])
      let days = try #require(hardware["days"] as? [String: Any])
      // 6 × 70e9 × 15e12 = 6.3e24 FLOP on 2048 chips: some tens of days at any reported MFU.
      let value = try #require(days["value"] as? Double)
      #expect(value > 30 && value < 300)
      #expect((object["compute_optimal"] as? [Any])?.count == 2)
    }
  }

  @Test func refusesAPUEBelowOne() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/plan", json: #"{"flop": 1e24, "hardware": "H100", "pue": 0.5}"#)
      #expect(response.status == .unprocessableContent)
      let object = try response.object()
      #expect(object["field"] as? String == "pue")
    }
  }
}
