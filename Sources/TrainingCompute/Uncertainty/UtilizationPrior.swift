/// The utilization to assume when a run does not report one: the spread of MFU figures that real
/// runs of the same kind (and era) report, from the reported-utilization table. The only place
/// `bestEstimate` reads that table.
struct UtilizationPrior: Sendable, Equatable {
  /// The lowest, median and highest reported utilization of the runs chosen.
  var low: Double
  var median: Double
  var high: Double
  /// Which runs, in words.
  var source: String
  /// Whether the era (the year given) picked the runs.
  var usesYear: Bool

  /// The prior for a kind of model and a year: the median of the reported MFU figures as the
  /// central value, the lowest and highest as the 90 % bounds
  /// (`ReportedUtilizations.spreadWithBasis(domain:year:)`).
  static func forRun(domain: HardwareUsage.Domain, year: Int?) -> UtilizationPrior {
    if let year, let cached = cache[Key(domain: domain, year: year)] { return cached }
    if year == nil, let cached = cache[Key(domain: domain, year: nil)] { return cached }
    return computed(domain: domain, year: year)
  }

  private struct Key: Hashable {
    var domain: HardwareUsage.Domain
    var year: Int?
  }

  /// Every prior for the years a run may give, computed once: batches ask for the same few.
  private static let cache: [Key: UtilizationPrior] = {
    var cache: [Key: UtilizationPrior] = [:]
    for domain in HardwareUsage.Domain.allCases {
      for year in [nil] + (1950...2100).map(Optional.some) {
        cache[Key(domain: domain, year: year)] = computed(domain: domain, year: year)
      }
    }
    return cache
  }()

  private static func computed(domain: HardwareUsage.Domain, year: Int?) -> UtilizationPrior {
    let spread = ReportedUtilizations.spreadWithBasis(domain: domain, year: year)
    let usesYear = year != nil && spread.basis.contains("published")
    return UtilizationPrior(
      low: spread.low, median: spread.median, high: spread.high,
      source:
        "MFU reported by \(spread.basis): lowest \(NumberFormatting.percent(spread.low)), median \(NumberFormatting.percent(spread.median)), highest \(NumberFormatting.percent(spread.high))",
      usesYear: usesYear)
  }

  /// The prior as a spread around its central value.
  var spread: Spread {
    Spread(
      input: "utilization (not given)", fact: "utilization", low: low / median, high: high / median,
      source: source)
  }
}
