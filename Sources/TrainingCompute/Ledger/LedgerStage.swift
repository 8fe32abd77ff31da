/// One stage of a model's development: its kind and how its compute is known.
public struct LedgerStage: Sendable, Equatable {
  /// How the stage's compute is known.
  public enum Source: Sendable, Equatable {
    /// The facts `trainflops estimate` takes (field name → text as typed, e.g. `params: 70B`).
    case facts([String: String])
    /// A figure reported by whoever ran the stage, optionally with its low and high ends.
    case reported(flop: Double, low: Double?, high: Double?)
  }

  /// The stage's name, unique in its ledger.
  public var name: String
  public var kind: StageKind
  public var source: Source
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
    name: String, kind: StageKind, source: Source, periods: [[String: String]] = [], isPlanned: Bool = false,
    isPublic: Bool = false, modelFile: String? = nil, costUSD: Double? = nil, chipHourPriceUSD: Double? = nil,
    notes: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.source = source
    self.periods = periods
    self.isPlanned = isPlanned
    self.isPublic = isPublic
    self.modelFile = modelFile
    self.costUSD = costUSD
    self.chipHourPriceUSD = chipHourPriceUSD
    self.notes = notes
  }
}
