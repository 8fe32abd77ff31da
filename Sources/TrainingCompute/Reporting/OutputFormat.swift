/// The renderings every result offers.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
  /// Aligned text for people (the default).
  case text
  /// A stable JSON object with sorted keys: the same inputs give the same bytes.
  case json
  /// Comma-separated rows for spreadsheets.
  case csv
  /// A Markdown table, for notes and papers.
  case markdown
}
