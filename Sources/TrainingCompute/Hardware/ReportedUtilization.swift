/// A utilization figure a real training run reported: the fraction of the chips' dense peak the
/// run sustained, as model FLOP (MFU) or hardware FLOP including recomputation (HFU).
public struct ReportedUtilization: Sendable, Codable, Equatable {
  /// Model FLOP utilization counts only the model's own operations; hardware FLOP utilization also
  /// counts the forward pass recomputed for activation checkpointing, so it is the larger.
  public enum Kind: String, Sendable, Codable { case mfu, hfu }

  /// The model (or benchmark configuration) the run trained.
  public var model: String
  /// The year the figure was published.
  public var year: Int
  /// The accelerator, as the catalog names it.
  public var hardware: String
  /// How many chips ran together, where the source says.
  public var chips: Int?
  /// The precision whose peak the figure is relative to (`bf16`, `fp16`, `fp8`), where known.
  public var precision: String?
  /// The reported figure as a fraction: 0.462 for 46.2 %.
  public var utilization: Double
  public var kind: Kind
  public var domain: HardwareUsage.Domain
  /// Where the figure comes from: paper, section or table, and how it was derived if it was.
  public var source: String

  public init(
    model: String, year: Int, hardware: String, chips: Int?, precision: String?, utilization: Double,
    kind: Kind, domain: HardwareUsage.Domain, source: String
  ) {
    self.model = model
    self.year = year
    self.hardware = hardware
    self.chips = chips
    self.precision = precision
    self.utilization = utilization
    self.kind = kind
    self.domain = domain
    self.source = source
  }
}

/// The spread of reported utilizations that a range is built from, with the rule that chose them.
public struct UtilizationSpread: Sendable, Equatable {
  public var low: Double
  public var median: Double
  public var high: Double
  /// The runs the spread is taken over.
  public var runs: [ReportedUtilization]
  /// Which runs were used and why, in one sentence.
  public var basis: String
}

/// The table of utilizations reported by real runs (the seed report's "GPU utilizations reported
/// in real experiments", rebuilt from the papers themselves).
public enum ReportedUtilizations {
  /// Every reported run, oldest first (see `ReportedUtilizations+Runs.swift` for the rows).
  public static let runs: [ReportedUtilization] = entries.sorted { ($0.year, $0.model) < ($1.year, $1.model) }

  /// The fewest runs a spread is taken over before the rule widens its selection.
  static let minimumRuns = 3
  /// Runs published within this many years of the asked year count as the same era.
  static let eraYears = 3

  /// The spread of reported figures for a kind of model (and optionally an era), with the runs used.
  public static func spread(
    domain: HardwareUsage.Domain, year: Int?
  ) -> (low: Double, median: Double, high: Double, runs: [ReportedUtilization]) {
    let result = spreadWithBasis(domain: domain, year: year)
    return (result.low, result.median, result.high, result.runs)
  }

  /// The spread and the sentence saying which runs it covers. The rule: only MFU figures (method 2
  /// multiplies a peak by a utilization to get *model* FLOP, and HFU overstates that); runs of the
  /// same kind of model published within three years of `year`; when fewer than three runs remain,
  /// every year; when still fewer than three, every kind of model.
  public static func spreadWithBasis(domain: HardwareUsage.Domain, year: Int?) -> UtilizationSpread {
    guard year == nil else { return selectedSpread(domain: domain, year: year) }
    switch domain {
    case .language: return languageSpread
    case .other: return otherSpread
    }
  }

  /// The spreads over every year, taken once: every hardware-time estimate without a year asks
  /// for one, and the table does not change.
  private static let languageSpread = selectedSpread(domain: .language, year: nil)
  private static let otherSpread = selectedSpread(domain: .other, year: nil)

  /// `spreadWithBasis`, worked out from the table.
  private static func selectedSpread(domain: HardwareUsage.Domain, year: Int?) -> UtilizationSpread {
    let mfu = runs.filter { $0.kind == .mfu }
    let sameDomain = mfu.filter { $0.domain == domain }
    let domainText = domain == .language ? "language-model" : "non-language-model"
    var chosen: [ReportedUtilization]
    var basis: String
    if let year, case let era = sameDomain.filter({ abs($0.year - year) <= eraYears }),
      era.count >= minimumRuns
    {
      chosen = era
      basis =
        "the \(era.count) \(domainText) runs published \(year - eraYears)–\(year + eraYears) that report MFU"
    } else if sameDomain.count >= minimumRuns {
      chosen = sameDomain
      basis = "the \(sameDomain.count) \(domainText) runs that report MFU"
      if let year { basis += " (fewer than \(minimumRuns) from within \(eraYears) years of \(year))" }
    } else {
      chosen = mfu
      basis =
        "all \(mfu.count) runs that report MFU (fewer than \(minimumRuns) \(domainText) runs report one)"
    }
    let values = chosen.map(\.utilization).sorted()
    let middle = values.count / 2
    let median = values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    basis += " (see `trainflops hardware utilization`)"
    return UtilizationSpread(
      low: values.first ?? 0, median: median, high: values.last ?? 0, runs: chosen, basis: basis)
  }
}
