/// A small table of text cells rendered as aligned text, Markdown or CSV. The one place that lays
/// out rows, so every command's tables look alike.
public struct Table: Sendable, Equatable {
  public var header: [String]
  public var rows: [[String]]
  /// Columns whose cells are right-aligned in text output (numbers).
  public var rightAligned: Set<Int>

  public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  /// Renders in `format`; `.json` is not a table format and falls back to CSV.
  public func render(_ format: OutputFormat) -> String {
    switch format {
    case .text: return text()
    case .markdown: return markdown()
    case .csv, .json: return csv()
    }
  }

  /// Columns padded to their widest cell, two spaces apart.
  public func text() -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: max(widths[column] - cell.count, 0))
        return rightAligned.contains(column) ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// A GitHub-flavoured Markdown table; pipes in cells are escaped.
  public func markdown() -> String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |"
    }
    let rule = "|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined()
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// RFC 4180 CSV: cells with commas, quotes or newlines are quoted.
  public func csv() -> String {
    func cell(_ text: String) -> String {
      guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
      return "\"" + text.replacingQuotes() + "\""
    }
    return ([header] + rows).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  fileprivate func replacingPipes() -> String {
    var result = ""
    for character in self { result += character == "|" ? "\\|" : String(character) }
    return result
  }

  fileprivate func replacingQuotes() -> String {
    var result = ""
    for character in self { result += character == "\"" ? "\"\"" : String(character) }
    return result
  }
}
