public import TrainingCompute

/// `trainflops conventions` as a document: training FLOP per token under each convention, with
/// the parameters and sequence lengths they were computed for.
public enum ConventionsReport {
  struct Report: Encodable {
    let parameters: ParameterCount
    let sequence_lengths: String
    let attention_context: Double
    let attention: String
    let tokens: Double?
    let conventions: [Row]
    /// What the figures leave out for this model (state-space layers), absent when nothing.
    let caveats: [String]?
    struct Row: Encodable {
      let convention: String
      let formula: String
      let source: String
      let training_flop_per_token: Double
      let training_flop: Double?
    }
  }

  /// The report in `format`: a table with an introduction (text, Markdown), rows only (CSV), or
  /// a JSON object with the parameters, the sequence lengths and every convention.
  public static func render(
    _ conventions: TransformerConventions, parameters: ParameterCount, tokens: Double?,
    as format: OutputFormat
  ) throws -> String {
    let rows = conventions.rows
    switch format {
    case .json:
      let report = Report(
        parameters: parameters, sequence_lengths: conventions.sequences.description,
        attention_context: conventions.context, attention: conventions.masking.rawValue, tokens: tokens,
        conventions: rows.map { row in
          .init(
            convention: row.convention, formula: row.formula, source: row.source,
            training_flop_per_token: row.trainingFLOPPerToken.value,
            training_flop: tokens.map { $0 * row.trainingFLOPPerToken.value })
        }, caveats: conventions.caveats.isEmpty ? nil : conventions.caveats)
      return try JSONOutput.string(report) + "\n"
    case .text, .markdown, .csv:
      return table(conventions, parameters: parameters, tokens: tokens, as: format)
    }
  }

  static func table(
    _ conventions: TransformerConventions, parameters: ParameterCount, tokens: Double?,
    as format: OutputFormat
  ) -> String {
    let rows = conventions.rows
    var header = ["convention", "FLOP/token"]
    if tokens != nil { header.append("training FLOP") }
    header += ["formula", "source"]
    let table = Table(
      header: header,
      rows: rows.map { row in
        var cells = [row.convention, NumberFormatting.scientific(row.trainingFLOPPerToken.value)]
        if let tokens { cells.append(NumberFormatting.scientific(tokens * row.trainingFLOPPerToken.value)) }
        return cells + [row.formula, row.source]
      }, rightAligned: tokens == nil ? [1] : [1, 2])
    let intro =
      "Parameters: \(ParameterReport.grouped(parameters.total)) total, \(parameters.active.map(ParameterReport.grouped) ?? "unknown") active; sequence length \(conventions.sequences.description) (attention context \(NumberFormatting.plain(conventions.context))); \(conventions.masking.rawValue) attention in the detailed count.\n\n"
    let caveats = conventions.caveats.map { "Note: \($0).\n\n" }.joined()
    switch format {
    case .text, .markdown: return intro + caveats + table.render(format)
    case .csv, .json: return table.render(format)
    }
  }
}
