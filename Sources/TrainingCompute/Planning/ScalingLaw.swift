import Foundation

/// A parametric loss fit `L(N, D) = E + A / N^α + B / D^β` for a dense transformer language model
/// with `N` parameters trained on `D` tokens (Hoffmann et al. 2022, "Training Compute-Optimal Large
/// Language Models", approach 3, eq. 2), and the compute-optimal allocation it implies.
///
/// Under the budget constraint `C = 6 N D`, minimising `L` gives the closed form of Hoffmann et al.
/// eq. 4: `G = (α A / (β B))^(1 / (α + β))`, `N_opt = G (C / 6)^(β / (α + β))`,
/// `D_opt = G⁻¹ (C / 6)^(α / (α + β))`. `E` does not move the optimum; it only sets the loss.
public struct ScalingLaw: Sendable, Equatable, Codable {
  /// A short key: `chinchilla`, `besiroglu`.
  public var id: String
  /// The name shown to people.
  public var name: String
  /// Irreducible loss.
  public var e: Double
  /// Coefficient of the parameter term.
  public var a: Double
  /// Coefficient of the data term.
  public var b: Double
  /// Exponent of the parameter term (α).
  public var alpha: Double
  /// Exponent of the data term (β).
  public var beta: Double
  /// Where the constants come from.
  public var source: String

  public init(
    id: String, name: String, e: Double, a: Double, b: Double, alpha: Double, beta: Double, source: String
  ) {
    self.id = id
    self.name = name
    self.e = e
    self.a = a
    self.b = b
    self.alpha = alpha
    self.beta = beta
    self.source = source
  }

  /// Hoffmann et al. 2022's fit as the paper's body prints it (section 3.3, eq. 10 and appendix D.2):
  /// E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
  public static let chinchilla = ScalingLaw(
    id: "chinchilla", name: "Chinchilla fit (Hoffmann et al. 2022, approach 3)",
    e: 1.69, a: 406.4, b: 410.7, alpha: 0.34, beta: 0.28,
    source:
      "Hoffmann et al. 2022, 'Training Compute-Optimal Large Language Models', arXiv:2203.15556, eq. 10 (rounded constants as printed)"
  )

  /// Besiroglu et al. 2024's refit of approach 3 to data reconstructed from Hoffmann et al.'s
  /// figure 4: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.
  public static let besiroglu = ScalingLaw(
    id: "besiroglu", name: "Chinchilla replication (Besiroglu et al. 2024)",
    e: 1.8172, a: 482.01, b: 2085.43, alpha: 0.3478, beta: 0.3658,
    source:
      "Besiroglu, Erdil, Barnett & You 2024, 'Chinchilla Scaling: A replication attempt', arXiv:2404.10102"
  )

  /// The fits the planner reports, side by side.
  public static let all: [ScalingLaw] = [.chinchilla, .besiroglu]

  /// Predicted loss (nats per token) of `parameters` trained on `tokens`.
  public func loss(parameters: Double, tokens: Double) -> Double {
    e + a / pow(parameters, alpha) + b / pow(tokens, beta)
  }

  /// Exponent of `N_opt ∝ C^a`: β / (α + β).
  public var parameterExponent: Double { beta / (alpha + beta) }
  /// Exponent of `D_opt ∝ C^b`: α / (α + β).
  public var tokenExponent: Double { alpha / (alpha + beta) }

  /// The parameters and tokens that minimise the loss for `budget` FLOP at 6 FLOP per parameter
  /// per token; the budget must be positive and finite.
  public func computeOptimal(budget: FLOPs) throws(EstimateError) -> ComputeOptimal {
    try Validate.positive(budget.value, field: "training FLOP budget")
    let g = pow(alpha * a / (beta * b), 1 / (alpha + beta))
    let parameterTokenProduct = budget.value / 6
    let parameters = g * pow(parameterTokenProduct, parameterExponent)
    let tokens = parameterTokenProduct / parameters
    return ComputeOptimal(
      fit: id, name: name, source: source, budget: budget, parameters: parameters, tokens: tokens,
      tokensPerParameter: tokens / parameters, loss: loss(parameters: parameters, tokens: tokens),
      parameterExponent: parameterExponent, tokenExponent: tokenExponent)
  }
}

/// The compute-optimal allocation of a budget under one fit.
public struct ComputeOptimal: Sendable, Equatable, Codable {
  /// The fit's key (`chinchilla`, `besiroglu`).
  public var fit: String
  /// The fit's name.
  public var name: String
  /// Where the fit's constants come from.
  public var source: String
  /// The training FLOP budget.
  public var budget: FLOPs
  /// Parameters that minimise the loss.
  public var parameters: Double
  /// Training tokens that minimise the loss.
  public var tokens: Double
  /// Tokens per parameter at the optimum.
  public var tokensPerParameter: Double
  /// The predicted loss at the optimum (nats per token on the fit's data).
  public var loss: Double
  /// `a` in `N_opt ∝ C^a`.
  public var parameterExponent: Double
  /// `b` in `D_opt ∝ C^b`.
  public var tokenExponent: Double

  enum CodingKeys: String, CodingKey {
    case fit, name, source, budget, parameters, tokens, loss
    case tokensPerParameter = "tokens_per_parameter"
    case parameterExponent = "parameter_exponent"
    case tokenExponent = "token_exponent"
  }
}
