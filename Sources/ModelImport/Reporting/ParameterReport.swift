public import TrainingCompute

/// `trainflops params` as a document: the counts as JSON, or a table of total, non-embedding,
/// active and per-dtype counts ("unknown" where the file does not say).
public enum ParameterReport {
  /// The report of `count` in `format`.
  public static func render(_ count: ParameterCount, as format: OutputFormat) throws -> String {
    switch format {
    case .json:
      return try JSONOutput.string(count) + "\n"
    case .text, .csv, .markdown:
      func text(_ value: Int?) -> String { value.map(grouped) ?? "unknown" }
      var rows = [
        ["total", text(count.total)], ["non_embedding", text(count.nonEmbedding)],
        ["active", text(count.active)],
      ]
      for (dtype, elements) in count.byDataType.sorted(by: { $0.key < $1.key }) {
        rows.append(["dtype \(dtype)", text(elements)])
      }
      return Table(header: ["parameters", "count"], rows: rows, rightAligned: [1]).render(format)
    }
  }

  /// `6738415616` → `6,738,415,616`.
  public static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }
}
