/// What a stage of a model's development did, which decides whether its compute counts towards
/// each total. The rules follow the Commission guidelines C(2025) 7719, Annex A.1: operations
/// that update the parameters count in both totals; generating non-public synthetic data and
/// training weights that were merged, averaged or used to initialise the model count in the
/// cumulative total only; the rest need not be counted but are listed so the reader sees them.
public enum StageKind: String, Sendable, Codable, CaseIterable {
  case pretraining
  case midTraining = "mid-training"
  case fineTuning = "fine-tuning"
  case rl
  case syntheticData = "synthetic-data"
  case merge
  case baseModel = "base-model"
  case evaluation
  case redTeaming = "red-teaming"
  case exploratory
  case rewardModel = "reward-model"
  case teacher
  case recomputation

  /// Whether a stage of this kind counts towards each total, and why not where it does not.
  public struct Inclusion: Sendable, Equatable {
    /// Counted in the compute that directly updated the model's parameters.
    public var parameterUpdate: Bool
    /// Counted in the cumulative compute.
    public var cumulative: Bool
    /// Counted in the original run plus later modifications (SB 53's total).
    public var originalRun: Bool
    /// Why the stage is left out of a total, with the rule's source; nil when counted in all.
    public var reason: String?
  }

  /// Whether the stage's compute updates the model's own weights (training, not generation).
  public var updatesParameters: Bool {
    switch self {
    case .pretraining, .midTraining, .fineTuning, .rl: true
    default: false
    }
  }

  /// The inclusion rule for this kind; `isPublic` marks synthetic data that is publicly available.
  public func inclusion(isPublic: Bool = false) -> Inclusion {
    let annex = "Commission guidelines C(2025) 7719, Annex A.1"
    switch self {
    case .pretraining, .midTraining, .fineTuning, .rl:
      return Inclusion(parameterUpdate: true, cumulative: true, originalRun: true, reason: nil)
    case .syntheticData where isPublic:
      return Inclusion(
        parameterUpdate: false, cumulative: false, originalRun: false,
        reason: "generating publicly available synthetic data need not be counted (\(annex))")
    case .syntheticData:
      return Inclusion(
        parameterUpdate: false, cumulative: true, originalRun: false,
        reason:
          "generating non-public synthetic data counts in the cumulative total, every sample generated (kept or discarded), but does not update the model's parameters (\(annex))"
      )
    case .merge, .baseModel:
      return Inclusion(
        parameterUpdate: false, cumulative: true, originalRun: true,
        reason:
          "compute behind merged, averaged or initialising weights counts in the cumulative total, not in this model's own parameter updates (\(annex))"
      )
    case .evaluation, .redTeaming:
      return excluded("purely diagnostic work (evaluations, red-teaming) need not be counted (\(annex))")
    case .exploratory:
      return excluded("exploratory research and failed experiments need not be counted (\(annex))")
    case .rewardModel:
      return excluded("training auxiliary models (reward or value models) need not be counted (\(annex))")
    case .teacher:
      return excluded(
        "training the parent (teacher) model used in distillation need not be counted (\(annex))")
    case .recomputation:
      return excluded("recomputing activations to save memory need not be counted (\(annex))")
    }
  }

  private func excluded(_ reason: String) -> Inclusion {
    Inclusion(parameterUpdate: false, cumulative: false, originalRun: false, reason: reason)
  }
}
