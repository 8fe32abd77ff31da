import ArgumentParser
import TrainingCompute

struct ModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "model",
    abstract: "Count a model's FLOP layer by layer: forward, input and weight gradients, update, ratio.",
    usage:
      "trainflops model examples/models/gpt2-small.yaml --batch-size 512 --optimizer adam --tokens 300e9",
    discussion: """
      A layer computes its input gradient only if a trainable parameter lies upstream (so the first \
      layer is 1:1) and its weight gradient only if it is not frozen. The ratio counts the weight \
      update, once per batch, as part of the backward pass. With --examples or --tokens (examples = \
      tokens ÷ the input's sequence length) it also reports the training compute.
      """)

  @OptionGroup var model: ModelOptions

  @Option(name: .customLong("batch-size"), help: "Examples per weight update (default 1).")
  var batchSize: String?

  @Option(help: "Training examples per epoch.")
  var examples: String?

  @Option(help: "Training tokens per epoch (the input's first dimension is the sequence length).")
  var tokens: String?

  @Option(help: "Complete passes over the training data (default 1).")
  var epochs: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    _ = try validating(parsedBatchSize)
    _ = try validating(trainingData)
    _ = try validating(parsedEpochs)
    _ = try validating(model.parsedOptimizer)
    if epochs != nil, examples == nil, tokens == nil {
      throw ValidationError("--epochs needs --examples or --tokens: give the data size too.")
    }
  }

  func parsedBatchSize() throws(EstimateError) -> Int {
    guard let batchSize else { return 1 }
    return try Validate.positiveCount(
      try NumberInput.parse(batchSize, field: "--batch-size"), field: "--batch-size")
  }

  func parsedEpochs() throws(EstimateError) -> Double? {
    try epochs.map { text throws(EstimateError) in try NumberInput.parsePositive(text, field: "--epochs") }
  }

  func trainingData() throws(EstimateError) -> TrainingData? {
    if examples != nil, tokens != nil { throw .conflictingInputs(["--examples", "--tokens"]) }
    if let examples { return .examples(try NumberInput.parsePositive(examples, field: "--examples")) }
    if let tokens { return .tokens(try NumberInput.parsePositive(tokens, field: "--tokens")) }
    return nil
  }

  func run() throws {
    let analysis = try model.analysis(batchSize: try validating(parsedBatchSize))
    var estimate: Estimate?
    if let data = try validating(trainingData) {
      let epochCount = try validating(parsedEpochs)
      estimate = try analysis.estimate(data: data, epochs: epochCount)
    }
    print(try ModelReport.render(analysis, estimate: estimate, as: output.format), terminator: "")
  }
}
