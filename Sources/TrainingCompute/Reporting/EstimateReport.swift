/// Renders an estimate or a reconciliation in every output format.
public enum EstimateReport {
  /// The estimate as text, JSON, CSV or Markdown.
  public static func render(_ estimate: Estimate, as format: OutputFormat) throws -> String {
    switch format {
    case .json: return try JSONOutput.string(estimate)
    case .text: return text(estimate)
    case .csv: return table(estimate).csv()
    case .markdown:
      return "**\(title(estimate.method))**\n\n" + table(estimate).markdown() + "\n" + notes(estimate)
    }
  }

  /// The reconciliation as text, JSON, CSV or Markdown.
  public static func render(_ reconciliation: Reconciliation, as format: OutputFormat) throws -> String {
    switch format {
    case .json: return try JSONOutput.string(reconciliation)
    case .text:
      var lines = [text(reconciliation.operations), text(reconciliation.hardware), "Comparison"]
      lines.append(comparisonTable(reconciliation).text())
      for warning in reconciliation.warnings { lines.append("Warning: \(warning)") }
      lines.append("Summary: \(reconciliation.summary)\n")
      return lines.joined(separator: "\n")
    case .csv:
      return comparisonTable(reconciliation).csv()
    case .markdown:
      var text = try render(reconciliation.operations, as: .markdown) + "\n"
      text += try render(reconciliation.hardware, as: .markdown) + "\n"
      text += "**Comparison**\n\n" + comparisonTable(reconciliation).markdown()
      for warning in reconciliation.warnings { text += "\n> Warning: \(warning)\n" }
      return text + "\n" + reconciliation.summary + "\n"
    }
  }

  static func title(_ method: Estimate.Method) -> String {
    switch method {
    case .operationCounting: return "Method 1: counting operations"
    case .hardwareTime: return "Method 2: hardware time"
    case .modelGraph: return "Counting operations layer by layer"
    }
  }

  static func text(_ estimate: Estimate) -> String {
    var lines = [title(estimate.method)]
    lines.append(
      "  Training compute: \(estimate.totalFLOP.description) = \(NumberFormatting.scientific(estimate.petaFLOPDays)) PF-days"
    )
    if let range = estimate.range {
      lines.append("  Range: \(range.span) FLOP; \(range.basis)")
    }
    lines.append("  Formula: \(estimate.formula)")
    lines.append("Inputs")
    let inputs = Table(
      header: ["input", "value", "", "meaning"],
      rows: estimate.inputs.map { [$0.name, $0.value.display, $0.isDefault ? "(default)" : "", $0.meaning] })
    lines.append(inputs.text().split(separator: "\n").dropFirst(2).map { "  " + $0 }.joined(separator: "\n"))
    lines.append("Assumptions")
    lines += estimate.assumptions.map { "  - \($0)" }
    for warning in estimate.warnings { lines.append("Warning: \(warning)") }
    lines.append("Summary: \(estimate.summary)")
    return lines.joined(separator: "\n") + "\n"
  }

  static func table(_ estimate: Estimate) -> Table {
    var rows = [
      ["method", estimate.method.rawValue, "", ""],
      ["total_flop", NumberFormatting.scientific(estimate.totalFLOP.value, digits: 6), "", "FLOP"],
      ["pf_days", NumberFormatting.scientific(estimate.petaFLOPDays, digits: 6), "", "PF-days"],
    ]
    if let range = estimate.range {
      rows.append(["range_low", NumberFormatting.scientific(range.low.value, digits: 6), "", range.basis])
      rows.append(["range_high", NumberFormatting.scientific(range.high.value, digits: 6), "", range.basis])
    }
    rows += estimate.inputs.map {
      [
        "input." + $0.name,
        $0.value.number.map { NumberFormatting.scientific($0, digits: 6) } ?? $0.value.display,
        $0.isDefault ? "default" : "", $0.meaning,
      ]
    }
    return Table(header: ["quantity", "value", "default", "note"], rows: rows)
  }

  static func notes(_ estimate: Estimate) -> String {
    var text = "Formula: \(estimate.formula)\n\nAssumptions:\n\n"
    text += estimate.assumptions.map { "- \($0)\n" }.joined()
    for warning in estimate.warnings { text += "\n> Warning: \(warning)\n" }
    return text + "\n\(estimate.summary)\n"
  }

  static func comparisonTable(_ reconciliation: Reconciliation) -> Table {
    Table(
      header: ["quantity", "value"],
      rows: [
        ["operation_count_flop", NumberFormatting.scientific(reconciliation.operations.totalFLOP.value)],
        ["hardware_time_flop", NumberFormatting.scientific(reconciliation.hardware.totalFLOP.value)],
        ["ratio", NumberFormatting.plain(reconciliation.ratio)],
        ["implied_utilization", NumberFormatting.percent(reconciliation.impliedUtilization)],
      ], rightAligned: [1])
  }
}
