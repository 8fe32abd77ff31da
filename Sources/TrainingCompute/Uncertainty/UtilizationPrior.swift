/// The utilization to assume when a run does not report one: the spread of figures that real
/// runs of the same kind (and era) report. The only place `bestEstimate` reads the
/// reported-utilization table, so switching its source is one edit.
struct UtilizationPrior: Sendable, Equatable {
  /// The 5th-percentile, central and 95th-percentile utilization.
  var low: Double
  var median: Double
  var high: Double
  /// Where the figures come from.
  var source: String
  /// Whether the prior depends on the year (the era of the run).
  var usesYear = false

  /// The prior for a kind of model and a year.
  ///
  /// Until the reported-utilization table lands: the seed's recommendation (30 % for language
  /// models, 40 % for others) as the central value, and the 25 %–62 % real runs report (Sevilla
  /// et al. 2022, "Estimating Training Compute of Deep Learning Models", section 3) as the range.
  static func forRun(domain: HardwareUsage.Domain, year: Int?) -> UtilizationPrior {
    UtilizationPrior(
      low: HardwareUsage.observedUtilization.lowerBound, median: domain.defaultUtilization,
      high: HardwareUsage.observedUtilization.upperBound,
      source:
        "utilization reported by real runs, 25 %–62 %, centred on the seed's \(NumberFormatting.percent(domain.defaultUtilization)) for \(domain == .language ? "language models" : "other models") (Sevilla et al. 2022)"
    )
  }

  /// The prior as a spread around its central value.
  var spread: Spread {
    Spread(input: "utilization", fact: "utilization", low: low / median, high: high / median, source: source)
  }
}
