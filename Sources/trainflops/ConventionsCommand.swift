import ArgumentParser
import ModelImport
import TrainingCompute

struct ConventionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conventions",
    abstract: "Training FLOP per token of a transformer config under each convention in use, side by side.",
    usage: "trainflops conventions config.json --seq-len 4096 [--tokens 2T] [--attention full]",
    discussion: """
      Rows: the detailed count (every matrix product, output head included, attention causal or full);
      6N with all and with non-embedding parameters; Kaplan et al. 2020 (2N + 2·n_layer·n_ctx·d_attn forward);
      PaLM's 6N + 12·L·H·Q·T and its causal-halved variant; hardware FLOP with full activation recomputation
      (4 passes instead of 3: what HFU counts and MFU does not). Mixture-of-experts models count active
      parameters. With several sequence lengths, attention uses Σ n·T² / Σ n·T, not the mean length.
      """)

  @Argument(help: "A Hugging Face config.json.") var file: String
  @Option(help: "Training tokens, to print totals: 2T, 15e12 …") var tokens: String?
  @OptionGroup var importOptions: ImportCommandOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let tokens {
      _ = try validating { () throws(EstimateError) in try NumberInput.parsePositive(tokens, field: "tokens")
      }
    }
  }

  func run() throws {
    let model = try importing(file, options: try importOptions.importOptions())
    guard let conventions = model.conventions else {
      throw ValidationError(
        "'\(file)' is not a transformer config: the conventions apply to Hugging Face config.json files.")
    }
    let tokenCount = try tokens.map { text in
      try validating { () throws(EstimateError) in try NumberInput.parsePositive(text, field: "tokens") }
    }
    if let tokenCount {
      try Representable.check(
        conventions.rows.map { tokenCount * $0.trainingFLOPPerToken.value }, result: "the training compute",
        inputs: ["tokens \(NumberFormatting.scientific(tokenCount))"])
    }
    print(
      try Self.render(conventions, parameters: model.parameters, tokens: tokenCount, as: output.format),
      terminator: "")
  }

  struct Report: Encodable {
    let parameters: ParameterCount
    let sequence_lengths: String
    let attention_context: Double
    let attention: String
    let tokens: Double?
    let conventions: [Row]
    struct Row: Encodable {
      let convention: String
      let formula: String
      let source: String
      let training_flop_per_token: Double
      let training_flop: Double?
    }
  }

  static func render(
    _ conventions: TransformerConventions, parameters: ParameterCount, tokens: Double?,
    as format: OutputFormat
  ) throws -> String {
    let rows = conventions.rows
    if format == .json {
      let report = Report(
        parameters: parameters, sequence_lengths: conventions.sequences.description,
        attention_context: conventions.context, attention: conventions.masking.rawValue, tokens: tokens,
        conventions: rows.map { row in
          .init(
            convention: row.convention, formula: row.formula, source: row.source,
            training_flop_per_token: row.trainingFLOPPerToken.value,
            training_flop: tokens.map { $0 * row.trainingFLOPPerToken.value })
        })
      return try JSONOutput.string(report) + "\n"
    }
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
      "Parameters: \(grouped(parameters.total)) total, \(parameters.active.map(grouped) ?? "unknown") active; sequence length \(conventions.sequences.description) (attention context \(NumberFormatting.plain(conventions.context))); \(conventions.masking.rawValue) attention in the detailed count.\n\n"
    return (format == .text || format == .markdown ? intro : "") + table.render(format)
  }
}
