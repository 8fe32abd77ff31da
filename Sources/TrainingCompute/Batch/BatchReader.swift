/// Reads a batch file one line at a time — CSV with a header row, or JSON Lines — into records
/// of `(column, value)` pairs named by the table of fields (`Fields`). Only the current record is
/// held, so memory stays flat however many rows the file has.
public struct BatchReader: Sendable {
  /// The input formats.
  public enum Format: String, Sendable, CaseIterable {
    case csv
    case jsonl
  }

  /// One row: its line, the facts' `(field, text)` pairs, and the columns not read.
  public struct Record: Sendable {
    public var line: Int
    public var pairs: [(String, String)]
    /// Columns that are not fields, kept when the reader skips unknown columns.
    public var ignored: [(String, String)]
  }

  /// What one line yields.
  public enum Item: Sendable {
    case record(Record)
    case failure(BatchFailure)
  }

  public let format: Format
  /// Whether columns that are not fields are skipped (and kept in `Record.ignored`) rather than refused.
  public let skipsUnknownColumns: Bool
  private var header: [String?]? = nil
  private var headerNames: [String] = []
  private var pending = ""
  private var pendingLine = 0
  private var lineNumber = 0

  /// A reader of `format`.
  public init(format: Format, skipsUnknownColumns: Bool = false) {
    self.format = format
    self.skipsUnknownColumns = skipsUnknownColumns
  }

  /// Reads the next line (without its line break). Returns the record or row failure it
  /// completes, `nil` for a header, a blank line or a record that continues; throws when the CSV
  /// header itself is unusable, which stops the file.
  public mutating func read(_ line: String) throws(BatchFailure) -> Item? {
    lineNumber += 1
    if !pending.isEmpty {
      pending += "\n" + line
    } else {
      if line.allSatisfy(\.isWhitespace) { return nil }
      pending = line
      pendingLine = lineNumber
    }
    if format == .csv, CSVRecord.isOpen(pending) { return nil }
    let text = pending
    pending = ""
    switch format {
    case .jsonl: return jsonItem(text)
    case .csv:
      guard header != nil else {
        try readHeader(text)
        return nil
      }
      return csvItem(text)
    }
  }

  /// At the end of the input: the failure of a record left open by an unclosed quote, if any.
  public mutating func finish() -> Item? {
    guard !pending.isEmpty else { return nil }
    pending = ""
    return .failure(
      BatchFailure(line: pendingLine, message: "the record has an opening double quote that is never closed.")
    )
  }

  private mutating func readHeader(_ text: String) throws(BatchFailure) {
    guard let names = CSVRecord.fields(text) else {
      throw BatchFailure(
        line: pendingLine, message: "the header row is not valid CSV (a misplaced double quote).")
    }
    headerNames = names.map { $0.trimmingWhitespace() }
    let resolved = headerNames.map { Fields.named($0)?.name }
    header = resolved
    let unknown = zip(headerNames, resolved).filter { $0.1 == nil }.map(\.0)
    if !unknown.isEmpty, !skipsUnknownColumns {
      throw BatchFailure(
        line: pendingLine, column: unknown[0], value: unknown[0],
        message:
          "column\(unknown.count == 1 ? "" : "s") \(unknown.map { "'\($0)'" }.joined(separator: ", ")) \(unknown.count == 1 ? "is not a field" : "are not fields"); fields: \(Fields.names.joined(separator: ", ")) (Epoch AI's column names are accepted too), or skip unknown columns."
      )
    }
  }

  private func csvItem(_ text: String) -> Item {
    guard let cells = CSVRecord.fields(text), let header else {
      return .failure(
        BatchFailure(line: pendingLine, message: "the row is not valid CSV (a misplaced double quote)."))
    }
    guard cells.count == header.count else {
      return .failure(
        BatchFailure(
          line: pendingLine,
          message: "the row has \(cells.count) cells but the header has \(header.count) columns."))
    }
    var pairs: [(String, String)] = []
    var ignored: [(String, String)] = []
    for (index, cell) in cells.enumerated() where !cell.allSatisfy(\.isWhitespace) {
      if header[index] != nil {
        pairs.append((headerNames[index], cell))
      } else {
        ignored.append((headerNames[index], cell))
      }
    }
    return .record(Record(line: pendingLine, pairs: pairs, ignored: ignored))
  }

  private func jsonItem(_ text: String) -> Item {
    let all: [(String, String)]
    do { all = try JSONLineRecord.pairs(text) } catch {
      switch error {
      case .malformed(let expected):
        return .failure(
          BatchFailure(
            line: pendingLine, message: "the line is not a flat JSON object: expected \(expected)."))
      case .nested(let key):
        return .failure(
          BatchFailure(
            line: pendingLine, column: key,
            message: "\(key) must be a number or a string such as \"175B\"; got an object or array."))
      }
    }
    var pairs: [(String, String)] = []
    var ignored: [(String, String)] = []
    for (key, value) in all {
      if Fields.named(key) != nil {
        pairs.append((key, value))
      } else if skipsUnknownColumns {
        ignored.append((key, value))
      } else {
        return .failure(
          BatchFailure(
            line: pendingLine, column: key, value: value,
            message:
              "\(key) is not a field; fields: \(Fields.names.joined(separator: ", ")) (Epoch AI's column names are accepted too)."
          ))
      }
    }
    return .record(Record(line: pendingLine, pairs: pairs, ignored: ignored))
  }
}
