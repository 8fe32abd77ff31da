import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

/// The page at a phone's width (390 × 844 CSS pixels) and at a desktop's (1366 × 900), read through
/// its own self-check (`?check`): nothing wider than the screen, no script error, every control
/// labelled, input borders at 3:1 contrast or more, and the first card's inputs on the first screen.
///
/// Headless Chromium will not make a window narrower than 500 pixels, so the phone is an iframe of
/// that size inside a small probe page served beside the calculator (same origin, so the probe can
/// read the frame's check); media queries and layout inside the frame see a 390-pixel viewport.
struct PageLayoutTests {
  /// What the page's self-check reports.
  struct Check: Decodable {
    var viewport: Int
    var page_width: Int
    var overflowing: [String]
    var unlabelled: [String]
    var low_contrast: [String]
    var script_errors: [String]
    var first_input_top: [String: Int]
    var first_card: String?
    var page_height: Int?
    var cards: [String: Card]?
    var skip_target: String?

    /// A card's place on the page and the figures it shows (element id, number, printed text).
    struct Card: Decodable {
      struct Shown: Decodable {
        var id: String
        var value: String
        var text: String
      }
      var top: Int
      var left: Int?
      var height: Int
      var width: Int
      var shown: [Shown]
    }
  }

  static let filled =
    "params=175B&tokens=300B&hardware=V100&count=10000&hours=355&precision=fp16&model-batch-size=256"

  static var resnetSpec: String {
    get throws {
      let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/models/resnet50.yaml")
      let text = try String(contentsOf: url, encoding: .utf8)
      return text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
  }

  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func phoneShowsInputsFirstAndNothingOverflows() async throws {
    let (check, png) = try await Self.check(
      query: Self.filled + "&spec=" + Self.resnetSpec, width: 390, height: 844)
    #expect(check.viewport == 390, "the frame should be a 390-pixel viewport")
    #expect(check.page_width <= 390, "the page is \(check.page_width) px wide: \(check.overflowing)")
    #expect(check.overflowing.isEmpty, "wider than the screen: \(check.overflowing)")
    #expect(check.script_errors.isEmpty, "\(check.script_errors)")
    #expect(check.unlabelled.isEmpty, "controls without a label: \(check.unlabelled)")
    #expect(check.low_contrast.isEmpty, "input borders under 3:1: \(check.low_contrast)")
    // The first screen (844 px) shows the first card's first input, with room below it.
    let card = try #require(check.first_card)
    let first = try #require(check.first_input_top[card])
    #expect(first < 844 - 100, "the first input starts at \(first) px")
    let image = try #require(PNGSummary(png))
    #expect(image.distinctIDATBytes > 200, "the phone screenshot looks blank")
  }

  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func desktopHasNoOverflowOrScriptError() async throws {
    let (check, _) = try await Self.check(
      query: Self.filled + "&spec=" + Self.resnetSpec, width: 1366, height: 900)
    #expect(check.viewport == 1366)
    #expect(check.overflowing.isEmpty, "wider than the screen: \(check.overflowing)")
    #expect(check.script_errors.isEmpty, "\(check.script_errors)")
    #expect(check.unlabelled.isEmpty, "controls without a label: \(check.unlabelled)")
    #expect(check.low_contrast.isEmpty, "input borders under 3:1: \(check.low_contrast)")
    // On a desktop all three method cards start on the first screen.
    for card in ["method1", "method2"] {
      let top = try #require(check.first_input_top[card])
      #expect(top < 900, "\(card)'s first input starts at \(top) px")
    }
  }

  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func unknownAddressValuesAreFlagged() async throws {
    let dom = try await BrowserTests.dom(
      for: "?hardware=H100+SXM&count=8&days=1&precision=fp4&domain=bogus&colour=blue")
    #expect(BrowserTests.attribute("aria-invalid", ofElementWithID: "m2-precision", in: dom) == "true")
    #expect(dom.contains("precision=fp4 in the address is not one the page knows"))
    #expect(dom.contains("domain=bogus in the address is not one the page knows"))
    #expect(dom.contains("The address names colour, which this page does not use"))
  }

  /// Loads the page (in a frame of `width` × `height` CSS pixels) with `query` and `check`, and
  /// returns its self-check and a screenshot of the frame.
  static func check(query: String, width: Int, height: Int) async throws -> (Check, Data) {
    let chromium = try #require(BrowserTests.chromium)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainflops-layout-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let router = testRouter()
    let probe = """
      <!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style>
      </head><body><iframe id="frame" width="\(width)" height="\(height)" src="/?\(query)&check"></iframe>
      <pre id="probe-result"></pre><script src="/probe.js"></script></body></html>
      """
    let script = """
      const wait = () => {
        const inner = document.getElementById("frame").contentDocument;
        const check = inner && inner.getElementById("page-check");
        if (check) document.getElementById("probe-result").textContent = check.textContent;
        else setTimeout(wait, 50);
      };
      wait();
      """
    router.get("/probe") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: probe)))
    }
    router.get("/probe.js") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: script)))
    }
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
      let port = try #require(client.port)
      let url = width >= 500 ? "http://127.0.0.1:\(port)/?\(query)&check" : "http://127.0.0.1:\(port)/probe"
      let common = [
        "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        "--virtual-time-budget=8000", "--window-size=\(max(width, 500)),\(height)",
      ]
      let dom = try await BrowserTests.run(chromium, common + ["--dump-dom", url], folder: folder)
      let marker = width >= 500 ? "<pre id=\"page-check\">" : "<pre id=\"probe-result\">"
      let start = try #require(dom.range(of: marker), "no self-check in:\n\(dom.suffix(2000))")
      let end = try #require(dom[start.upperBound...].range(of: "</pre>"))
      let text = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">")
      let check = try JSONDecoder().decode(Check.self, from: Data(text.utf8))
      let screenshot = folder.appendingPathComponent("page.png")
      _ = try await BrowserTests.run(
        chromium, common + ["--screenshot=\(screenshot.path)", url], folder: folder)
      let png = try Data(contentsOf: screenshot)
      if let keep = ProcessInfo.processInfo.environment["TRAINFLOPS_SCREENSHOTS"] {
        try? png.write(to: URL(fileURLWithPath: keep).appendingPathComponent("page-\(width).png"))
      }
      return (check, png)
    }
  }
}
