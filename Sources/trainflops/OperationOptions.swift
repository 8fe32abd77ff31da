import ArgumentParser
import TrainingCompute

/// The inputs of method 1, shared by `ops` and `compare`. Values are text so that `175B`, `1.4T`
/// and `1,000` parse; the core checks them and names the flag when one is wrong.
struct OperationOptions: ParsableArguments {
  @Option(parsing: .unconditional, help: "Connections between neurons (2 FLOP each per forward pass).")
  var connections: String?

  @Option(
    parsing: .unconditional,
    help: "Parameters, standing for connections (2 FLOP each per forward pass): e.g. 175e9 or 175B.")
  var params: String?

  @Option(
    name: .customLong("forward-flop"), parsing: .unconditional,
    help: "Forward FLOP per example (or per token with --tokens).")
  var forwardFLOP: String?

  @Option(parsing: .unconditional, help: "Multiply-adds per forward pass (2 FLOP each).")
  var multadds: String?

  @Option(parsing: .unconditional, help: "Training examples per epoch.")
  var examples: String?

  @Option(
    parsing: .unconditional,
    help: "Training tokens per epoch, for token-level and recurrent models (forward work per token).")
  var tokens: String?

  @Option(parsing: .unconditional, help: "Batches per epoch (with --batch-size).")
  var batches: String?

  @Option(
    name: .customLong("batch-size"), parsing: .unconditional, help: "Examples per batch (with --batches).")
  var batchSize: String?

  @Option(parsing: .unconditional, help: "Complete passes over the training data (default 1).")
  var epochs: String?

  @Option(
    name: .customLong("backward-ratio"), parsing: .unconditional,
    help: ArgumentHelp(
      "Backward FLOP ÷ forward FLOP (default 2, i.e. a factor of 3 in all).",
      discussion: """
        The backward/forward study (Hobbhahn & Sevilla 2021) finds 1 to 3: the first layer is 1:1 \
        (no gradient with respect to the data), other layers 2:1, and the weight update adds a term \
        that shrinks with batch size. 2 is typical for deep networks trained with large batches.
        """))
  var backwardRatio: String?

  /// The method-1 inputs as a core value, or the error naming the first bad flag.
  func operationCount() throws(EstimateError) -> OperationCount {
    var inputs = OperationInputs(fieldPrefix: "--")
    inputs.connections = connections
    inputs.params = params
    inputs.forwardFLOP = forwardFLOP
    inputs.multadds = multadds
    inputs.examples = examples
    inputs.tokens = tokens
    inputs.batches = batches
    inputs.batchSize = batchSize
    inputs.epochs = epochs
    inputs.backwardRatio = backwardRatio
    return try inputs.operationCount()
  }
}
