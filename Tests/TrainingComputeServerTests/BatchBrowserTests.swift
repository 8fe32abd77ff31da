import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// The page's batch card, filled from the address bar with the repository's `examples/runs.csv`,
/// shows the rows `POST /api/v1/batch` answers for the same file and offers its CSV as a download.
struct BatchBrowserTests {
  static let runs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("examples/runs.csv")

  /// One row of the API's JSON answer.
  struct Row: Decodable {
    var name: String?
    var total_flop: Double?
  }

  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func batchCardShowsTheAPIRowsAndADownload() async throws {
    let csv = try String(contentsOf: Self.runs, encoding: .utf8)
    let rows = try JSONDecoder().decode([Row].self, from: try await Self.answer(csv))
    #expect(rows.count == 3)
    var query = URLComponents()
    query.queryItems = [URLQueryItem(name: "batch", value: csv)]
    let dom = try await BrowserTests.dom(
      for: "?" + (query.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B"))
    #expect(BrowserTests.attribute("data-rows", ofElementWithID: "bt-count", in: dom) == "3", "\(dom)")
    #expect(BrowserTests.attribute("data-failed", ofElementWithID: "bt-count", in: dom) == "0")
    // The figures as the API gives them, in its order, each printed in the page's number style.
    let table = try #require(dom.range(of: "id=\"bt-table\"")).upperBound
    let shown = Self.values(of: "data-flop", in: String(dom[table...])).compactMap(Double.init)
    #expect(shown.count == rows.count)
    for (row, value) in zip(rows, shown) {
      let flop = try #require(row.total_flop)
      #expect(isClose(value, flop))
      #expect(dom.contains(">\(BrowserTests.pageStyle(flop)) FLOP</td>"))
      #expect(dom.contains("scope=\"row\">\(try #require(row.name))</th>"))
    }
    let link = try #require(BrowserTests.attribute("href", ofElementWithID: "bt-download", in: dom))
    #expect(link.hasPrefix("blob:http://127.0.0.1:"), "the CSV is a Blob link made in the page: \(link)")
    #expect(
      BrowserTests.attribute("download", ofElementWithID: "bt-download", in: dom) == "runs-estimates.csv")
    // The hint's example link carries examples/runs.csv itself.
    let example = try #require(BrowserTests.attribute("href", ofElementWithID: "bt-example", in: dom))
    let carried = URLComponents(string: "http://x/" + example)?.queryItems?.first { $0.name == "batch" }?
      .value
    #expect(carried == csv)
  }

  /// A row the reader refuses keeps its place in the table with the server's sentence.
  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func failedRowShowsItsError() async throws {
    let csv = "name,params,tokens\nbad,-7B,1T\n"
    let answer = try JSONSerialization.jsonObject(with: try await Self.answer(csv)) as? [[String: Any]]
    let message = try #require((answer?.first?["error"] as? [String: Any])?["message"] as? String)
    #expect(!message.isEmpty)
    let dom = try await BrowserTests.dom(for: "?batch=name%2Cparams%2Ctokens%0Abad%2C-7B%2C1T%0A")
    #expect(BrowserTests.attribute("data-failed", ofElementWithID: "bt-count", in: dom) == "1", "\(dom)")
    #expect(dom.contains("<td class=\"error\" colspan=\"5\">params: \(Self.escaped(message))</td>"))
  }

  /// The API's JSON answer for a CSV batch.
  static func answer(_ csv: String) async throws -> Data {
    let app = Application(router: testRouter())
    return try await app.test(.router) { client in
      try await client.execute(
        uri: "/api/v1/batch", method: .post, headers: [.contentType: "text/csv"],
        body: ByteBuffer(string: csv)
      ).data
    }
  }

  /// Every value of `attribute` in serialized HTML, in document order.
  static func values(of attribute: String, in html: String) -> [String] {
    var found: [String] = []
    var rest = html[...]
    while let start = rest.range(of: " \(attribute)=\"") {
      guard let end = rest[start.upperBound...].firstIndex(of: "\"") else { break }
      found.append(String(rest[start.upperBound..<end]))
      rest = rest[end...]
    }
    return found
  }

  /// Text as it appears in serialized HTML.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
