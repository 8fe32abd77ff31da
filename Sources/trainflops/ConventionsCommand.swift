import ArgumentParser
import ModelImport
import TrainingCompute

struct ConventionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conventions",
    abstract: "Training FLOP per token of a transformer config under each convention in use, side by side.",
    usage: "trainflops conventions config.json --seq-len 4096 [--tokens 2T] [--attention full]",
    discussion: """
      Rows: the detailed count (every matrix product, output head included, attention causal or full); \
      6N with all and with non-embedding parameters; Kaplan et al. 2020 (2N + 2·n_layer·n_ctx·d_attn forward); \
      PaLM's 6N + 12·L·H·Q·T and its causal-halved variant; hardware FLOP with full activation recomputation \
      (4 passes instead of 3: what HFU counts and MFU does not). Mixture-of-experts models count active \
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
      try ConventionsReport.render(
        conventions, parameters: model.parameters, tokens: tokenCount, as: output.format),
      terminator: "")
  }
}
