/// The renderings of a ledger report: JSON for programs, Markdown and a self-contained HTML page
/// for people who file it.
public enum LedgerReportFormat: String, CaseIterable, Sendable, Codable {
  case json, markdown, html

  /// The report rendered in this format.
  public func render(_ report: LedgerReport) throws -> String {
    switch self {
    case .json: return try JSONOutput.string(report)
    case .markdown: return report.document().markdown()
    case .html: return report.document().html()
    }
  }

  /// The media type of the rendering.
  public var contentType: String {
    switch self {
    case .json: "application/json; charset=utf-8"
    case .markdown: "text/markdown; charset=utf-8"
    case .html: "text/html; charset=utf-8"
    }
  }
}
