/// One stage of a model's development: its kind and the facts its compute is estimated from.
public struct LedgerStage: Sendable, Equatable {
  /// The stage's name, unique in its ledger.
  public var name: String
  public var kind: StageKind
  /// The facts `trainflops estimate` takes (field name → text as typed, e.g. `params: 70B`), plus
  /// the kind's own facts (`rollout-tokens` …); `reported-flop` for a figure taken as reported.
  public var facts: [String: String]
  /// Hardware periods (mixed fleets, changing chip counts): each the hardware facts of one period.
  public var periods: [[String: String]]
  /// A forecast from the planned allocation rather than a record of what ran.
  public var isPlanned: Bool
  /// Synthetic data that is publicly available (need not be counted).
  public var isPublic: Bool
  /// The model file read for a layer-by-layer count, if any (named in the provenance).
  public var modelFile: String?
  /// The cost of the stage in US dollars, when known.
  public var costUSD: Double?
  /// The price of one chip-hour for this stage in US dollars.
  public var chipHourPriceUSD: Double?
  /// Free text shown with the stage.
  public var notes: String?

  public init(
    name: String, kind: StageKind, facts: [String: String], periods: [[String: String]] = [],
    isPlanned: Bool = false,
    isPublic: Bool = false, modelFile: String? = nil, costUSD: Double? = nil, chipHourPriceUSD: Double? = nil,
    notes: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.facts = facts
    self.periods = periods
    self.isPlanned = isPlanned
    self.isPublic = isPublic
    self.modelFile = modelFile
    self.costUSD = costUSD
    self.chipHourPriceUSD = chipHourPriceUSD
    self.notes = notes
  }
}
