/// The weight-update rule, and what it costs per parameter per step (once per batch, after the
/// gradients of the batch have been summed). One FLOP per add, multiply, divide or square root;
/// scalar factors such as `1 − β` or `lr/(1 − β^t)` are computed once per step and not counted.
public enum Optimizer: String, Sendable, Codable, CaseIterable {
  /// Stochastic gradient descent, `w −= lr·g`.
  case sgd
  /// SGD with (heavy-ball) momentum.
  case sgdMomentum = "sgd_momentum"
  /// SGD with Nesterov momentum.
  case nesterov
  /// Adam (Kingma & Ba 2015).
  case adam
  /// Adam with decoupled weight decay (Loshchilov & Hutter 2019).
  case adamW = "adamw"
  /// RMSprop (Hinton 2012).
  case rmsprop
  /// Adagrad (Duchi et al. 2011).
  case adagrad
  /// Adafactor without momentum (Shazeer & Stern 2018).
  case adafactor
  /// Lion (Chen et al. 2023).
  case lion

  /// FLOP per parameter per update step; see `derivation`.
  public var flopPerParameter: Double {
    switch self {
    // w −= lr·g: multiply, subtract. The seed study's count (Hobbhahn & Sevilla 2021).
    case .sgd: return 2
    // v = μ·v + g (2); w −= lr·v (2).
    case .sgdMomentum: return 4
    // v = μ·v + g (2); u = g + μ·v (2); w −= lr·u (2).
    case .nesterov: return 6
    // The seed's Appendix B: m (3) + v (4) + m̂ (3) + v̂ (3) + w −= lr·m̂/(√v̂ + ε) (5) = 18.
    case .adam: return 18
    // Adam's 18 + decoupled decay w −= (lr·λ)·w (2).
    case .adamW: return 20
    // v = α·v + (1 − α)·g² (4); w −= lr·g/(√v + ε) (5).
    case .rmsprop: return 9
    // s += g² (2); w −= lr·g/(√s + ε) (5).
    case .adagrad: return 7
    // g² + ε (2); accumulate into row and column sums (2); v̂ = r_i·c_j/Σr (2); u = g/√v̂ (2);
    // RMS(u) for clipping (2); u/max(1, RMS/d) (1); w −= lr·u (2). Row/column moving averages
    // are O(rows + columns), negligible per parameter.
    case .adafactor: return 13
    // c = β1·m + (1 − β1)·g (3); sign(c) (1); + λ·w (2); w −= lr·(…) (2); m = β2·m + (1 − β2)·g (3).
    case .lion: return 11
    }
  }

  /// The update rule and its FLOP count, in one line.
  public var derivation: String {
    switch self {
    case .sgd: return "w −= lr·g: 2 FLOP per parameter (Hobbhahn & Sevilla 2021)"
    case .sgdMomentum: return "v = μv + g (2), w −= lr·v (2): 4 FLOP per parameter"
    case .nesterov: return "v = μv + g (2), u = g + μv (2), w −= lr·u (2): 6 FLOP per parameter"
    case .adam:
      return
        "m (3) + v (4) + bias corrections (3 + 3) + w −= lr·m̂/(√v̂+ε) (5): 18 FLOP per parameter (Hobbhahn & Sevilla 2021, appendix B)"
    case .adamW: return "Adam (18) + decoupled weight decay (2): 20 FLOP per parameter"
    case .rmsprop: return "v = αv + (1−α)g² (4), w −= lr·g/(√v+ε) (5): 9 FLOP per parameter"
    case .adagrad: return "s += g² (2), w −= lr·g/(√s+ε) (5): 7 FLOP per parameter"
    case .adafactor:
      return
        "factored second moment (6), u = g/√v̂ (2), update clipping (3), w −= lr·u (2): about 13 FLOP per parameter"
    case .lion:
      return
        "interpolation (3), sign (1), weight decay (2), w −= lr·u (2), momentum (3): 11 FLOP per parameter"
    }
  }

  /// Reads an optimizer name: `sgd`, `momentum`, `nesterov`, `adam`, `adamw`, `rmsprop`,
  /// `adagrad`, `adafactor`, `lion` (case and `-`/`_` do not matter).
  public init(parsing text: String) throws(EstimateError) {
    let key = String(text.lowercased().map { $0 == "-" ? "_" : $0 })
    if let known = Optimizer(rawValue: key) {
      self = known
    } else if key == "momentum" {
      self = .sgdMomentum
    } else {
      throw .unknownOption(field: "optimizer", value: text, allowed: Optimizer.allCases.map(\.rawValue))
    }
  }
}
