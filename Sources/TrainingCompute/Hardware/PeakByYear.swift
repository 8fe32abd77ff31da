/// The typical peak of a year's accelerators, for runs whose hardware is unknown (the seed
/// report's "average performance of GPU cards each year", derived from the catalog's own rows).
///
/// The rule: the catalog rows released in the year or the year before (hardware in use in a year
/// was mostly bought new then); when fewer than three, the window widens by a year on each side
/// until it holds three. Each row counts at its default precision (the 16-bit matrix peak where
/// it has one, as mixed-precision training uses, else TF32, else FP32); a row whose peak is only a
/// vendor's sparse figure (Cerebras) is left out. The typical peak is the median; the lowest and
/// highest bound the range.
public struct PeakByYear: Sendable, Equatable {
  public var year: Int
  /// The median default-precision peak of the rows used.
  public var typical: FLOPRate
  public var lowest: FLOPRate
  public var highest: FLOPRate
  /// The rows used, with the peak each contributed.
  public var rows: [(name: String, year: Int, precision: Precision, peak: FLOPRate)]
  /// The years the rows were taken from.
  public var window: ClosedRange<Int>

  /// The fewest rows the rule takes a median over.
  static let minimumRows = 3

  /// The typical peak for `year`, or an error when the catalog has no row near it.
  public init(year: Int, catalog: HardwareCatalog = .builtIn) throws(EstimateError) {
    let years = catalog.accelerators.map(\.releaseYear)
    guard let first = years.min(), let last = years.max(), (first - 5...last + 5).contains(year) else {
      throw .outOfRange(
        field: "year", value: String(year),
        allowed:
          "a year from \((years.min() ?? 0) - 5) to \((years.max() ?? 0) + 5), near the catalog's release years"
      )
    }
    var window = (year - 1)...year
    var chosen: [(name: String, year: Int, precision: Precision, peak: FLOPRate)] = []
    while true {
      chosen = catalog.accelerators.compactMap { chip in
        guard window.contains(chip.releaseYear), let choice = chip.defaultPrecision,
          !chip.isSparsePeak(choice.precision), let peak = chip.peaks[choice.precision]
        else { return nil }
        return (chip.name, chip.releaseYear, choice.precision, peak)
      }
      if chosen.count >= Self.minimumRows || (window.lowerBound <= first && window.upperBound >= last) {
        break
      }
      window = (window.lowerBound - 1)...(window.upperBound + 1)
    }
    let sorted = chosen.map(\.peak.value).sorted()
    guard !sorted.isEmpty else {
      throw .outOfRange(
        field: "year", value: String(year), allowed: "a year the catalog has accelerators near")
    }
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    self.year = year
    self.window = window
    self.rows = chosen
    typical = FLOPRate(median)
    lowest = FLOPRate(sorted[0])
    highest = FLOPRate(sorted[sorted.count - 1])
  }

  /// How the peak was chosen, in one sentence that names the rows.
  public var explanation: String {
    let list = rows.map { "\($0.name) (\($0.year), \($0.precision.displayName) \($0.peak.description))" }
    return
      "No chip known: took the median default-precision peak of the \(rows.count) catalog accelerators released \(window.lowerBound)–\(window.upperBound) (the year and the one before, widened until at least \(Self.minimumRows)): \(list.joined(separator: "; ")); median \(typical.description), lowest \(lowest.description), highest \(highest.description)."
  }

  public static func == (lhs: PeakByYear, rhs: PeakByYear) -> Bool {
    lhs.year == rhs.year && lhs.typical == rhs.typical && lhs.window == rhs.window
  }
}
