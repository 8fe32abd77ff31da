/// A mixture-of-experts feed-forward layer on `[seq, d]`: a router (`Linear(d→E)`, no bias)
/// scores `E` experts per token, each token goes through its `k` best experts, and `S` shared
/// experts see every token (DeepSeekMoE). Each expert is a feed-forward layer `d→f→d`, gated
/// (three matrices, as Mixtral) or not.
///
/// Formula: parameters `E + S` experts' matrices plus the router's `d·E` — all are trained and
/// updated; per token, forward runs the router (`2·d·E`), softmax and top-k selection (about 6
/// element-wise FLOP per expert score), `k + S` experts, and a weighted sum of the `k` outputs
/// (`2·k·d`). Backward as for each part: only the experts a token visited get gradient from it.
/// Variants: a router bias (`hasRouterBias`: DeepSeek-V3's score-correction bias, `E` parameters,
/// one add per score) and a sigmoid gate on the shared experts' output (`hasSharedExpertGate`:
/// Qwen2-MoE's `shared_expert_gate`, `Linear(d→1)`, `2·d` matrix FLOP per token).
/// Convention: balanced routing is assumed (each token visits exactly `k` experts).
/// Sources: Shazeer et al. (2017); Fedus et al. (2021); Jiang et al. (2024) for Mixtral.
public struct MixtureOfExperts: Layer {
  /// Model width `d`.
  public var modelDimension: Int
  /// Hidden width `f` of each expert.
  public var expertDimension: Int
  /// Routed experts `E`.
  public var experts: Int
  /// Experts each token visits, `k`.
  public var topK: Int
  /// Experts every token visits, `S`.
  public var sharedExperts: Int
  /// Whether experts are gated feed-forward layers.
  public var isGated: Bool
  /// The experts' activation.
  public var activation: Activation.Function
  /// Whether the experts' linear layers have biases.
  public var hasBias: Bool
  /// Whether the router adds a learned bias to its scores (DeepSeek-V3).
  public var hasRouterBias: Bool
  /// Whether a `Linear(d→1)` gate scales the shared experts' output (Qwen2-MoE).
  public var hasSharedExpertGate: Bool

  /// A mixture-of-experts layer.
  public init(
    modelDimension: Int, expertDimension: Int, experts: Int, topK: Int, sharedExperts: Int = 0,
    isGated: Bool = true, activation: Activation.Function = .silu, hasBias: Bool = false,
    hasRouterBias: Bool = false, hasSharedExpertGate: Bool = false
  ) {
    self.modelDimension = modelDimension
    self.expertDimension = expertDimension
    self.experts = experts
    self.topK = topK
    self.sharedExperts = sharedExperts
    self.isGated = isGated
    self.activation = activation
    self.hasBias = hasBias
    self.hasRouterBias = hasRouterBias
    self.hasSharedExpertGate = hasSharedExpertGate
  }

  public var kind: String { "moe" }

  var expert: TransformerBlock {
    TransformerBlock(
      modelDimension: modelDimension, heads: 1, feedForwardDimension: expertDimension,
      activation: activation, isGated: isGated, hasBias: hasBias)
  }
  var router: Linear {
    Linear(inputFeatures: modelDimension, outputFeatures: experts, hasBias: hasRouterBias)
  }
  var sharedExpertGate: Linear? {
    hasSharedExpertGate ? Linear(inputFeatures: modelDimension, outputFeatures: 1, hasBias: false) : nil
  }

  /// Parameters of one expert.
  public var expertParameterCount: Int {
    expert.up.parameterCount.multiplied(saturating: isGated ? 2 : 1).adding(
      saturating: expert.down.parameterCount)
  }

  /// Parameters of every expert and the router.
  public var parameterCount: Int {
    experts.adding(saturating: sharedExperts).multiplied(saturating: expertParameterCount)
      .adding(saturating: router.parameterCount).adding(saturating: sharedExpertGate?.parameterCount ?? 0)
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(modelDimension, field: "dimension")
    try LayerIssue.positive(expertDimension, field: "expert_dimension")
    try LayerIssue.positive(experts, field: "experts")
    try LayerIssue.nonNegative(sharedExperts, field: "shared_experts")
    guard topK >= 1, topK <= experts else {
      throw LayerIssue(field: "top_k", value: String(topK), allowed: "from 1 to the \(experts) experts")
    }
    let input = try LayerIssue.single(inputs)
    try LayerIssue.lastDimension(of: input, equals: modelDimension, field: "dimension")
    return input
  }

  /// One token through one expert.
  func expertCost() -> LayerCost {
    let token = TensorShape([1, modelDimension])
    let hidden = TensorShape([1, expertDimension])
    var cost = expert.up.cost(for: [token])
    if isGated {
      cost = cost.alongside(cost).followed(
        by: LayerCost(
          forward: .elementwise(hidden.elements), inputGradient: .elementwise(2 * hidden.elements)))
    }
    return cost.followed(by: Activation(activation).cost(for: [hidden]))
      .followed(by: expert.down.cost(for: [hidden]))
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let tokens = inputs.first?.leadingElements ?? 1
    let token = TensorShape([1, modelDimension])
    var routing = router.cost(for: [token])
    if let gate = sharedExpertGate { routing = routing.alongside(gate.cost(for: [token])) }
    routing =
      routing
      .followed(
        by: LayerCost(
          forward: .elementwise(6 * Double(experts)), inputGradient: .elementwise(6 * Double(experts))))
    let combine = LayerCost(
      forward: .elementwise(2 * Double(topK) * Double(modelDimension)),
      inputGradient: .elementwise(2 * Double(topK) * Double(modelDimension)))
    var perToken = expertCost().repeated(Double(topK) + Double(sharedExperts)).alongside(routing)
      .followed(by: combine)
    perToken.parameters = 0
    var total = perToken.repeated(tokens)
    total.parameters = parameterCount
    return total
  }
}
