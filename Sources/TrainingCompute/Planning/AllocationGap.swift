/// How far a planned model's allocation lies from the compute-optimal one for the same budget,
/// under one fit: the ratio of its tokens to the optimal tokens, and the loss it gives up.
public struct AllocationGap: Sendable, Equatable, Codable {
  /// The fit's key.
  public var fit: String
  /// The planned model's tokens per parameter.
  public var tokensPerParameter: Double
  /// The optimum's tokens per parameter.
  public var optimalTokensPerParameter: Double
  /// Planned tokens ÷ compute-optimal tokens (above 1: trained longer than optimal, i.e. a smaller
  /// model than optimal; below 1: a larger model than optimal).
  public var tokensRatio: Double
  /// Planned parameters ÷ compute-optimal parameters.
  public var parametersRatio: Double
  /// Predicted loss of the plan minus the loss at the optimum (≥ 0 up to rounding).
  public var excessLoss: Double

  /// The gap of `parameters` × `tokens` from `optimum` (the same budget's allocation under `law`).
  public init(parameters: Double, tokens: Double, optimum: ComputeOptimal, law: ScalingLaw) {
    fit = law.id
    tokensPerParameter = tokens / parameters
    optimalTokensPerParameter = optimum.tokensPerParameter
    tokensRatio = tokens / optimum.tokens
    parametersRatio = parameters / optimum.parameters
    excessLoss = law.loss(parameters: parameters, tokens: tokens) - optimum.loss
  }

  enum CodingKeys: String, CodingKey {
    case fit
    case tokensPerParameter = "tokens_per_parameter"
    case optimalTokensPerParameter = "optimal_tokens_per_parameter"
    case tokensRatio = "tokens_ratio"
    case parametersRatio = "parameters_ratio"
    case excessLoss = "excess_loss"
  }
}
