import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// Every card of the page, filled from one address, at a phone's width (390 CSS pixels) and a
/// desktop's (1366): the figure each card prints is the API's answer for the same inputs, to the
/// digits of the page's number style; nothing is wider than the screen; no script, console or
/// policy error; the skip link leads to the first card; and a screenshot of each card, clipped to
/// it, is not blank. One browser (driven through its DevTools pipe) does both widths.
struct CardBrowserTests {
  static let ledger =
    "model: m\nstages:\n  - name: pre\n    kind: pretraining\n    params: 8B\n    tokens: 2T\n"

  /// The address: each card's inputs under its own keys.
  static var query: String {
    get throws {
      var components = URLComponents()
      components.queryItems = [
        // best estimate
        ("be-params", "175B"), ("be-tokens", "300B"), ("be-hardware", "V100"), ("be-count", "10000"),
        ("be-time", "14.8d"), ("be-precision", "fp16"),
        // method 1, method 2 (and so the comparison)
        ("params", "175B"), ("tokens", "300B"), ("hardware", "V100"), ("count", "10000"), ("days", "14.8"),
        ("precision", "fp16"),
        // model
        ("spec", ModelRouteTests.spec), ("model-batch-size", "32"), ("optimizer", "adam"),
        ("model-examples", "60000"),
        // ledger, plan, batch, catalog
        ("ledger", ledger), ("plan-params", "70B"), ("plan-tokens", "15T"), ("plan-hardware", "H100 SXM"),
        ("plan-count", "2048"), ("batch", try String(contentsOf: BatchBrowserTests.runs, encoding: .utf8)),
        ("hw", "H100 SXM"),
      ].map { URLQueryItem(name: $0.0, value: $0.1) }
      return (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }
  }

  /// The API's answers for the same inputs, as (card, element id or "", number) triples; the
  /// batch and catalog cards show several figures without ids, in the API's order.
  static func expected() async throws -> [(card: String, id: String, value: Double)] {
    let app = Application(router: testRouter())
    return try await app.test(.router) { client in
      func post(_ path: String, _ fields: [String: String]) async throws -> [String: Any] {
        let body = try JSONSerialization.data(withJSONObject: fields)
        return try await client.post(path, json: String(decoding: body, as: UTF8.self)).object()
      }
      func number(_ object: [String: Any], _ path: String...) throws -> Double {
        var node: Any = object
        for key in path { node = try #require((node as? [String: Any])?[key], "no \(key) in \(object)") }
        return try #require(node as? Double, "\(path) is not a number in \(object)")
      }
      let m1 = ["params": "175B", "tokens": "300B"]
      let m2 = ["hardware": "V100", "count": "10000", "days": "14.8", "precision": "fp16", "domain": "other"]
      let best = [
        "params": "175B", "tokens": "300B", "hardware": "V100", "count": "10000", "time": "14.8d",
        "precision": "fp16",
      ]
      let model = [
        "spec": ModelRouteTests.spec, "batch-size": "32", "optimizer": "adam", "examples": "60000",
      ]
      let plan = ["params": "70B", "tokens": "15T", "hardware": "H100 SXM", "count": "2048"]
      let modelAnswer = try await post("/api/v1/model", model)
      let planAnswer = try await post("/api/v1/plan", plan)
      var rows: [(String, String, Double)] = [
        ("best", "be-flop", try number(try await post("/api/v1/estimate", best), "total_flop")),
        ("method1", "m1-flop", try number(try await post("/api/v1/estimate/operations", m1), "total_flop")),
        ("method2", "m2-flop", try number(try await post("/api/v1/estimate/hardware", m2), "total_flop")),
        (
          "compare", "m3-implied",
          try number(
            try await post("/api/v1/estimate/compare", m1.merging(m2) { a, _ in a }), "implied_utilization")
        ),
        ("model", "mg-ratio", try number(modelAnswer, "analysis", "totals", "backward_forward_ratio")),
        ("model", "mg-flop", try number(modelAnswer, "analysis", "estimate", "total_flop")),
        (
          "ledger", "lg-headline",
          try number(
            try await post("/api/v1/report", ["ledger": ledger, "format": "json"]), "cumulative_flop")
        ),
        ("plan", "plan-flop-result", try number(planAnswer, "total_flop", "value")),
        ("plan", "plan-days-result", try number(planAnswer, "hardware", "days", "value")),
      ]
      let csv = try String(contentsOf: BatchBrowserTests.runs, encoding: .utf8)
      let batch = try await client.execute(
        uri: "/api/v1/batch", method: .post, headers: [.contentType: "text/csv"],
        body: ByteBuffer(string: csv))
      for row in try #require(try JSONSerialization.jsonObject(with: batch.data) as? [[String: Any]]) {
        rows.append(("batch", "", try number(row, "total_flop")))
      }
      let catalog = try JSONSerialization.jsonObject(with: try await client.get("/api/v1/hardware").data)
      let chip = try #require(
        (catalog as? [[String: Any]])?.first { ($0["aliases"] as? [String])?.contains("H100 SXM") == true })
      for precision in ["bf16", "fp16", "fp8", "tf32", "fp32"] {
        rows.append(("catalog", "", try number(chip, "peaks", precision)))
      }
      return rows
    }
  }

  /// The text the page prints for `value` on the element `id` (nil: checked by value only).
  static func printed(_ value: Double, id: String, card: String) -> String? {
    switch (card, id) {
    // A percentage to one decimal, without a trailing ".0".
    case (_, "m3-implied"):
      return "\((value * 1000).rounded() / 10) %".replacingOccurrences(of: ".0 %", with: " %")
    // Four significant digits of a ratio between 1 and 3.
    case (_, "mg-ratio"): return String(format: "%.3f", value)
    case ("catalog", _): return BrowserTests.pageStyle(value)
    case (_, "plan-days-result"): return nil
    default: return BrowserTests.pageStyle(value) + " FLOP"
    }
  }

  /// The page at one width, as the browser saw it: its self-check, and a PNG of each card.
  struct Look: Sendable {
    var check: PageLayoutTests.Check
    var shots: [String: Data]
  }

  static let cards = ["best", "method1", "method2", "compare", "model", "ledger", "plan", "batch", "catalog"]

  #if os(Linux)
    @Test(
      .enabled(
        if: BrowserTests.chromium != nil,
        "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
      .timeLimit(.minutes(4)))
    func everyCardShowsTheAPIsFiguresAtPhoneAndDesktopWidth() async throws {
      let expected = try await Self.expected()
      let looks = try await Self.look(query: try Self.query, sizes: [(390, 844), (1366, 900)])
      #expect(looks.map(\.check.viewport) == [390, 1366])
      for look in looks {
        let check = look.check
        let width = check.viewport
        #expect(check.overflowing.isEmpty, "wider than \(width) px: \(check.overflowing)")
        #expect(check.script_errors.isEmpty, "at \(width) px: \(check.script_errors)")
        #expect(check.skip_target == "best", "the first link skips to the first card")
        for name in Self.cards {
          let card = try #require(check.cards?[name], "no card \(name)")
          try Self.expectFigures(of: card, named: name, at: width, equal: expected.filter { $0.card == name })
          // The card's own screenshot is not blank: a blank page of 1366 × 760 pixels compresses to
          // under 5 KB; the emptiest card, with its title, text and one figure, takes over 50 KB.
          let png = try #require(look.shots[name], "no shot of \(name) at \(width) px")
          let image = try #require(PNGSummary(png))
          #expect(image.width == card.width && card.width <= width, "\(name) at \(width) px: \(card)")
          #expect(png.count > 20_000 && image.distinctIDATBytes > 200, "\(name) at \(width) px looks blank")
        }
      }
    }

    /// Loads the page with `query` and `check` at each of `sizes` (CSS pixels; device emulation,
    /// so a phone's 390 is a real viewport) in one browser, and shoots each card.
    static func look(query: String, sizes: [(Int, Int)]) async throws -> [Look] {
      let chromium = try #require(BrowserTests.chromium)
      let app = Application(
        router: testRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
      return try await app.test(.live) { client in
        let url = "http://127.0.0.1:\(try #require(client.port))/?\(query)&check"
        return try await DevToolsPipe.session(binary: chromium) { browser in
          try sizes.map { width, height in
            let session = try browser.open(url, width: width, height: height)
            var text = ""
            for _ in 0..<300 where text.isEmpty {  // the page writes its check once every card is done
              Thread.sleep(forTimeInterval: 0.1)
              text =
                try browser.evaluate(
                  "document.getElementById('page-check')?.textContent ?? ''", session: session)
                as? String ?? ""
            }
            let check = try JSONDecoder().decode(PageLayoutTests.Check.self, from: Data(text.utf8))
            var shots: [String: Data] = [:]
            for (name, box) in check.cards ?? [:] {
              shots[name] = try browser.screenshot(
                x: box.left ?? 0, y: box.top, width: box.width, height: box.height, session: session)
            }
            return Look(check: check, shots: shots)
          }
        }
      }
    }
  #endif

  /// Expects `card` to show each of `wanted` as a number equal to the API's and printed as the
  /// page prints it; figures without an id (table cells) are matched in order.
  static func expectFigures(
    of card: PageLayoutTests.Check.Card, named name: String, at width: Int,
    equal wanted: [(card: String, id: String, value: Double)]
  ) throws {
    #expect(!wanted.isEmpty)
    var unnamed = card.shown.filter { $0.id.isEmpty }.makeIterator()
    for figure in wanted {
      let shown = try #require(
        figure.id.isEmpty ? unnamed.next() : card.shown.first { $0.id == figure.id },
        "\(name) shows no \(figure.id.isEmpty ? "table figure" : figure.id) at \(width) px: \(card.shown)")
      #expect(isClose(try #require(Double(shown.value)), figure.value), "\(name) \(figure.id) at \(width) px")
      if let text = Self.printed(figure.value, id: figure.id, card: name) {
        #expect(shown.text == text, "\(name) \(figure.id) at \(width) px")
      }
    }
  }
}
