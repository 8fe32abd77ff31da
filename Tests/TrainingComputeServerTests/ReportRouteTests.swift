import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

/// `POST /api/v1/report`: the ledger as YAML or JSON text (or a JSON object), rendered as JSON,
/// Markdown or HTML; bad ledgers are 422 with the reader's sentence.
struct ReportRouteTests {
  static let ledger = """
    model: m
    original-model-flop: unknown
    stages:
      - name: cpt
        kind: fine-tuning
        params: 8B
        tokens: 2T
      - name: evals
        kind: evaluation
        reported-flop: 1e20
    """

  static func body(_ fields: [String: Any]) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
  }

  @Test func yamlLedgerGivesTheJSONReport() async throws {
    try await withRouter { client in
      let response = try await client.post("/api/v1/report", json: try Self.body(["ledger": Self.ledger]))
      #expect(response.status == .ok)
      let object = try response.object()
      // 6 × 8e9 × 2e12 (Kaplan et al. 2020), the default ratio 2.
      let cumulative = try #require(object["cumulative_flop"] as? Double)
      #expect(abs(cumulative - 9.6e22) <= 1e-9 * 9.6e22)
      #expect(object["headline"] as? String == "9.6 × 10^22 FLOP")
      let stages = try #require(object["stages"] as? [[String: Any]])
      #expect(stages.map { $0["included_in_cumulative"] as? Bool } == [true, false])
      let thresholds = try #require(object["thresholds"] as? [[String: Any]])
      #expect(thresholds.contains { $0["regime"] as? String == "eu-downstream-modifier" })
    }
  }

  @Test(arguments: [("markdown", "text/markdown; charset=utf-8"), ("html", "text/html; charset=utf-8")])
  func otherFormatsHaveTheirMediaType(format: String, contentType: String) async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/report", json: try Self.body(["ledger": Self.ledger, "format": format]))
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == contentType)
      #expect(String(decoding: response.data, as: UTF8.self).contains("9.6 × 10^22 FLOP"))
    }
  }

  @Test func ledgerAsAJSONObjectIsRead() async throws {
    let body = try Self.body([
      "ledger": [
        "model": "m", "stages": [["name": "pre", "kind": "pretraining", "params": "1B", "tokens": "20B"]],
      ]
    ])
    try await withRouter { client in
      let response = try await client.post("/api/v1/report", json: body)
      #expect(response.status == .ok)
      #expect(try response.object()["model"] as? String == "m")
    }
  }

  @Test func badLedgerIs422WithTheReadersSentence() async throws {
    let ledger = "model: m\nstages:\n  - name: pre\n    kind: pretraining\n    tokenz: 1T\n"
    try await withRouter { client in
      let response = try await client.post("/api/v1/report", json: try Self.body(["ledger": ledger]))
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error.hasPrefix("stage 'pre' has no key 'tokenz'; keys allowed there: name, kind,"))
      #expect(error.field == "ledger")
    }
  }

  @Test func unknownFieldAndFormatAreRefused() async throws {
    try await withRouter { client in
      let extra = try await client.post("/api/v1/report", json: try Self.body(["ledger": "x", "pages": 2]))
      #expect(extra.status == .unprocessableContent)
      #expect(try extra.decoded(ErrorBody.self).field == "pages")
      let format = try await client.post(
        "/api/v1/report", json: try Self.body(["ledger": "x", "format": "pdf"]))
      #expect(
        try format.decoded(ErrorBody.self).error == "format must be one of json, markdown, html; got 'pdf'.")
    }
  }

  @Test func oversizedBodyIs413() async throws {
    let ledger = "model: m\n#" + String(repeating: "x", count: 2 << 20)
    try await withRouter { client in
      let response = try await client.post("/api/v1/report", json: try Self.body(["ledger": ledger]))
      #expect(response.status == .contentTooLarge)
    }
  }
}
