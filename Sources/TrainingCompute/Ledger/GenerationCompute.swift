/// Compute of generating tokens with a model (synthetic data, RL rollouts): forward passes only,
/// one per generated token, 2 FLOP per parameter each — `2 × parameters × generated tokens`.
/// The guidelines count every sample generated, kept or discarded (C(2025) 7719, Annex A.1).
/// Prompt tokens processed once per sample are left out unless included in `tokens`.
public struct GenerationCompute: Sendable, Equatable {
  /// Parameters of the generating model (active parameters for a mixture of experts).
  public var parameters: Double
  /// Tokens generated, including those later discarded.
  public var tokens: Double
  /// Names of the two inputs as the ledger spells them, for messages and the inputs table.
  public var parameterField: String
  public var tokenField: String

  public init(parameters: Double, tokens: Double, parameterField: String, tokenField: String) {
    self.parameters = parameters
    self.tokens = tokens
    self.parameterField = parameterField
    self.tokenField = tokenField
  }

  /// The estimate, or the first input that is not positive.
  public func estimate() throws(EstimateError) -> Estimate {
    try Validate.positive(parameters, field: parameterField)
    try Validate.positive(tokens, field: tokenField)
    let total = FLOPs(2 * parameters * tokens)
    return Estimate(
      method: .operationCounting, totalFLOP: total, formula: "2 × parameters × generated tokens",
      inputs: [
        .number(parameterField, parameters, meaning: "parameters of the generating model"),
        .number(tokenField, tokens, meaning: "tokens generated, kept or discarded"),
      ],
      assumptions: [
        "1 multiply-add = 2 FLOP; generation is forward passes only, one per generated token.",
        "Every generated token counts, including samples later discarded (guidelines Annex A.1).",
        "Attention over the context is not added: it is small beside 2 × parameters per token unless the context is very long.",
      ],
      summary:
        "Generating \(NumberFormatting.scientific(tokens)) tokens with a \(NumberFormatting.scientific(parameters))-parameter model takes about \(total.description)."
    )
  }
}
