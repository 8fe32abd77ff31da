/// Fine-tuning that trains only some parameters (LoRA, adapters, frozen layers): the full forward
/// pass (2 × N) and the input-gradient pass through every layer (2 × N) still run; only the weight
/// gradients shrink to the trainable parameters (2 × N_trainable). Per token:
/// `(4 × N_total + 2 × N_trainable)`, the approximation in `reference/regulation.md` ("Fine-tuning"),
/// which the layer graph refines; the adapter's own forward cost is taken as inside N_total.
public struct AdapterTraining: Sendable, Equatable {
  public var totalParameters: Double
  public var trainableParameters: Double
  public var tokens: Double
  public var epochs: Double

  public init(totalParameters: Double, trainableParameters: Double, tokens: Double, epochs: Double = 1) {
    self.totalParameters = totalParameters
    self.trainableParameters = trainableParameters
    self.tokens = tokens
    self.epochs = epochs
  }

  /// The estimate, or the first input that is out of range.
  public func estimate() throws(EstimateError) -> Estimate {
    try Validate.positive(totalParameters, field: "params")
    try Validate.positive(trainableParameters, field: "trainable-params")
    try Validate.within(
      trainableParameters, 0...totalParameters, field: "trainable-params",
      allowed: "at most params (\(NumberFormatting.scientific(totalParameters)))")
    try Validate.positive(tokens, field: "tokens")
    try Validate.positive(epochs, field: "epochs")
    let perToken = 4 * totalParameters + 2 * trainableParameters
    let total = FLOPs(perToken * tokens * epochs)
    let full = FLOPs(6 * totalParameters * tokens * epochs)
    return Estimate(
      method: .operationCounting, totalFLOP: total,
      formula: "(4 × params + 2 × trainable-params) × tokens × epochs",
      inputs: [
        .number("params", totalParameters, meaning: "all parameters, frozen ones included"),
        .number("trainable-params", trainableParameters, meaning: "parameters the fine-tune updates"),
        .number("tokens", tokens, meaning: "training tokens per epoch"),
        .number("epochs", epochs, meaning: "complete passes over the data"),
      ],
      assumptions: [
        "1 multiply-add = 2 FLOP.",
        "Frozen weights still cost the forward pass and the input-gradient pass (4 × params per token); weight gradients cost 2 × trainable-params per token.",
      ],
      range: Estimate.Range(
        low: total, high: full,
        basis:
          "from the adapter formula up to a full fine-tune (6 × params × tokens), for recomputation and adapter overheads"
      ),
      summary:
        "Parameter-efficient fine-tuning of \(NumberFormatting.scientific(totalParameters)) parameters (\(NumberFormatting.scientific(trainableParameters)) trainable) on \(NumberFormatting.scientific(tokens * epochs)) tokens takes about \(total.description)."
    )
  }
}
