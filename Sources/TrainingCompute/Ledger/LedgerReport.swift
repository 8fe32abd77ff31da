/// A ledger computed: every stage, the two totals the EU guidelines define (and the original-run
/// total California's SB 53 uses), the verdict for each regime, the ±30 % check, chip time,
/// energy and cost, which figures are forecasts, and the provenance. Renderers turn it into
/// JSON, Markdown and HTML; the JSON keys are the issue's.
public struct LedgerReport: Sendable, Equatable, Encodable {
  /// A total with its interval.
  public struct Total: Sendable, Equatable, Encodable {
    public var flop: Double
    public var low: Double
    public var high: Double
  }

  /// Whether the interval lies within the ±30 % margin the guidelines accept (Annex A.2).
  public struct Accuracy: Sendable, Equatable, Encodable {
    public var holds: Bool
    /// Low and high ends as fractions of the total (0.8 and 1.25: −20 %, +25 %).
    public var lowRatio: Double
    public var highRatio: Double
    public var statement: String

    enum CodingKeys: String, CodingKey {
      case holds, statement
      case lowRatio = "low_ratio"
      case highRatio = "high_ratio"
    }
  }

  /// Energy from chip-hours × TDP × PUE.
  public struct Energy: Sendable, Equatable, Encodable {
    public var kWh: Double?
    public var pue: Double
    public var pueSource: String
    public var basis: String

    enum CodingKeys: String, CodingKey {
      case pue, basis
      case kWh = "kwh"
      case pueSource = "pue_source"
    }
  }

  /// Which figures are forecasts, and the notification duty a planned total may trigger.
  public struct Forecast: Sendable, Equatable, Encodable {
    public var plannedStages: [String]
    public var statement: String
    public var notification: String?

    enum CodingKeys: String, CodingKey {
      case statement, notification
      case plannedStages = "planned_stages"
    }
  }

  public var model: String
  public var headline: String
  public var cumulative: Total
  public var parameterUpdate: Total
  public var originalRun: Total
  public var stages: [StageReport]
  public var thresholds: [ThresholdCheck]
  public var accuracy: Accuracy
  public var chipHours: Double?
  public var trainingTimeHours: Double?
  public var energy: Energy
  public var costUSD: Double?
  public var costBasis: String?
  public var forecast: Forecast
  public var start: CalendarDate?
  public var originalModel: Ledger.OriginalModel?
  public var assumptions: [String]
  public var provenance: LedgerProvenance

  /// Stages left out of the cumulative total, with the reason: the exclusions considered.
  public var exclusions: [StageReport] { stages.filter { !$0.includedInCumulative } }

  enum CodingKeys: String, CodingKey {
    case model, headline, range, stages, thresholds, accuracy, energy, forecast, start, assumptions,
      provenance
    case cumulativeFLOP = "cumulative_flop"
    case parameterUpdateFLOP = "parameter_update_flop"
    case parameterUpdateRange = "parameter_update_range"
    case originalRunFLOP = "original_run_flop"
    case chipHours = "chip_hours"
    case trainingTimeHours = "training_time_hours"
    case costUSD = "cost_usd"
    case costBasis = "cost_basis"
    case original = "original_model_flop"
    case originalHasSystemicRisk = "original_has_systemic_risk"
    case margin30 = "within_30_percent_margin"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(model, forKey: .model)
    try container.encode(headline, forKey: .headline)
    try container.encode(cumulative.flop, forKey: .cumulativeFLOP)
    try container.encode(parameterUpdate.flop, forKey: .parameterUpdateFLOP)
    try container.encode(originalRun.flop, forKey: .originalRunFLOP)
    try container.encode(
      Estimate.Range(
        low: FLOPs(cumulative.low), high: FLOPs(cumulative.high),
        basis: "sum of the counted stages' low and high ends (cumulative total)"), forKey: .range)
    try container.encode(
      Estimate.Range(
        low: FLOPs(parameterUpdate.low), high: FLOPs(parameterUpdate.high),
        basis: "sum of the counted stages' low and high ends (parameter-update total)"),
      forKey: .parameterUpdateRange)
    try container.encode(stages, forKey: .stages)
    try container.encode(thresholds, forKey: .thresholds)
    try container.encode(accuracy.holds, forKey: .margin30)
    try container.encode(accuracy, forKey: .accuracy)
    try container.encodeIfPresent(chipHours, forKey: .chipHours)
    try container.encodeIfPresent(trainingTimeHours, forKey: .trainingTimeHours)
    try container.encode(energy, forKey: .energy)
    try container.encodeIfPresent(costUSD, forKey: .costUSD)
    try container.encodeIfPresent(costBasis, forKey: .costBasis)
    try container.encode(forecast, forKey: .forecast)
    try container.encodeIfPresent(start, forKey: .start)
    switch originalModel {
    case .flop(let flop)?: try container.encode(flop, forKey: .original)
    case .unknown(let hasSystemicRisk)?:
      try container.encode("unknown", forKey: .original)
      try container.encode(hasSystemicRisk, forKey: .originalHasSystemicRisk)
    case nil: break
    }
    try container.encode(assumptions, forKey: .assumptions)
    try container.encode(provenance, forKey: .provenance)
  }
}
