/// A legal or regulatory compute threshold, kept as data with its source and the dates it applies,
/// so that a change of law is a change of one row in ``Regimes/all`` and not of code.
public struct Regime: Sendable, Codable, Equatable {
  /// Which of a ledger's totals a regime compares with its threshold.
  public enum Total: String, Sendable, Codable {
    /// Everything that must be counted (EU guidelines, Annex A.1 (ii)): parameter updates plus
    /// the generation of non-public synthetic data and the training of merged or initialising weights.
    case cumulative
    /// Compute that directly updated the model's parameters (EU guidelines, Annex A.1 (i)).
    case parameterUpdate = "parameter_update"
    /// The original training run plus the later fine-tuning, reinforcement learning and other
    /// material modifications the developer applied (California SB 53's wording).
    case original = "original_run"
  }

  /// A stable identifier, such as `eu-ai-act-systemic-risk`.
  public var id: String
  /// The regime's name as people cite it.
  public var name: String
  /// The threshold in FLOP; for a test relative to the original model, the fallback threshold used
  /// when the original's compute is unknown.
  public var thresholdFLOP: Double
  /// The total compared with the threshold.
  public var total: Total
  /// What crossing the threshold means (a presumption, a notification duty …).
  public var consequence: String
  /// The text the threshold comes from.
  public var source: String
  /// The date (ISO 8601) from which the threshold applies.
  public var inForceFrom: String
  /// The date (ISO 8601) on which it stopped applying, if it did.
  public var inForceUntil: String?
  /// Whether the regime applies today; an inactive one is kept for history.
  public var isActive: Bool
  /// A condition besides compute that must also hold (the kind of model, a cost), if any.
  public var condition: String?
  /// For a test relative to the original model's compute (the EU downstream-modifier test), the
  /// fraction of that compute the modification is compared with.
  public var fractionOfOriginal: Double?
  /// A compute-cost threshold in US dollars that must also be exceeded, if the regime has one.
  public var costThresholdUSD: Double?

  public init(
    id: String, name: String, thresholdFLOP: Double, total: Total, consequence: String,
    source: String, inForceFrom: String, inForceUntil: String? = nil, isActive: Bool,
    condition: String? = nil, fractionOfOriginal: Double? = nil, costThresholdUSD: Double? = nil
  ) {
    self.id = id
    self.name = name
    self.thresholdFLOP = thresholdFLOP
    self.total = total
    self.consequence = consequence
    self.source = source
    self.inForceFrom = inForceFrom
    self.inForceUntil = inForceUntil
    self.isActive = isActive
    self.condition = condition
    self.fractionOfOriginal = fractionOfOriginal
    self.costThresholdUSD = costThresholdUSD
  }
}
