import ArgumentParser
import ModelImport
import TrainingCompute

struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract:
      "Plan a run before it starts: time, chips, chip-hours, energy, cost, compute-optimal size, thresholds.",
    usage: """
      trainflops plan --params 70B --tokens 15T --hardware 'H100 SXM' --count 2048
      trainflops plan --flop 1e24
      trainflops plan --params 70B --tokens 15T --hardware 'H100 SXM' --days 90
      trainflops plan --params 8B --hardware 'H100 SXM' --count 1024 --days 30
      trainflops plan config.json --seq-len 8192 --tokens 15T --hardware 'H100 SXM' --count 2048
      """,
    discussion: """
      The compute comes from --flop, 6 × --params × --tokens, or a model file counted layer by layer \
      (with --tokens). With --hardware (or --peak): --count gives the days, --days the chips needed, \
      both with --params the tokens that fit; neither gives chip-hours only. Energy = chip-hours × TDP \
      × PUE; cost = chip-hours × price per chip-hour (a dated table of cloud on-demand prices; prices \
      change, give --price). Intervals come from the utilization prior. The compute-optimal allocation \
      is given under Hoffmann et al. 2022 and Besiroglu et al. 2024, and the regulatory marks the \
      run crosses with the day of the run it crosses them.
      """)

  @Argument(
    help: "A model file (spec, Hugging Face config.json, ONNX): its training FLOP per token, with --tokens.")
  var file: String?

  @OptionGroup var importOptions: ImportCommandOptions

  @Option(
    parsing: .unconditional, help: "Training FLOP of the run, instead of --params and --tokens: e.g. 1e24.")
  var flop: String?

  @Option(
    parsing: .unconditional, help: "Parameters: e.g. 70B. With --tokens the compute is 6 × params × tokens.")
  var params: String?

  @Option(parsing: .unconditional, help: "Training tokens: e.g. 15T.")
  var tokens: String?

  @Option(
    parsing: .unconditional, help: "Accelerator from the catalog: e.g. 'H100 SXM', 'A100 80GB', 'TPU v5p'.")
  var hardware: String?

  @Option(parsing: .unconditional, help: "Peak FLOP/s per chip, instead of --hardware.")
  var peak: String?

  @Option(parsing: .unconditional, help: "Precision of the peak (default: the chip's 16-bit matrix peak).")
  var precision: String?

  @Option(parsing: .unconditional, help: "Chips running together: the plan gives the days.")
  var count: String?

  @Option(parsing: .unconditional, help: "Deadline in wall-clock days: the plan gives the chips needed.")
  var days: String?

  @Option(
    parsing: .unconditional,
    help:
      "Fraction of peak sustained: 0.4 or 40%. Default: the reported-utilization prior, with its interval.")
  var utilization: String?

  @Option(
    parsing: .unconditional, help: "Kind of model for the utilization prior: language (default) or other.")
  var domain: String?

  @Option(
    parsing: .unconditional,
    help: "Power usage effectiveness of the facility (default 1.1, cited in the output).")
  var pue: String?

  @Option(parsing: .unconditional, help: "US dollars per chip-hour, instead of the built-in table.")
  var price: String?

  @Option(
    name: .customLong("prior-flop"), parsing: .unconditional,
    help:
      "Compute of earlier stages of the same model (a base model's pre-training when fine-tuning), counted towards cumulative thresholds."
  )
  var priorFLOP: String?

  @OptionGroup var output: OutputOptions

  func inputs() -> PlanInputs {
    var inputs = PlanInputs(fieldPrefix: "--")
    let given: [(String, String?)] = [
      ("flop", flop), ("params", params), ("tokens", tokens), ("hardware", hardware), ("peak", peak),
      ("precision", precision), ("count", count), ("days", days), ("utilization", utilization),
      ("domain", domain), ("pue", pue), ("price", price), ("prior-flop", priorFLOP),
    ]
    for (name, value) in given { inputs[field: name] = value }
    return inputs
  }

  func validate() throws {
    if file == nil { _ = try validating { () throws(EstimateError) in try inputs().setup() } }
    if file != nil, tokens == nil {
      throw ValidationError("--tokens is missing: give the training tokens with a model file.")
    }
  }

  func run() throws {
    var counted: (flop: FLOPs, parameters: Double, basis: String)?
    if let file { counted = try modelWork(path: file) }
    let plan = try validating { () throws(EstimateError) in try inputs().setup(modelWork: counted).plan() }
    print(try PlanReport.render(plan, as: output.format), terminator: "")
  }

  /// The model file's training FLOP for `--tokens`, counted layer by layer.
  func modelWork(path: String) throws -> (flop: FLOPs, parameters: Double, basis: String) {
    let model = try importing(path, options: try importOptions.importOptions())
    let graph: ModelGraph
    do { graph = try model.layerGraph() } catch { throw ImportFailure(error) }
    let analysis: BackwardAnalysis
    do { analysis = try BackwardAnalysis(graph) } catch {
      throw ImportFailure(.invalidModel(path: path, error))
    }
    let tokenCount = try validating { () throws(EstimateError) in
      try NumberInput.parsePositive(tokens ?? "", field: "--tokens")
    }
    let estimate = try validating { () throws(EstimateError) in
      try analysis.estimate(data: .tokens(tokenCount))
    }
    return (
      estimate.totalFLOP, Double(analysis.parameters),
      "\(analysis.model) counted layer by layer (forward + backward, sequence length \(analysis.sequenceLength)) × tokens ÷ sequence length"
    )
  }
}
