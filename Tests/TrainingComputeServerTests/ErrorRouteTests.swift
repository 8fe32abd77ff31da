import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

struct ErrorRouteTests {
  @Test(arguments: [#"{"params": "175B", "#, "not json", "[1, 2]", #""params""#, ""])
  func malformedJSONIsA400(body: String) async throws {
    try await withRouter { client in
      let response = try await client.post("/api/v1/estimate/operations", json: body)
      #expect(response.status == .badRequest)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error.contains("JSON object"))
    }
  }

  struct BadValue: Sendable, CustomStringConvertible {
    var path: String
    var body: String
    var field: String
    var mentions: String
    var description: String { body }
  }

  static let badValues = [
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": -5, "tokens": "300B"}"#, field: "params",
      mentions: "greater than zero"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": "lots", "tokens": "300B"}"#, field: "params",
      mentions: "'lots'"),
    BadValue(
      path: "/api/v1/estimate/hardware", body: #"{"hardware": "H10 SXM", "count": 8, "days": 1}"#,
      field: "hardware", mentions: "closest matches"),
    BadValue(
      path: "/api/v1/estimate/hardware",
      body: #"{"hardware": "H100", "count": 8, "days": 1, "utilization": "150%"}"#, field: "utilization",
      mentions: "at most 100%"),
    BadValue(
      path: "/api/v1/estimate/hardware", body: #"{"hardware": "H100", "count": 8.5, "days": 1}"#,
      field: "count",
      mentions: "whole number"),
    BadValue(
      path: "/api/v1/estimate/hardware",
      body: #"{"hardware": "V100", "count": 8, "days": 1, "precision": "bf16"}"#,
      field: "precision", mentions: "no published bf16 peak"),
    BadValue(
      path: "/api/v1/estimate/hardware", body: #"{"hardware": "H100", "count": 8, "time": "soon"}"#,
      field: "time",
      mentions: "duration"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": "1B", "tokens": "1B", "paramz": 3}"#,
      field: "paramz", mentions: "not a field"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": true, "tokens": "1B"}"#, field: "params",
      mentions: "number or a string"),
    // With several bad fields, the first in sorted key order is named, whatever the body's order.
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"zeta": 1, "params": "1B", "tokens": "1B", "alpha": 2}"#,
      field: "alpha", mentions: "alpha is not a field"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"zzz": 1, "tokens": [1], "params": "1B"}"#,
      field: "tokens", mentions: "tokens must be a number or a string"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": {}, "epochs": false, "tokens": "1B"}"#,
      field: "epochs", mentions: "epochs must be a number or a string"),
    // A repeated key keeps its last value (the reader's rule for every object).
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": "1B", "tokens": "1B", "params": true}"#,
      field: "params", mentions: "params must be a number or a string"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": "1B", "tokens": "1B", "params": "-5"}"#,
      field: "params", mentions: "greater than zero"),
    BadValue(
      path: "/api/v1/estimate/operations", body: #"{"params": "1B", "tokens": "1B", "params": null}"#,
      field: "", mentions: "params"),
    BadValue(
      path: "/api/v1/estimate/compare",
      body: #"{"params": "1B", "examples": "1B", "hardware": "H100", "count": 2}"#,
      field: "", mentions: "training time is missing"),
  ]

  @Test(arguments: badValues)
  func badValueIsA422NamingTheField(_ case: BadValue) async throws {
    try await withRouter { client in
      let response = try await client.post(`case`.path, json: `case`.body)
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.field == (`case`.field.isEmpty ? nil : `case`.field))
      #expect(error.error.contains(`case`.mentions), "\(error.error)")
    }
  }

  /// A repeated key's last value is the one used, whichever kind the earlier ones were; the total
  /// is 6 × N × D for N = 175e9 and D = 300e9, 3.15e23 FLOP (GPT-3's 3.14e23 in Brown et al. 2020,
  /// table D.1, rounded from the same product).
  @Test(arguments: [
    #"{"params": "1B", "tokens": "300B", "params": "175B"}"#,
    #"{"params": true, "tokens": "300B", "params": "175B"}"#,
    #"{"params": null, "tokens": [1], "params": 175e9, "tokens": "300B"}"#,
  ])
  func repeatedKeyKeepsItsLastValue(body: String) async throws {
    try await withRouter { client in
      let response = try await client.post("/api/v1/estimate/operations", json: body)
      #expect(response.status == .ok)
      let estimate = try response.decoded(Estimate.self)
      #expect(estimate.totalFLOP.value == 3.15e23)
      #expect(estimate.input(named: "params")?.value.number == 175e9)
    }
  }

  @Test func unknownRouteIsA404() async throws {
    try await withRouter { client in
      let response = try await client.get("/api/v1/nothing-here")
      #expect(response.status == .notFound)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error.contains("/api/v1/"))
    }
  }

  @Test func oversizedBodyIsA413() async throws {
    let padding = String(repeating: " ", count: RequestFields.bodyLimit + 1)
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/operations", json: #"{"params": "1B", "tokens": "1B"}"# + padding)
      #expect(response.status == .contentTooLarge)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error.contains("larger than allowed"))
    }
  }
}
