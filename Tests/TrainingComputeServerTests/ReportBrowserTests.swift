import Foundation
import ModelImport
import Testing
import TrainingCompute

/// The HTML report opens in a browser: headless Chromium loads the file (no server, no network:
/// the page is self-contained), keeps the headline and the stage table, and paints a page that
/// is not blank.
struct ReportBrowserTests {
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/ledgers")

  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func htmlReportRendersInChromium() async throws {
    let chromium = try #require(BrowserTests.chromium)
    let text = try String(contentsOf: Self.examples.appendingPathComponent("frontier.yaml"), encoding: .utf8)
    let report = try LedgerReporting.report(
      text: text, path: "frontier.yaml", modelFileDirectory: Self.examples.path,
      generatedAt: "2026-11-30T00:00:00Z")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainflops-report-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("report.html")
    try LedgerReportFormat.html.render(report).write(to: page, atomically: true, encoding: .utf8)
    let common = [
      "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
      "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--window-size=1280,1400",
    ]
    let dom = try await BrowserTests.run(
      chromium, common + ["--dump-dom", page.absoluteString], folder: folder)
    #expect(dom.contains(report.headline))
    #expect(dom.contains("<h2>Verdict per regime</h2>"))
    #expect(dom.contains("synthetic reasoning data"))
    let screenshot = folder.appendingPathComponent("report.png")
    _ = try await BrowserTests.run(
      chromium, common + ["--screenshot=\(screenshot.path)", page.absoluteString], folder: folder)
    let png = try Data(contentsOf: screenshot)
    let image = try #require(PNGSummary(png))
    #expect(image.width == 1280)
    #expect(image.distinctIDATBytes > 200, "the report looks blank")
  }

  /// The page's ledger card reads a ledger from the address bar and shows the server's headline.
  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func ledgerCardShowsTheHeadline() async throws {
    let ledger = "model: m\nstages:\n  - name: pre\n    kind: pretraining\n    params: 8B\n    tokens: 2T\n"
    var query = URLComponents()
    query.queryItems = [URLQueryItem(name: "ledger", value: ledger)]
    let encoded = (query.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    let dom = try await BrowserTests.dom(for: "?" + encoded)
    let flop = try #require(
      BrowserTests.attribute("data-flop", ofElementWithID: "lg-headline", in: dom), "\(dom)")
    // 6 × 8e9 × 2e12 (Kaplan et al. 2020).
    #expect(isClose(try #require(Double(flop)), 9.6e22, relativeTolerance: 1e-9))
    // In the page's one number style, with superscripts (the report files keep "10^22").
    #expect(dom.contains(">9.6 × 10²² FLOP<"))
  }
}
