/// A whole model's development, stage by stage: what a compliance report is computed from.
public struct Ledger: Sendable, Equatable {
  /// The compute of the model this one modifies, for the EU downstream-modifier test.
  public enum OriginalModel: Sendable, Equatable {
    /// The original's training compute in FLOP.
    case flop(Double)
    /// Unknown and not estimable; whether the original has systemic risk picks the fallback.
    case unknown(hasSystemicRisk: Bool)
  }

  /// The model's name.
  public var model: String
  /// For a downstream modification, the original model's compute.
  public var originalModel: OriginalModel?
  /// The planned or actual start of the large pre-training run (ISO 8601 date).
  public var start: CalendarDate?
  /// Power usage effectiveness of the data centre; nil uses ``Ledger/defaultPUE``.
  public var powerUsageEffectiveness: Double?
  /// Price of one chip-hour in US dollars, for stages that give none.
  public var chipHourPriceUSD: Double?
  /// The compute cost of training in US dollars, when known as a whole.
  public var totalCostUSD: Double?
  /// The stages, in the order they were run.
  public var stages: [LedgerStage]

  public init(
    model: String, originalModel: OriginalModel? = nil, start: CalendarDate? = nil,
    powerUsageEffectiveness: Double? = nil, chipHourPriceUSD: Double? = nil, totalCostUSD: Double? = nil,
    stages: [LedgerStage]
  ) {
    self.model = model
    self.originalModel = originalModel
    self.start = start
    self.powerUsageEffectiveness = powerUsageEffectiveness
    self.chipHourPriceUSD = chipHourPriceUSD
    self.totalCostUSD = totalCostUSD
    self.stages = stages
  }

  /// The PUE assumed when a ledger gives none, with its source.
  public static let defaultPUE = (
    value: 1.58,
    source:
      "Uptime Institute Global Data Center Survey 2023: average annual PUE 1.58 (hyperscale operators report about 1.1)"
  )
}
