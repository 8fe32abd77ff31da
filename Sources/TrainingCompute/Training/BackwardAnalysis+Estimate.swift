extension BackwardAnalysis {
  /// The sequence length of a token model: the input's first dimension.
  public var sequenceLength: Int { inputShape.dimensions.first ?? 1 }

  /// Examples per epoch for this much data.
  public func examples(in data: TrainingData) -> Double {
    switch data {
    case .examples(let count): return count
    case .tokens(let count): return count / Double(sequenceLength)
    }
  }

  /// Training compute: (forward + backward with the update's share) per example × examples ×
  /// epochs, as an estimate of method `.modelGraph` that every renderer shows like method 1's.
  public func estimate(data: TrainingData, epochs: Double? = nil) throws(EstimateError) -> Estimate {
    let dataInput: EstimateInput
    switch data {
    case .examples(let count):
      try Validate.positive(count, field: "examples")
      dataInput = .number("examples", count, meaning: "training examples per epoch")
    case .tokens(let count):
      try Validate.positive(count, field: "tokens")
      dataInput = .number(
        "tokens", count,
        meaning: "training tokens per epoch; examples = tokens ÷ sequence length \(sequenceLength)")
    }
    if let epochs { try Validate.positive(epochs, field: "epochs") }
    let epochCount = epochs ?? 1
    let exampleCount = examples(in: data)
    let total = trainingPerExample * (exampleCount * epochCount)
    let inputs: [EstimateInput] = [
      .text("model", model, meaning: "the model graph analysed, input shape \(inputShape)"),
      .number("params", Double(parameters), meaning: "parameters, shared ones counted once"),
      .number("forward-flop", forward.value, meaning: "forward FLOP per example, summed over layers"),
      .number(
        "backward-ratio", ratio,
        meaning: "backward FLOP (input and weight gradients, update ÷ batch size) ÷ forward FLOP"),
      .number("batch-size", Double(batchSize), meaning: "examples per weight update"),
      .text("optimizer", optimizer.rawValue, meaning: optimizer.derivation),
      dataInput,
      .number(
        "epochs", epochCount, isDefault: epochs == nil, meaning: "complete passes over the training data"),
    ]
    var assumptions = [
      "1 multiply-add = 2 FLOP; a layer's input and weight gradients each cost as much as its forward matrix product.",
      "The input gradient is computed only where a trainable parameter lies upstream; frozen layers compute no weight gradient.",
      "The weight update (\(optimizer.derivation)) runs once per batch of \(batchSize).",
      counting == .all
        ? "Element-wise work (activations, norms, softmax, adds, pooling) is counted with matrix products."
        : "Only matrix products and convolutions are counted (--matmul-only), as PyTorch's FlopCounterMode does.",
    ]
    assumptions += graphAssumptions.map { $0.hasSuffix(".") ? $0 : $0 + "." }
    if epochs == nil { assumptions.append("One epoch (default).") }
    let dataText: String
    switch data {
    case .examples(let count): dataText = "\(NumberFormatting.scientific(count)) examples"
    case .tokens(let count): dataText = "\(NumberFormatting.scientific(count)) tokens"
    }
    let epochText = epochCount == 1 ? "1 epoch" : "\(NumberFormatting.plain(epochCount)) epochs"
    let summary =
      "Counting operations layer by layer, \(model) uses \(NumberFormatting.scientific(forward.value)) FLOP per forward pass per example and has a backward/forward ratio of \(NumberFormatting.plain(ratio)) (batch size \(batchSize), \(optimizer.rawValue)); trained on \(dataText) for \(epochText), training took \(total.description) (\(NumberFormatting.scientific(total.petaFLOPDays)) PF-days)."
    return try Estimate(
      method: .modelGraph, totalFLOP: total,
      formula:
        "(forward + input gradient + weight gradient + update ÷ batch size) per example × examples × epochs",
      inputs: inputs, assumptions: assumptions, summary: summary
    ).representable(allowsZero: trainingPerExample.value == 0)
  }
}
