/// One stage of a ledger, computed: its figure with method, inputs and interval, whether it counts
/// towards each total (and why not), and the chip time, energy and cost behind it.
public struct StageReport: Sendable, Equatable, Encodable {
  /// One piece of a stage's figure (rollouts and updates of an RL stage, a hardware period …).
  public struct Part: Sendable, Equatable, Encodable {
    public var label: String
    /// `operation_counting`, `hardware_time`, `model_graph` or `reported`.
    public var method: String
    public var flop: FLOPs
    public var formula: String
    public var inputs: [EstimateInput]
    public var assumptions: [String]
    public var warnings: [String]
    public var range: Estimate.Range?
    public var summary: String

    /// A part computed by one of the core's formulas.
    public init(label: String, estimate: Estimate) {
      self.label = label
      method = estimate.method.rawValue
      flop = estimate.totalFLOP
      formula = estimate.formula
      inputs = estimate.inputs
      assumptions = estimate.assumptions
      warnings = estimate.warnings
      range = estimate.range
      summary = estimate.summary
    }

    /// A part from the best estimate: its method, 90 % interval, confidence and the facts it
    /// used and left unused.
    public init(label: String, best: BestEstimate) {
      self.label = label
      method = best.method.rawValue
      flop = best.totalFLOP
      formula = best.estimate?.formula ?? "reported figure"
      inputs = best.estimate?.inputs ?? []
      if best.method == .reported {
        inputs.insert(
          .number("reported-flop", best.totalFLOP.value, meaning: "training compute reported for this stage"),
          at: 0)
      }
      var notes = best.assumptions
      for assumption in best.estimate?.assumptions ?? [] where !notes.contains(assumption) {
        notes.append(assumption)
      }
      notes.append(best.choice)
      notes += best.unused.map { "\($0.field) not used: \($0.reason)" }
      assumptions = notes
      warnings = best.warnings + best.suspects
      range = best.range
      summary = best.summary
    }
  }

  /// The chips of one hardware period and what they used.
  public struct HardwarePeriod: Sendable, Equatable, Encodable {
    public var hardware: String?
    public var chips: Int?
    public var chipHours: Double
    public var wallClockHours: Double?
    public var thermalDesignPowerWatts: Double?
    public var energyKWh: Double?
    /// Where the chip's peak and TDP come from.
    public var source: String?

    enum CodingKeys: String, CodingKey {
      case hardware, chips, source
      case chipHours = "chip_hours"
      case wallClockHours = "wall_clock_hours"
      case thermalDesignPowerWatts = "tdp_watts"
      case energyKWh = "energy_kwh"
    }
  }

  public var name: String
  public var kind: StageKind
  public var isPlanned: Bool
  public var isPublic: Bool
  public var flop: FLOPs
  public var range: Estimate.Range
  /// How the figure was obtained, in words.
  public var method: String
  /// `high`, `medium` or `low`, from the width of the interval, or `as reported`.
  public var confidence: String
  public var parts: [Part]
  public var warnings: [String]
  public var includedInParameterUpdate: Bool
  public var includedInCumulative: Bool
  public var includedInOriginalRun: Bool
  /// Why the stage is left out of a total; nil when it counts in all of them.
  public var exclusionReason: String?
  public var periods: [HardwarePeriod]
  public var costUSD: Double?
  public var costBasis: String?
  public var modelFile: String?
  public var notes: String?

  /// Chip-hours over every period, or nil when no hardware was described.
  public var chipHours: Double? { periods.isEmpty ? nil : periods.map(\.chipHours).reduce(0, +) }
  /// Wall-clock hours over the periods run one after another, when every period gives one.
  public var wallClockHours: Double? {
    let hours = periods.compactMap(\.wallClockHours)
    return hours.isEmpty || hours.count != periods.count ? nil : hours.reduce(0, +)
  }
  /// Energy over every period, when every period's chip has a TDP.
  public var energyKWh: Double? {
    let energy = periods.compactMap(\.energyKWh)
    return energy.isEmpty || energy.count != periods.count ? nil : energy.reduce(0, +)
  }

  enum CodingKeys: String, CodingKey {
    case name, kind, flop, range, method, confidence, parts, warnings, periods, notes
    case isPlanned = "planned"
    case isPublic = "public"
    case includedInParameterUpdate = "included_in_parameter_update"
    case includedInCumulative = "included_in_cumulative"
    case includedInOriginalRun = "included_in_original_run"
    case exclusionReason = "exclusion_reason"
    case chipHours = "chip_hours"
    case wallClockHours = "wall_clock_hours"
    case energyKWh = "energy_kwh"
    case costUSD = "cost_usd"
    case costBasis = "cost_basis"
    case modelFile = "model_file"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(kind, forKey: .kind)
    try container.encode(isPlanned, forKey: .isPlanned)
    try container.encode(isPublic, forKey: .isPublic)
    try container.encode(flop, forKey: .flop)
    try container.encode(range, forKey: .range)
    try container.encode(method, forKey: .method)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(parts, forKey: .parts)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(includedInParameterUpdate, forKey: .includedInParameterUpdate)
    try container.encode(includedInCumulative, forKey: .includedInCumulative)
    try container.encode(includedInOriginalRun, forKey: .includedInOriginalRun)
    try container.encodeIfPresent(exclusionReason, forKey: .exclusionReason)
    try container.encode(periods, forKey: .periods)
    try container.encodeIfPresent(chipHours, forKey: .chipHours)
    try container.encodeIfPresent(wallClockHours, forKey: .wallClockHours)
    try container.encodeIfPresent(energyKWh, forKey: .energyKWh)
    try container.encodeIfPresent(costUSD, forKey: .costUSD)
    try container.encodeIfPresent(costBasis, forKey: .costBasis)
    try container.encodeIfPresent(modelFile, forKey: .modelFile)
    try container.encodeIfPresent(notes, forKey: .notes)
  }
}
