import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

#if os(Linux)
  /// The promise, walked in headless Chromium at a phone's width: from a paper's facts to a
  /// best estimate with its interval, then "Add to ledger", then "Download report" — without
  /// leaving the page, and with nothing fetched from anywhere but the page's own server.
  ///
  /// A probe page of the same origin holds the calculator in a 390-pixel frame and works its
  /// controls as a person would (it clicks the buttons); it catches the report the page hands to
  /// the browser as a download (the Blob and the link's file name) and writes what it saw.
  struct JourneyBrowserTests {
    /// What the probe saw.
    struct Walk: Decodable {
      var best_flop: String
      var best_low: String
      var best_high: String
      var ledger: String
      var ledger_flop: String
      var download_name: String
      var report_type: String
      var report: String
      var foreign_requests: [String]
      var script_errors: [String]
    }

    /// A probe script: `steps` run once the frame has loaded, with `page` (its window), `doc`,
    /// `errors` (its script errors), `blobs` (every Blob it made a URL for), `until` (waits for a
    /// condition) and `out` (writes the result, or how far the probe got).
    static func probeScript(steps: String) -> String {
      """
      const frame = document.getElementById("frame");
      const out = (value) => { document.getElementById("probe-result").textContent = JSON.stringify(value); };
      const until = (test) => new Promise((done) => { const poll = () => test() ? done() : setTimeout(poll, 50); poll(); });
      frame.addEventListener("load", async () => {
        const page = frame.contentWindow, doc = frame.contentDocument;
        const errors = [];
        page.addEventListener("error", (event) => errors.push(String(event.message)));
        const blobs = [];
        const makeURL = page.URL.createObjectURL;
        page.URL.createObjectURL = (blob) => { blobs.push(blob); return makeURL(blob); };
        out({ stage: "page loading" });
      \(steps)
      });
      out({ stage: "frame requested" });
      frame.src = frame.dataset.src; // only now, so the listener cannot miss the load
      """
    }

    static let walkScript = probeScript(
      steps: """
        let downloaded = null;
        page.HTMLAnchorElement.prototype.click = function () { downloaded = this.download; };
        await until(() => doc.getElementById("be-flop") && doc.getElementById("be-add-stage"));
        const best = doc.getElementById("be-flop").dataset;
        doc.getElementById("be-add-stage").click();
        out({ stage: "added to the ledger" });
        await until(() => doc.getElementById("lg-headline"));
        doc.getElementById("lg-download").click();
        await until(() => blobs.length && downloaded);
        const foreign = page.performance.getEntriesByType("resource").map((entry) => entry.name)
          .filter((name) => !name.startsWith(page.location.origin));
        const report = blobs[blobs.length - 1];
        out({ best_flop: best.flop, best_low: best.low, best_high: best.high, ledger: doc.getElementById("lg-ledger").value,
          ledger_flop: doc.getElementById("lg-headline").dataset.flop, download_name: downloaded,
          report_type: report.type, report: await report.text(), foreign_requests: foreign, script_errors: errors });
        """)

    @Test(
      .enabled(
        if: BrowserTests.chromium != nil,
        "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
      .timeLimit(.minutes(3)))
    func factsToBestEstimateToLedgerToDownloadedReport() async throws {
      // GPT-3's facts as its paper states them (Brown et al. 2020: 175B parameters, 300B tokens;
      // 14.8 days on 10,000 V100 is the Patterson et al. 2021 figure).
      let query =
        "be-params=175B&be-tokens=300B&be-hardware=V100&be-count=10000&be-time=14.8d&be-precision=fp16"
      let walk = try await Self.probe(Walk.self, query: query, script: Self.walkScript)
      #expect(walk.script_errors.isEmpty, "\(walk.script_errors)")
      #expect(walk.foreign_requests.isEmpty, "fetched from elsewhere: \(walk.foreign_requests)")
      // The ledger the button wrote holds the card's facts as one pre-training stage.
      #expect(
        walk.ledger.contains("kind: \"pretraining\"") && walk.ledger.contains("params: \"175B\""),
        "\(walk.ledger)")
      #expect(walk.ledger.contains("time: \"14.8d\"") && walk.ledger.contains("hardware: \"V100\""))
      // The server's report for that ledger: its total is the best estimate's figure, and the file
      // the page hands over is that report as an HTML page.
      let report = try await Self.report(ledger: walk.ledger)
      let cumulative = try #require(report["cumulative_flop"] as? Double)
      #expect(isClose(try #require(Double(walk.ledger_flop)), cumulative))
      #expect(isClose(try #require(Double(walk.best_flop)), cumulative, relativeTolerance: 1e-9))
      #expect(
        try #require(Double(walk.best_low)) < cumulative
          && cumulative < (try #require(Double(walk.best_high))))
      #expect(walk.download_name == "training-compute-report.html")
      #expect(walk.report_type.hasPrefix("text/html"))
      #expect(walk.report.contains(try #require(report["headline"] as? String)))
      #expect(walk.report.contains("<h2>Verdict per regime</h2>"))
    }

    /// What the probe saw of a dropped file.
    struct Drop: Decodable {
      var text: String
      var rows: String
      var failed: String
      var download_name: String
      var csv: String
      var script_errors: [String]
    }

    static let lines = """
      {"name": "Llama-style 7B", "params": "7B", "tokens": "2T"}
      {"name": "typo", "params": "seven billion", "tokens": "1T"}

      """

    static let dropScript = probeScript(
      steps: """
        await until(() => doc.getElementById("bt-example").getAttribute("href") !== "?batch=");
        out({ stage: "dropping" });
        const transfer = new page.DataTransfer();
        transfer.items.add(new page.File([\(String(reflecting: lines))], "runs.jsonl"));
        doc.getElementById("bt-drop").dispatchEvent(new page.DragEvent("drop",
          { dataTransfer: transfer, bubbles: true, cancelable: true }));
        await until(() => doc.getElementById("bt-download") && blobs.length);
        const count = doc.getElementById("bt-count").dataset;
        out({ text: doc.getElementById("bt-text").value, rows: count.rows, failed: count.failed,
          download_name: doc.getElementById("bt-download").download, csv: await blobs[0].text(), script_errors: errors });
        """)

    /// A JSON Lines file dropped on the batch card fills it, shows a row per run (the bad one with
    /// its error) and offers the server's CSV of the same rows, named after the file.
    @Test(
      .enabled(
        if: BrowserTests.chromium != nil,
        "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
      .timeLimit(.minutes(3)))
    func droppedJSONLinesFileGivesTheTableAndItsCSV() async throws {
      let drop = try await Self.probe(Drop.self, query: "", script: Self.dropScript)
      #expect(drop.script_errors.isEmpty, "\(drop.script_errors)")
      #expect(drop.text == Self.lines)
      #expect(drop.rows == "2" && drop.failed == "1")
      #expect(drop.download_name == "runs-estimates.csv")
      let app = Application(router: testRouter())
      let csv = try await app.test(.router) { client in
        try await client.execute(
          uri: "/api/v1/batch?input=jsonl&format=csv", method: .post,
          headers: [.contentType: "application/jsonl"],
          body: ByteBuffer(string: Self.lines)
        ).body
      }
      #expect(drop.csv == String(buffer: csv))
      #expect(drop.csv.contains("params must be a number"), "the bad row keeps its error in the CSV")
    }

    /// The report the API gives for `ledger`, as JSON.
    static func report(ledger: String) async throws -> [String: Any] {
      let body = try JSONSerialization.data(withJSONObject: ["ledger": ledger, "format": "json"])
      let app = Application(router: testRouter())
      return try await app.test(.router) { client in
        try await client.post("/api/v1/report", json: String(decoding: body, as: UTF8.self)).object()
      }
    }

    /// Runs `script` in a probe page over the calculator loaded with `query` in a 390 × 844 frame,
    /// and decodes what it wrote. The browser is driven over its DevTools pipe and the result is
    /// polled in real time (up to a minute), so a slow machine delays the probe but cannot cut it
    /// short, as a virtual-time budget did.
    static func probe<Report: Decodable>(
      _ type: Report.Type, query: String, script: String
    ) async throws -> Report {
      let chromium = try #require(BrowserTests.chromium)
      let router = testRouter()
      let probe = """
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <iframe id="frame" width="390" height="844" data-src="/?\(query)"></iframe>
        <pre id="probe-result"></pre><script src="/walk.js"></script></body></html>
        """
      router.get("/walk") { _, _ in
        Response(
          status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
          body: ResponseBody(byteBuffer: ByteBuffer(string: probe)))
      }
      router.get("/walk.js") { _, _ in
        Response(
          status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
          body: ResponseBody(byteBuffer: ByteBuffer(string: script)))
      }
      let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
      let text = try await app.test(.live) { client in
        let url = "http://127.0.0.1:\(try #require(client.port))/walk"
        return try await DevToolsPipe.session(binary: chromium, timeout: 150) { browser in
          let session = try browser.open(url, width: 500, height: 900)
          var text = ""
          for _ in 0..<600 {  // the probe writes its stage as it goes, and its result once done
            Thread.sleep(forTimeInterval: 0.1)
            text =
              try browser.evaluate(
                "document.getElementById('probe-result')?.textContent ?? ''", session: session)
              as? String ?? ""
            if !text.isEmpty && !text.contains("\"stage\"") { break }
          }
          return text
        }
      }
      #expect(!text.isEmpty && !text.contains("\"stage\""), "the probe did not finish in a minute: \(text)")
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    }
  }
#endif
