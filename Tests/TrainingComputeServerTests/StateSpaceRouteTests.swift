import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// A state-space config through `POST /api/v1/model`: the importer's notes (how the scan is
/// counted) come back in `notes` and among the estimate's assumptions, as the command line prints
/// them.
struct StateSpaceRouteTests {
  /// state-spaces/mamba-130m-hf's sizes (Tests/ModelImportTests/Fixtures/hf/mamba-130m.json).
  static let mamba =
    #"{"model_type": "mamba", "hidden_size": 768, "intermediate_size": 1536, "state_size": 16, "time_step_rank": 48, "conv_kernel": 4, "num_hidden_layers": 24, "vocab_size": 50280}"#

  @Test func notesReachTheResponseAndTheEstimate() async throws {
    let body = try ModelRouteTests.body([
      "spec": Self.mamba, "filename": "config.json", "seq-len": "2048", "tokens": "300B",
    ])
    try await withRouter { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .ok)
      let object = try response.object()
      let notes = try #require(object["notes"] as? [String])
      #expect(notes.contains { $0.hasPrefix("Mamba mixers (Gu & Dao 2023)") })
      let analysis = try #require(object["analysis"] as? [String: Any])
      let estimate = try #require(analysis["estimate"] as? [String: Any])
      let assumptions = try #require(estimate["assumptions"] as? [String])
      // Once: the graph carries it into the estimate, and the route adds only the other notes.
      let scan = assumptions.filter { $0.hasPrefix("Mamba mixers (Gu & Dao 2023)") }
      #expect(scan.count == 1 && scan.first?.hasSuffix(".") == true)
      let layers = try #require(analysis["layers"] as? [[String: Any]])
      #expect(layers.filter { $0["kind"] as? String == "mamba" }.count == 24)
    }
  }
}
