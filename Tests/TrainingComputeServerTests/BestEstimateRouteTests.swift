import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

/// `POST /api/v1/estimate`, `POST /api/v1/batch` and `GET /api/v1/fields`.
struct BestEstimateRouteTests {
  /// GPT-3 175B: 174.6B parameters and 300B tokens give 3.14e23 FLOP (Brown et al. 2020, Table D.1).
  @Test func estimateTakesTheFieldsAndReturnsTheCLIsJSON() async throws {
    let expected = try JSONOutput.string(
      try bestEstimate(try TrainingFacts([("params", "174.6B"), ("tokens", "300B")])))
    try await withRouter { client in
      let response = try await client.post("/api/v1/estimate", json: #"{"params": "174.6B", "tokens": 3e11}"#)
      #expect(response.status == .ok)
      #expect(String(decoding: response.data, as: UTF8.self) == expected)
      let object = try response.object()
      #expect(object["method"] as? String == "operation_counting")
      #expect(abs((object["total_flop"] as? Double ?? 0) / 3.14e23 - 1) < 0.01)
    }
  }

  @Test func estimateRefusesABadValueNamingTheField() async throws {
    try await withRouter { client in
      let response = try await client.post("/api/v1/estimate", json: #"{"params": "lots", "tokens": "1T"}"#)
      #expect(response.status == .unprocessableContent)
      let object = try response.object()
      #expect(
        object["error"] as? String
          == "params must be a number such as 175e9, 175B, 1.4T or 1,000; got 'lots'.")
      #expect(object["field"] as? String == "params")
    }
  }

  @Test func batchReportsEachRowAndCountsFailures() async throws {
    try await withRouter { client in
      let response = try await client.execute(
        uri: "/api/v1/batch?format=jsonl", method: .post, headers: [.contentType: "text/csv"],
        body: ByteBuffer(string: "name,params,tokens\na,7B,1T\nb,seven,1T\n"))
      #expect(response.status == .ok)
      #expect(response.headers[HTTPField.Name("failed-rows")!] == "1")
      let lines = String(decoding: response.data, as: UTF8.self).split(separator: "\n")
      #expect(lines.count == 2)
      #expect(lines[1].contains(#""column":"params""#))
    }
  }

  @Test func batchRefusesAnUnknownColumn() async throws {
    try await withRouter { client in
      let response = try await client.execute(
        uri: "/api/v1/batch", method: .post, headers: [.contentType: "text/csv"],
        body: ByteBuffer(string: "name,wat\na,1\n"))
      #expect(response.status == .unprocessableContent)
    }
  }

  @Test func fieldsListsTheTable() async throws {
    try await withRouter { client in
      let response = try await client.get("/api/v1/fields")
      let fields = try JSONSerialization.jsonObject(with: response.data) as? [[String: Any]] ?? []
      #expect(fields.compactMap { $0["name"] as? String } == Fields.names)
    }
  }

  /// The OpenAPI schema of the facts is the table of fields: same names, same meanings.
  @Test func openAPIFactsSchemaIsTheFieldsTable() async throws {
    try await withRouter { client in
      let document = try await client.get("/api/v1/openapi.json").object()
      let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
      let properties =
        (schemas?["FactsRequest"] as? [String: Any])?["properties"] as? [String: [String: Any]] ?? [:]
      #expect(Set(properties.keys) == Set(Fields.names))
      for field in Fields.all {
        #expect(properties[field.name]?["description"] as? String == field.meaning, "\(field.name)")
      }
    }
  }
}
