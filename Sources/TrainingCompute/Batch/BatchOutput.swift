import Foundation

/// Renders batch results one row at a time, so output streams as input does: CSV and Markdown
/// with a header line, JSON Lines one object per line, JSON one array written element by element.
public struct BatchOutput {
  /// The output formats.
  public enum Format: String, Sendable, CaseIterable {
    case csv, jsonl, json, markdown
  }

  /// One row as JSON: the figure and its range, or the failure.
  struct Row: Encodable {
    struct Range: Encodable {
      var low: Double
      var high: Double
    }
    var line: Int
    var name: String?
    var totalFLOP: Double?
    var range: Range?
    var method: String?
    var confidence: String?
    var summary: String?
    var error: BatchFailure?

    enum CodingKeys: String, CodingKey {
      case line, name, range, method, confidence, summary, error
      case totalFLOP = "total_flop"
    }
  }

  public let format: Format
  private let encoder: JSONEncoder

  /// An output in `format`.
  public init(format: Format) {
    self.format = format
    encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  }

  static let columns = [
    "line", "name", "total_flop", "low", "high", "method", "confidence", "summary", "error_column",
    "error_value", "error",
  ]

  /// What comes before the first row.
  public var header: String {
    switch format {
    case .csv: return Self.columns.joined(separator: ",") + "\n"
    case .markdown:
      return "| " + Self.columns.joined(separator: " | ") + " |\n|"
        + String(repeating: "---|", count: Self.columns.count) + "\n"
    case .json: return "["
    case .jsonl: return ""
    }
  }

  /// What comes after the last of `rows` rows.
  public func footer(rows: Int) -> String { format == .json ? (rows == 0 ? "]\n" : "\n]\n") : "" }

  /// What goes between the row numbered `index` (from 0) and the one before it.
  public func separator(before index: Int) -> String {
    format == .json ? (index == 0 ? "\n" : ",\n") : ""
  }

  /// One row's text, without its separator. It depends on the row alone, so rows can be rendered
  /// on any thread (each with its own output: the JSON encoder is not shared across threads).
  public func text(_ result: BatchRowResult) -> String {
    switch format {
    case .csv: return cells(result).map(Self.csvCell).joined(separator: ",") + "\n"
    case .markdown: return "| " + cells(result).map(Self.markdownCell).joined(separator: " | ") + " |\n"
    case .jsonl: return json(result) + "\n"
    case .json: return json(result)
    }
  }

  private func json(_ result: BatchRowResult) -> String {
    var row = Row(line: result.line, name: result.name)
    switch result.outcome {
    case .success(let best):
      row.totalFLOP = best.totalFLOP.value
      row.range = Row.Range(low: best.range.low.value, high: best.range.high.value)
      row.method = best.method.rawValue
      row.confidence = best.confidence.rawValue
      row.summary = best.summary
    case .failure(let failure): row.error = failure
    }
    guard let data = try? encoder.encode(row) else { return "{\"line\":\(result.line)}" }
    return String(decoding: data, as: UTF8.self)
  }

  private func cells(_ result: BatchRowResult) -> [String] {
    let head = [String(result.line), result.name ?? ""]
    switch result.outcome {
    case .success(let best):
      return head + [
        Self.number(best.totalFLOP.value), Self.number(best.range.low.value),
        Self.number(best.range.high.value),
        best.method.rawValue, best.confidence.rawValue, best.summary, "", "", "",
      ]
    case .failure(let failure):
      return head + ["", "", "", "", "", "", failure.column ?? "", failure.value ?? "", failure.message]
    }
  }

  /// A number that reads back to the same `Double`.
  static func number(_ value: Double) -> String { "\(value)" }

  static func csvCell(_ text: String) -> String {
    let quote = UInt8(ascii: "\"")
    let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }
    guard needsQuotes else { return text }
    var bytes: [UInt8] = [quote]
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      bytes.append(byte)
      if byte == quote { bytes.append(quote) }
    }
    bytes.append(quote)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func markdownCell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
