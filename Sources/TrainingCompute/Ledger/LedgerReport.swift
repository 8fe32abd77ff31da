/// A ledger computed: every stage, the two totals the EU guidelines define (and the original-run
/// total California's SB 53 uses), the verdict for each regime, the ±30 % check, chip time,
/// energy and cost, which figures are forecasts, and the provenance. Renderers turn it into
/// JSON, Markdown and HTML; the JSON keys are the issue's.
public struct LedgerReport: Sendable, Equatable, Encodable {
  /// A total with its interval.
  public struct Total: Sendable, Equatable {
    public var flop: Double
    public var range: Estimate.Range
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

  public func encode(to encoder: any Encoder) throws {
    var record = FlatRecord()
    record.add("model", model)
    record.add("headline", headline)
    record.add("cumulative_flop", cumulative.flop)
    record.add("parameter_update_flop", parameterUpdate.flop)
    record.add("original_run_flop", originalRun.flop)
    record.add("range", cumulative.range)
    record.add("parameter_update_range", parameterUpdate.range)
    record.add("stages", stages)
    record.add("thresholds", thresholds)
    record.add("within_30_percent_margin", accuracy.holds)
    record.add("accuracy", accuracy)
    record.add("chip_hours", ifPresent: chipHours)
    record.add("training_time_hours", ifPresent: trainingTimeHours)
    record.add("energy", energy)
    record.add("cost_usd", ifPresent: costUSD)
    record.add("cost_basis", ifPresent: costBasis)
    record.add("forecast", forecast)
    record.add("start", ifPresent: start)
    switch originalModel {
    case .flop(let flop)?: record.add("original_model_flop", flop)
    case .unknown(let hasSystemicRisk)?:
      record.add("original_model_flop", "unknown")
      record.add("original_has_systemic_risk", hasSystemicRisk)
    case nil: break
    }
    record.add("assumptions", assumptions)
    record.add("provenance", provenance)
    try record.encode(to: encoder)
  }
}
