/// One regulatory mark as a plan sees it: whether the run's compute passes it and, at the planned
/// rate (cumulative FLOP growing linearly with time), on which day of the run.
public struct ThresholdCrossing: Sendable, Equatable, Codable {
  /// The regime's key.
  public var id: String
  /// The regime's name.
  public var name: String
  /// The threshold in FLOP.
  public var thresholdFLOP: Double
  /// What crossing it means (the duty that follows), from the regime data.
  public var consequence: String
  /// Where the regime comes from.
  public var source: String
  /// A condition besides compute that must also hold, if the regime has one.
  public var condition: String?
  /// Whether the planned run's compute reaches the threshold.
  public var isCrossed: Bool
  /// The share of the run done when the threshold is reached (0 to 1), when crossed.
  public var fractionOfRun: Double?
  /// The day of the run on which it is crossed, when the run's duration is planned.
  public var day: PlannedFigure?
  /// The cumulative compute at the end of the run (earlier stages included) as a share of the
  /// threshold, when it is not crossed.
  public var shareOfThreshold: Double?
  /// Whether compute of earlier stages had already reached the threshold before the run.
  public var isCrossedBeforeRun: Bool

  /// The mark of `regime` for a run of `totalFLOP` lasting `runDays`, after earlier stages of the
  /// same model that used `priorFLOP`.
  public init(_ regime: Regime, totalFLOP: Double, priorFLOP: Double = 0, runDays: PlannedFigure?) {
    id = regime.id
    name = regime.name
    thresholdFLOP = regime.thresholdFLOP
    consequence = regime.consequence
    source = regime.source
    condition = regime.condition
    isCrossed = priorFLOP + totalFLOP >= thresholdFLOP
    isCrossedBeforeRun = priorFLOP >= thresholdFLOP
    let fraction = max(thresholdFLOP - priorFLOP, 0) / totalFLOP
    fractionOfRun = isCrossed ? fraction : nil
    day = isCrossed ? runDays?.scaled(by: fraction) : nil
    shareOfThreshold = isCrossed ? nil : (priorFLOP + totalFLOP) / thresholdFLOP
  }

  /// The marks a plan reports: every regime in force with a threshold of its own (tests relative
  /// to an original model's compute need that model and are left to the ledger).
  public static func marks(
    of regimes: [Regime], totalFLOP: Double, priorFLOP: Double = 0, runDays: PlannedFigure?
  ) -> [ThresholdCrossing] {
    regimes.filter { $0.isActive && $0.fractionOfOriginal == nil }
      .sorted { ($0.thresholdFLOP, $0.id) < ($1.thresholdFLOP, $1.id) }
      .map { ThresholdCrossing($0, totalFLOP: totalFLOP, priorFLOP: priorFLOP, runDays: runDays) }
  }

  enum CodingKeys: String, CodingKey {
    case id, name, consequence, source, condition, day
    case thresholdFLOP = "threshold_flop"
    case isCrossed = "is_crossed"
    case fractionOfRun = "fraction_of_run"
    case shareOfThreshold = "share_of_threshold"
    case isCrossedBeforeRun = "is_crossed_before_run"
  }
}
