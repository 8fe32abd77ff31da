/// Method 1, counting operations: forward FLOP per pass × (1 + backward/forward ratio) × passes
/// × epochs (Sevilla et al. 2022, "Estimating Training Compute of Deep Learning Models").
///
/// With forward FLOP = 2 × parameters and the default ratio 2, this is the familiar 6 × N × D.
public struct OperationCount: Sendable, Equatable {
  /// Where the forward FLOP of one pass (one example, or one token) comes from.
  public enum ForwardWork: Sendable, Equatable {
    /// Connections between neurons: 2 FLOP each (one multiply, one add).
    case connections(Double)
    /// Parameters, standing for connections (equal without weight sharing): 2 FLOP each.
    case parameters(Double)
    /// Forward FLOP given directly.
    case forwardFLOP(FLOPs)
    /// Multiply-adds given directly: 2 FLOP each.
    case multiplyAdds(Double)
  }

  /// How many forward passes one epoch makes.
  public enum Passes: Sendable, Equatable {
    /// Training examples; the forward work is per example.
    case examples(Double)
    /// Tokens, for token-level and recurrent models; the forward work is per token.
    case tokens(Double)
    /// Batches of a given size; the forward work is per example.
    case batches(count: Double, size: Double)
  }

  /// The seed's backward/forward ratio: the backward pass costs about twice the forward pass.
  public static let defaultBackwardRatio = 2.0
  /// The range the backward/forward study finds: 1 (first layer only) to 3 (small batches).
  public static let backwardRatioRange = 1.0...3.0

  public var forward: ForwardWork
  public var passes: Passes
  /// Complete passes over the data; `nil` means the default, 1.
  public var epochs: Double?
  /// Backward FLOP ÷ forward FLOP; `nil` means the default, 2.
  public var backwardRatio: Double?
  /// For an encoder-decoder counted from parameters and tokens: how both divide between its
  /// encoder and decoder (a token passes through one of them); `nil` for other networks.
  var encoderDecoder: EncoderDecoderSplit?

  public init(forward: ForwardWork, passes: Passes, epochs: Double? = nil, backwardRatio: Double? = nil) {
    self.forward = forward
    self.passes = passes
    self.epochs = epochs
    self.backwardRatio = backwardRatio
  }

  /// Forward FLOP of one pass.
  public var forwardFLOPPerPass: FLOPs {
    switch forward {
    case .parameters(let count):
      guard let encoderDecoder, case .tokens(let tokens) = passes else { return FLOPs(2 * count) }
      return FLOPs(2 * count * encoderDecoder.shareOfParameters(parameters: count, tokens: tokens))
    case .connections(let count): return FLOPs(2 * count)
    case .forwardFLOP(let flop): return flop
    case .multiplyAdds(let count): return .multiplyAdds(count)
    }
  }

  /// Forward passes in one epoch.
  public var passesPerEpoch: Double {
    switch passes {
    case .examples(let count), .tokens(let count): return count
    case .batches(let count, let size): return count * size
    }
  }

  /// The training FLOP: forward FLOP per pass × (1 + backward/forward ratio) × passes per epoch ×
  /// epochs, with the defaults (ratio 2, one epoch) where not given. Inputs are not checked; call
  /// `validate()` first.
  public var totalFLOP: FLOPs {
    forwardFLOPPerPass * (1 + (backwardRatio ?? Self.defaultBackwardRatio)) * (passesPerEpoch * (epochs ?? 1))
  }

  /// Checks every input, naming the one that is wrong; `fieldPrefix` (`--` on the command line)
  /// goes before each input's name in the error.
  public func validate(fieldPrefix: String = "") throws(EstimateError) {
    switch forward {
    case .connections(let count): try Validate.positive(count, field: fieldPrefix + "connections")
    case .parameters(let count): try Validate.positive(count, field: fieldPrefix + "params")
    case .forwardFLOP(let flop): try Validate.positive(flop.value, field: fieldPrefix + "forward-flop")
    case .multiplyAdds(let count): try Validate.positive(count, field: fieldPrefix + "multadds")
    }
    switch passes {
    case .examples(let count): try Validate.positive(count, field: fieldPrefix + "examples")
    case .tokens(let count): try Validate.positive(count, field: fieldPrefix + "tokens")
    case .batches(let count, let size):
      try Validate.positive(count, field: fieldPrefix + "batches")
      try Validate.positive(size, field: fieldPrefix + "batch-size")
    }
    if let epochs { try Validate.positive(epochs, field: fieldPrefix + "epochs") }
    if let encoderDecoder { try validate(encoderDecoder, fieldPrefix: fieldPrefix) }
    if let backwardRatio {
      try Validate.within(
        backwardRatio, 0...10, field: fieldPrefix + "backward-ratio",
        allowed: "between 0 and 10 (the backward/forward study finds 1 to 3; 2 is typical)")
    }
  }

  /// The estimate, or the first invalid input.
  public func estimate() throws(EstimateError) -> Estimate {
    try validate()
    let ratio = backwardRatio ?? Self.defaultBackwardRatio
    let epochCount = epochs ?? 1
    let forwardPerPass = forwardFLOPPerPass
    let passCount = passesPerEpoch * epochCount
    let total = totalFLOP

    var assumptions: [String] = []
    assumptions.reserveCapacity(10)  // two here, at most eight more below: one allocation
    assumptions.append("1 multiply-add = 2 FLOP.")
    assumptions.append(
      "Training FLOP = forward FLOP per pass × (1 + backward/forward ratio) × passes per epoch × epochs.")
    if backwardRatio == nil {
      assumptions.append(
        "Backward/forward ratio 2 (default): the backward pass costs about twice the forward pass; the study behind it finds 1 to 3, 2 being typical for deep networks and large batches."
      )
    }
    if epochs == nil { assumptions.append("Assuming one epoch (default).") }
    if case .parameters = forward, case .tokens = passes {
      assumptions.append(
        "6 × N × D leaves out what a reader should check: attention's sequence-length FLOP (more at long context), whether N counts embeddings or, for mixture-of-experts, only the active parameters, activation recomputation (hardware FLOP exceeds model FLOP), and whether D counts tokens rather than words."
      )
    }
    var inputs: [EstimateInput] = []
    inputs.reserveCapacity(7)  // the work, up to two for the passes, the split's two, epochs, ratio
    addForwardInputs(to: &inputs, assumptions: &assumptions)
    addPassInputs(to: &inputs, assumptions: &assumptions)
    addSplitInputs(to: &inputs, assumptions: &assumptions)
    inputs.append(
      .number(
        "epochs", epochCount, isDefault: epochs == nil, meaning: "complete passes over the training data"))
    inputs.append(
      .number(
        "backward-ratio", ratio, isDefault: backwardRatio == nil, meaning: "backward FLOP ÷ forward FLOP"))

    let range: Estimate.Range? =
      backwardRatio == nil
      ? Estimate.Range(
        low: forwardPerPass * 2 * passCount, high: forwardPerPass * 4 * passCount,
        basis:
          "backward/forward ratio from 1 to 3 (Hobbhahn & Sevilla 2021): deep networks at large batch sizes are close to 2; 1 needs a first layer that dominates the compute, 3 small batches, where the weight update costs about as much as a pass"
      )
      : nil
    let formula: Sentence =
      "\(forwardFormulaTerm) × (1 + \(NumberFormatting.plain(ratio))) × \(passFormulaTerm) × epochs"
    return try Estimate(
      method: .operationCounting, totalFLOP: total, formula: formula.text,
      inputs: inputs, assumptions: assumptions, range: range,
      summary: summary(total: total, ratio: ratio, epochs: epochCount)
    ).representable()
  }

  private var forwardFormulaTerm: String {
    switch forward {
    case .connections: return "2 × connections"
    case .parameters where isSplit:
      return "2 × (encoder params × input tokens + decoder params × target tokens) ÷ tokens"
    case .parameters: return "2 × parameters"
    case .forwardFLOP: return "forward FLOP"
    case .multiplyAdds: return "2 × multiply-adds"
    }
  }

  private var passFormulaTerm: String {
    switch passes {
    case .examples: return "examples"
    case .tokens: return "tokens"
    case .batches: return "batches × batch size"
    }
  }

  private func addForwardInputs(to inputs: inout [EstimateInput], assumptions: inout [String]) {
    switch forward {
    case .connections(let count):
      inputs.append(
        .number("connections", count, meaning: "connections between neurons; 2 FLOP each per forward pass"))
    case .parameters(let count):
      assumptions.append(
        "Parameters stand for connections (2 FLOP per parameter per forward pass); this undercounts models that share weights, such as CNNs and RNNs."
      )
      inputs.append(
        .number(
          "params", count,
          meaning: isSplit
            ? "parameters of encoder and decoder; 2 FLOP each per token passing through its stack"
            : "parameters; 2 FLOP each per forward pass"))
    case .forwardFLOP(let flop):
      inputs.append(.number("forward-flop", flop.value, meaning: "forward FLOP per example or token"))
    case .multiplyAdds(let count):
      inputs.append(.number("multadds", count, meaning: "multiply-adds per forward pass; 2 FLOP each"))
    }
  }

  private func addPassInputs(to inputs: inout [EstimateInput], assumptions: inout [String]) {
    switch passes {
    case .examples(let count):
      inputs.append(.number("examples", count, meaning: "training examples per epoch"))
    case .tokens(let count):
      assumptions.append("The forward work is per token, so passes are counted in tokens.")
      inputs.append(.number("tokens", count, meaning: "training tokens per epoch"))
    case .batches(let count, let size):
      inputs.append(.number("batches", count, meaning: "batches per epoch"))
      inputs.append(.number("batch-size", size, meaning: "examples per batch"))
    }
  }

  private func summary(total: FLOPs, ratio: Double, epochs: Double) -> String {
    let data: Sentence
    switch passes {
    case .examples(let count): data = "\(NumberFormatting.scientific(count)) examples"
    case .tokens(let count): data = "\(NumberFormatting.scientific(count)) tokens"
    case .batches(let count, let size):
      data = "\(NumberFormatting.scientific(count)) batches of \(NumberFormatting.plain(size)) examples"
    }
    let source: Sentence
    switch forward {
    case .connections(let count): source = " (2 FLOP × \(NumberFormatting.scientific(count)) connections)"
    case .parameters(let count) where isSplit:
      let share = forwardFLOPPerPass.value / (2 * count)
      source =
        " (2 FLOP × \(NumberFormatting.percent(share)) of \(NumberFormatting.scientific(count)) parameters: a token passes through the encoder or the decoder)"
    case .parameters(let count): source = " (2 FLOP × \(NumberFormatting.scientific(count)) parameters)"
    case .multiplyAdds(let count): source = " (2 FLOP × \(NumberFormatting.scientific(count)) multiply-adds)"
    case .forwardFLOP: source = ""
    }
    let unit = if case .tokens = passes { "token" } else { "example" }
    let epochText = epochs == 1 ? "1 epoch" : "\(NumberFormatting.plain(epochs)) epochs"
    let sentence: Sentence =
      "Our model uses \(NumberFormatting.scientific(forwardFLOPPerPass.value)) FLOP per forward pass per \(unit)\(source) and was trained on \(data) \(self.epochs == nil ? "assuming" : "for") \(epochText); \(backwardRatio == nil ? "assuming" : "with") a backward/forward ratio of \(NumberFormatting.plain(ratio)), training took \(total.description) (\(NumberFormatting.scientific(total.petaFLOPDays)) PF-days)."
    return sentence.text
  }
}
