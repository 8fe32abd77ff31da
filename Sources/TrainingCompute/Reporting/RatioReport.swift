/// Renders the backward/forward ratio over batch sizes: a table, JSON (`ratios`: an array of
/// `{batch_size, ratio}`), and an SVG line chart with a log-scaled batch axis.
public enum RatioReport {
  /// The ratios as text, JSON, CSV or Markdown.
  public static func render(
    _ points: [RatioPoint], for analysis: BackwardAnalysis, as format: OutputFormat
  ) throws -> String {
    switch format {
    case .json: return try JSONOutput.string(Document(analysis: analysis, points: points))
    case .text: return heading(analysis) + "\n" + table(points).text()
    case .markdown: return "**\(heading(analysis))**\n\n" + table(points).markdown()
    case .csv: return table(points).csv()
    }
  }

  static func heading(_ analysis: BackwardAnalysis) -> String {
    let counted = analysis.counting == .all ? "all work" : "matrix products and convolutions only"
    return
      "\(analysis.model): backward/forward ratio by batch size, optimizer \(analysis.optimizer.rawValue), counting \(counted)"
  }

  static func table(_ points: [RatioPoint]) -> Table {
    Table(
      header: ["batch_size", "ratio"],
      rows: points.map { [String($0.batchSize), NumberFormatting.plain($0.ratio, digits: 4)] },
      rightAligned: [0, 1])
  }

  struct Document: Encodable {
    var model: String
    var optimizer: String
    var counting: String
    var ratios: [RatioPoint]

    init(analysis: BackwardAnalysis, points: [RatioPoint]) {
      model = analysis.model
      optimizer = analysis.optimizer.rawValue
      counting = analysis.counting.rawValue
      ratios = points
    }
  }
}
