/// A document made of a few kinds of blocks, rendered once to Markdown and once to a
/// self-contained HTML page, so both renderings of a report say the same things.
public struct ReportDocument: Sendable, Equatable {
  /// One block of the document.
  public enum Block: Sendable, Equatable {
    case heading(String)
    case paragraph(String)
    /// A paragraph set in bold: the headline.
    case strong(String)
    case list([String])
    case table(Table)
    /// A horizontal bar per row: label, share from 0 to 1, and the text beside the bar.
    case bars([Bar])
  }

  /// One bar of a bar chart.
  public struct Bar: Sendable, Equatable {
    public var label: String
    public var share: Double
    public var text: String
  }

  public var title: String
  public var blocks: [Block]

  /// The document as GitHub-flavoured Markdown.
  public func markdown() -> String {
    var out = "# \(title)\n"
    for block in blocks {
      out += "\n"
      switch block {
      case .heading(let text): out += "## \(text)\n"
      case .paragraph(let text): out += "\(text)\n"
      case .strong(let text): out += "**\(text)**\n"
      case .list(let items): out += items.map { "- \($0)" }.joined(separator: "\n") + "\n"
      case .table(let table): out += table.markdown()
      case .bars(let bars):
        let width = 30
        out += "```\n"
        let labelWidth = bars.map(\.label.count).max() ?? 0
        for bar in bars {
          let filled = min(max(Int((bar.share * Double(width)).rounded()), 0), width)
          let pad = String(repeating: " ", count: max(labelWidth - bar.label.count, 0))
          out +=
            "\(bar.label)\(pad)  \(String(repeating: "█", count: filled))\(String(repeating: "·", count: width - filled))  \(bar.text)\n"
        }
        out += "```\n"
      }
    }
    return out
  }

  /// The document as one self-contained, printable HTML page (inline style, no scripts, no links
  /// to fetch).
  public func html() -> String {
    var body = "<h1>\(Self.escape(title))</h1>\n"
    for block in blocks {
      switch block {
      case .heading(let text): body += "<h2>\(Self.escape(text))</h2>\n"
      case .paragraph(let text): body += "<p>\(Self.escape(text))</p>\n"
      case .strong(let text): body += "<p class=\"headline\"><strong>\(Self.escape(text))</strong></p>\n"
      case .list(let items):
        body += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
      case .table(let table): body += Self.html(table)
      case .bars(let bars):
        body += "<div class=\"bars\">\n"
        for bar in bars {
          let percent = NumberFormatting.plain(max(0, min(bar.share, 1)) * 100, digits: 4)
          body +=
            "<div class=\"bar-row\"><span class=\"bar-label\">\(Self.escape(bar.label))</span><span class=\"bar-track\"><span class=\"bar-fill\" style=\"width: \(percent)%\"></span></span><span class=\"bar-text\">\(Self.escape(bar.text))</span></div>\n"
        }
        body += "</div>\n"
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(Self.escape(title))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <main>
      \(body)</main>
      </body>
      </html>

      """
  }

  static func html(_ table: Table) -> String {
    var out = "<table>\n<thead><tr>"
    for (column, cell) in table.header.enumerated() {
      out += table.rightAligned.contains(column) ? "<th class=\"num\">" : "<th>"
      out += "\(escape(cell))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>"
      for (column, cell) in row.enumerated() {
        out += table.rightAligned.contains(column) ? "<td class=\"num\">" : "<td>"
        out += "\(escape(cell))</td>"
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  /// Text made safe for HTML content and attribute values.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  static let style = """
    body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #111; background: #fff; margin: 0; }
    main { max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
    h1 { font-size: 1.6rem; border-bottom: 2px solid #222; padding-bottom: .3rem; }
    h2 { font-size: 1.2rem; margin-top: 1.8rem; border-bottom: 1px solid #bbb; }
    .headline { font-size: 1.4rem; }
    table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0; }
    th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
    th { background: #eee; }
    .num { text-align: right; white-space: nowrap; }
    .bars { margin: .5rem 0; }
    .bar-row { display: flex; align-items: center; gap: .6rem; margin: .2rem 0; font-size: .85rem; }
    .bar-label { flex: 0 0 12rem; overflow: hidden; text-overflow: ellipsis; }
    .bar-track { flex: 1 1 auto; height: .9rem; background: #eee; border: 1px solid #bbb; }
    .bar-fill { display: block; height: 100%; background: #2a6fb0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .bar-text { flex: 0 0 11rem; text-align: right; }
    @media print { main { margin: 0; max-width: none; } h2 { break-after: avoid; } table, .bar-row { break-inside: avoid; } }
    """
}
