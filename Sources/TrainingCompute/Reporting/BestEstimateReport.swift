/// Renders a best estimate as text, JSON, CSV or Markdown.
public enum BestEstimateReport {
  /// The best estimate in `format`.
  public static func render(_ best: BestEstimate, as format: OutputFormat) throws -> String {
    switch format {
    case .json: return try JSONOutput.string(best)
    case .text: return text(best)
    case .csv: return summaryTable(best).csv()
    case .markdown:
      var text = "**Best estimate**\n\n" + summaryTable(best).markdown() + "\n"
      text += "**Spread of the interval**\n\n" + contributionTable(best).markdown() + "\n"
      for line in notes(best) { text += "- \(line)\n" }
      return text + "\n" + best.summary + "\n"
    }
  }

  static func text(_ best: BestEstimate) -> String {
    var lines = ["Best estimate" + (best.name.map { ": \($0)" } ?? "")]
    lines.append(
      "  Training compute: \(best.totalFLOP.description) = \(NumberFormatting.scientific(best.totalFLOP.petaFLOPDays)) PF-days"
    )
    lines.append("  90 % interval: \(best.range.span) FLOP")
    lines.append("  Confidence: \(best.confidence.rawValue) (\(best.confidence.meaning))")
    lines.append("  Method: \(best.method.rawValue)")
    lines.append("  Choice: \(best.choice)")
    lines.append("Spread of the interval (share of log-variance; what would narrow it)")
    lines.append(
      contributionTable(best).text().split(separator: "\n").dropFirst(2).map { "  " + $0 }.joined(
        separator: "\n"))
    lines += notes(best).map { "  - \($0)" }
    lines.append("Summary: \(best.summary)\n")
    return lines.joined(separator: "\n")
  }

  static func notes(_ best: BestEstimate) -> [String] {
    var lines: [String] = []
    lines.append("Used: \(best.used.joined(separator: ", "))")
    for unused in best.unused { lines.append("Not used: \(unused.field) — \(unused.reason)") }
    if let comparison = best.comparison {
      lines.append(
        "Comparison: operation count \(comparison.operationsFLOP.description), hardware time \(comparison.hardwareFLOP.description), ratio \(NumberFormatting.plain(comparison.ratio)), implied utilization \(NumberFormatting.percent(comparison.impliedUtilization))"
      )
    }
    lines += best.assumptions.map { "Assumption: \($0)" }
    lines += best.warnings.map { "Warning: \($0)" }
    lines += best.suspects.map { "Suspect: \($0)" }
    return lines
  }

  static func summaryTable(_ best: BestEstimate) -> Table {
    Table(
      header: ["name", "total_flop", "low", "high", "method", "confidence", "summary"],
      rows: [
        [
          best.name ?? "", NumberFormatting.scientific(best.totalFLOP.value),
          NumberFormatting.scientific(best.range.low.value),
          NumberFormatting.scientific(best.range.high.value),
          best.method.rawValue, best.confidence.rawValue, best.summary,
        ]
      ])
  }

  static func contributionTable(_ best: BestEstimate) -> Table {
    Table(
      header: ["input", "share", "90 % factors", "narrowed by", "source"],
      rows: best.contributions.map { contribution in
        let spread = contribution.spread
        return [
          spread.input, NumberFormatting.percent(contribution.share),
          "×\(NumberFormatting.plain(spread.low))–×\(NumberFormatting.plain(spread.high))",
          spread.fact ?? "—", spread.source,
        ]
      })
  }
}
