import ArgumentParser
import TrainingCompute

/// The inputs of method 1, shared by `ops` and `compare`. Values are text so that `175B`, `1.4T`
/// and `1,000` parse; the core checks them and names the flag when one is wrong.
struct OperationOptions: ParsableArguments {
  @Option(help: "Connections between neurons (2 FLOP each per forward pass).")
  var connections: String?

  @Option(help: "Parameters, standing for connections (2 FLOP each per forward pass): e.g. 175e9 or 175B.")
  var params: String?

  @Option(name: .customLong("forward-flop"), help: "Forward FLOP per example (or per token with --tokens).")
  var forwardFLOP: String?

  @Option(help: "Multiply-adds per forward pass (2 FLOP each).")
  var multadds: String?

  @Option(help: "Training examples per epoch.")
  var examples: String?

  @Option(help: "Training tokens per epoch, for token-level and recurrent models (forward work per token).")
  var tokens: String?

  @Option(help: "Batches per epoch (with --batch-size).")
  var batches: String?

  @Option(name: .customLong("batch-size"), help: "Examples per batch (with --batches).")
  var batchSize: String?

  @Option(help: "Complete passes over the training data (default 1).")
  var epochs: String?

  @Option(
    name: .customLong("backward-ratio"),
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
    let forwardGiven = [
      ("--connections", connections), ("--params", params),
      ("--forward-flop", forwardFLOP), ("--multadds", multadds),
    ].filter { $0.1 != nil }
    guard forwardGiven.count <= 1 else { throw .conflictingInputs(forwardGiven.map(\.0)) }
    let forward: OperationCount.ForwardWork
    if let connections {
      forward = .connections(try NumberInput.parse(connections, field: "--connections"))
    } else if let params {
      forward = .parameters(try NumberInput.parse(params, field: "--params"))
    } else if let forwardFLOP {
      forward = .forwardFLOP(FLOPs(try NumberInput.parse(forwardFLOP, field: "--forward-flop")))
    } else if let multadds {
      forward = .multiplyAdds(try NumberInput.parse(multadds, field: "--multadds"))
    } else {
      throw .missingInput(
        field: "the forward work", expected: "--params, --connections, --forward-flop or --multadds")
    }

    let passGiven = [("--examples", examples), ("--tokens", tokens), ("--batches", batches)].filter {
      $0.1 != nil
    }
    guard passGiven.count <= 1 else { throw .conflictingInputs(passGiven.map(\.0)) }
    let passes: OperationCount.Passes
    if let examples {
      passes = .examples(try NumberInput.parse(examples, field: "--examples"))
    } else if let tokens {
      passes = .tokens(try NumberInput.parse(tokens, field: "--tokens"))
    } else if let batches {
      guard let batchSize else {
        throw .missingInput(field: "--batch-size", expected: "the examples per batch with --batches")
      }
      passes = .batches(
        count: try NumberInput.parse(batches, field: "--batches"),
        size: try NumberInput.parse(batchSize, field: "--batch-size"))
    } else {
      throw .missingInput(
        field: "the training data", expected: "--examples, --tokens, or --batches with --batch-size")
    }
    if batchSize != nil, batches == nil {
      throw .missingInput(field: "--batches", expected: "the number of batches with --batch-size")
    }
    let count = OperationCount(
      forward: forward, passes: passes,
      epochs: try epochs.map { text throws(EstimateError) in try NumberInput.parse(text, field: "--epochs") },
      backwardRatio: try backwardRatio.map { text throws(EstimateError) in
        try NumberInput.parse(text, field: "--backward-ratio")
      })
    try count.validate()
    return count
  }
}
