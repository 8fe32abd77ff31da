/// Method 2, hardware time: training time × chips × peak FLOP/s × utilization
/// (Sevilla et al. 2022; OpenAI, "AI and Compute", 2018).
public struct HardwareUsage: Sendable, Equatable {
  /// The kind of model, which picks the default utilization.
  public enum Domain: String, Sendable, Equatable, CaseIterable, Codable {
    case language, other

    /// The seed's recommendation: 30 % for large language models, 40 % for other models.
    public var defaultUtilization: Double { self == .language ? 0.30 : 0.40 }

    /// Reads `language`/`llm`/`lm` or `other`.
    public init(parsing text: String) throws(EstimateError) {
      switch text.lowercased().trimmingWhitespace() {
      case "language", "llm", "lm", "nlp": self = .language
      case "other", "vision", "cv", "rl", "speech": self = .other
      default: throw .unknownOption(field: "domain", value: text, allowed: ["language", "other"])
      }
    }
  }

  /// Where the peak FLOP/s comes from.
  public enum Peak: Sendable, Equatable {
    /// A catalog chip at a precision; `nil` picks the chip's default precision.
    case accelerator(Accelerator, precision: Precision?)
    /// A peak given directly, per chip.
    case rate(FLOPRate)
    /// Hardware unknown: the typical peak of the year's accelerators (speculative).
    case byYear(PeakByYear)
  }

  /// How long the chips ran.
  public enum Time: Sendable, Equatable {
    /// Wall-clock training time for `chips` chips running together.
    case wallClock(Seconds, chips: Int)
    /// Total chip time (chip-hours × 3600 s); `chips`, if known, only derives the wall-clock time.
    case chipTime(Seconds, chips: Int?)
  }

  /// Where the domain came from: the user, the other inputs (tokens, a transformer), or the default.
  public enum DomainBasis: Sendable, Equatable {
    case given
    /// Inferred, with the reason ("--tokens was given").
    case inferred(String)
    case defaulted
  }

  public var peak: Peak
  public var time: Time
  /// Fraction of peak sustained on average, in (0, 1]; `nil` means the domain's default.
  public var utilization: Double?
  public var domain: Domain
  /// How the count was read: unit conversions (8 DGX B200 → 64 GPUs), cores, per-device rows.
  public var countNotes: [String] = []
  /// Whether `domain` was given, inferred or defaulted.
  public var domainBasis: DomainBasis = .defaulted
  /// The year of the run, when known: narrows the reported utilizations the range is built from.
  public var year: Int?

  public init(peak: Peak, time: Time, utilization: Double? = nil, domain: Domain = .other) {
    self.peak = peak
    self.time = time
    self.utilization = utilization
    self.domain = domain
  }

  /// Checks every input, naming the one that is wrong; `fieldPrefix` (`--` on the command line)
  /// goes before each input's name in the error.
  public func validate(fieldPrefix: String = "") throws(EstimateError) {
    if case .rate(let rate) = peak { try Validate.positive(rate.value, field: fieldPrefix + "peak") }
    switch time {
    case .wallClock(let seconds, let chips):
      try Validate.positive(seconds.value, field: fieldPrefix + "time")
      try Validate.positive(Double(chips), field: fieldPrefix + "count")
    case .chipTime(let seconds, let chips):
      try Validate.positive(seconds.value, field: fieldPrefix + "chip-hours")
      if let chips { try Validate.positive(Double(chips), field: fieldPrefix + "count") }
    }
    if let utilization {
      try Validate.within(
        utilization, 0...1, field: fieldPrefix + "utilization",
        allowed: "a fraction above 0 and at most 1 (or a percentage up to 100%)")
      try Validate.positive(utilization, field: fieldPrefix + "utilization")
    }
  }

  /// The resolved peak per chip and the precision (with the note on how it was chosen).
  public func resolvedPeak() throws(EstimateError) -> (rate: FLOPRate, precision: Precision?, note: String?) {
    switch peak {
    case .rate(let rate): return (rate, nil, nil)
    case .byYear(let byYear): return (byYear.typical, nil, nil)
    case .accelerator(let chip, let precision?): return (try chip.peak(for: precision), precision, nil)
    case .accelerator(let chip, nil):
      guard !chip.peaks.isEmpty else {
        throw .missingInput(
          field: "peak",
          expected:
            "the chip's peak FLOP/s instead of the hardware name, or the year of the run, since \(chip.name) has no published peak"
        )
      }
      guard let choice = chip.defaultPrecision else {
        throw .missingInput(
          field: "precision",
          expected:
            "one of \(chip.availablePrecisions.map(\.rawValue).joined(separator: ", ")) for \(chip.name)")
      }
      return (try chip.peak(for: choice.precision), choice.precision, choice.reason)
    }
  }

  /// Chip-seconds: wall-clock time × chips, or the chip time given.
  public var chipSeconds: Seconds {
    switch time {
    case .wallClock(let seconds, let chips): return seconds * Double(chips)
    case .chipTime(let seconds, _): return seconds
    }
  }

  /// What the chips could have done at 100 % utilization: chip time × peak.
  public func capacity() throws(EstimateError) -> FLOPs {
    try validate()
    return try resolvedPeak().rate * chipSeconds
  }

  /// The estimate, or the first invalid input.
  public func estimate() throws(EstimateError) -> Estimate {
    try validate()
    let (rate, precision, precisionNote) = try resolvedPeak()
    let fraction = utilization ?? domain.defaultUtilization
    let total = rate * chipSeconds * fraction
    let spread = ReportedUtilizations.spreadWithBasis(domain: domain, year: year)

    // Room for every assumption and input appended below, so the arrays are not regrown.
    var assumptions: [String] = []
    assumptions.reserveCapacity(6)
    assumptions.append("Peak FLOP/s is the dense (no sparsity) per-chip figure, used unrounded.")
    assumptions.append("Training FLOP = chip time × peak FLOP/s × utilization.")
    if let precisionNote {
      assumptions.append(("Assuming \(precisionNote)." as Sentence).text)
    }
    switch domainBasis {
    case .given: break
    case .inferred(let reason):
      assumptions.append(("Assuming a \(domainText) (\(reason))." as Sentence).text)
    case .defaulted:
      assumptions.append(("Assuming a \(domainText) (no domain given)." as Sentence).text)
    }
    if utilization == nil {
      assumptions.append(
        "Assuming \(NumberFormatting.percent(fraction)) utilization (default for \(domainPlural)): the seed recommends 30 % for large language models and 40 % for other models; reported MFU spans \(NumberFormatting.percent(spread.low))–\(NumberFormatting.percent(spread.high)) (median \(NumberFormatting.percent(spread.median))) over \(spread.basis)."
      )
    }
    var inputs: [EstimateInput] = []
    inputs.reserveCapacity(7)
    switch peak {
    case .accelerator(let chip, _):
      inputs.append(
        .text(
          "hardware", chip.name,
          meaning: ("accelerator, from the built-in catalog (source: \(chip.source))" as Sentence).text))
      if let precision {
        inputs.append(
          .text(
            "precision", precision.rawValue, isDefault: precisionNote != nil,
            meaning: "number format of the peak used"))
      }
      inputs.append(
        .number(
          "peak", rate.value, isDefault: precisionNote != nil,
          meaning: "dense peak FLOP/s per chip, from the catalog at the precision used"))
    case .rate:
      inputs.append(.number("peak", rate.value, meaning: "peak FLOP/s per chip"))
    case .byYear(let byYear):
      inputs.append(.text("year", String(byYear.year), meaning: "year of the run; picks the typical peak"))
      inputs.append(
        .number(
          "peak", rate.value, isDefault: true,
          meaning:
            "typical peak FLOP/s of the accelerators of \(byYear.window.lowerBound)–\(byYear.window.upperBound) (speculative)"
        ))
      assumptions.append("Assuming the typical peak of the year's accelerators. " + byYear.explanation)
    }
    switch time {
    case .wallClock(let seconds, let chips):
      inputs.append(.number("count", Double(chips), meaning: "chips counted, running together"))
      inputs.append(.number("hours", seconds.hours, meaning: "wall-clock training time in hours"))
    case .chipTime(let seconds, let chips):
      inputs.append(.number("chip-hours", seconds.hours, meaning: "total chip time in chip-hours"))
      if let chips {
        inputs.append(.number("count", Double(chips), meaning: "chips counted, running together"))
      }
    }
    inputs.append(
      .number(
        "utilization", fraction, isDefault: utilization == nil,
        meaning: "fraction of peak sustained on average"))
    inputs.append(
      .text(
        "domain", domain.rawValue, isDefault: domainBasis != .given,
        meaning: domainMeaning))

    var warnings = countNotes
    if let utilization, !(spread.low...spread.high).contains(utilization) {
      warnings.append(
        "Utilization \(NumberFormatting.percent(utilization)) lies outside the \(NumberFormatting.percent(spread.low))–\(NumberFormatting.percent(spread.high)) MFU that real runs report (\(spread.basis))."
      )
    }
    warnings += precisionWarnings(precision: precision)
    var range: Estimate.Range? =
      utilization == nil
      ? Estimate.Range(
        low: rate * chipSeconds * spread.low,
        high: rate * chipSeconds * spread.high,
        basis:
          "utilization from \(NumberFormatting.percent(spread.low)) to \(NumberFormatting.percent(spread.high)), the lowest and highest MFU reported by \(spread.basis)"
      )
      : nil
    if case .byYear(let byYear) = peak {
      // Speculative: the peak itself is unknown, so the range spans the year's slowest to fastest
      // chip as well as the utilization.
      let low = utilization ?? spread.low
      let high = utilization ?? spread.high
      warnings.append(
        "Speculative: the hardware is unknown, so the peak is the median of \(byYear.window.lowerBound)–\(byYear.window.upperBound) accelerators and the range spans their lowest to highest peak (\(byYear.lowest.description) to \(byYear.highest.description))."
      )
      range = Estimate.Range(
        low: byYear.lowest * chipSeconds * low, high: byYear.highest * chipSeconds * high,
        basis:
          "peak from \(byYear.lowest.description) to \(byYear.highest.description) (the catalog's \(byYear.window.lowerBound)–\(byYear.window.upperBound) accelerators) × utilization from \(NumberFormatting.percent(low)) to \(NumberFormatting.percent(high))\(utilization == nil ? " (reported MFU: \(spread.basis))" : "")"
      )
    }
    return try Estimate(
      method: .hardwareTime, totalFLOP: total,
      formula: "training time × chips × peak FLOP/s × utilization",
      inputs: inputs, assumptions: assumptions, warnings: warnings, range: range,
      summary: summary(total: total, rate: rate, precision: precision, utilization: fraction)
    ).representable()
  }

  private var domainText: String {
    domain == .language ? "language model" : "model other than a language model"
  }

  private var domainPlural: String {
    domain == .language ? "language models" : "models other than language models"
  }

  private var domainMeaning: String {
    switch domainBasis {
    case .given: return "picks the default utilization"
    case .inferred(let reason): return "inferred (\(reason)); picks the default utilization"
    case .defaulted: return "not given: defaulted; picks the default utilization"
    }
  }

  /// Warnings when the peak's precision is unlikely to be what training ran at.
  private func precisionWarnings(precision: Precision?) -> [String] {
    guard case .accelerator(let chip, _) = peak, let precision else { return [] }
    var warnings: [String] = []
    if chip.isSparsePeak(precision) {
      warnings.append(
        "\(chip.name)'s \(precision.displayName) peak is the vendor's with-sparsity figure (no dense peak is published): dense training reaches at most a fraction of it, so the estimate is an upper bound."
      )
    }
    if [.fp8, .fp6, .fp4, .int8].contains(precision) {
      warnings.append(
        "The \(precision.displayName) peak is used: few runs train end to end in \(precision.displayName) (even FP8 runs keep parts in BF16), so the estimate may be up to 2× too high; name --precision bf16 unless the run reports \(precision.displayName) training."
      )
    }
    // A run before 2018 (its year if given, else a chip older than Volta's tensor cores).
    let early = year.map { $0 < 2018 } ?? (chip.releaseYear < 2017)
    if early, precision != .fp32, chip.peaks[.fp32] != nil {
      warnings.append(
        "A run \(year.map { "in \($0)" } ?? "on \(chip.name) (\(chip.releaseYear))") may have trained in FP32 rather than \(precision.displayName): mixed precision became common from 2018; with FP32 the estimate is \(NumberFormatting.scientific((chip.peaks[.fp32]?.value ?? 0) / (chip.peaks[precision]?.value ?? 1)))× this one."
      )
    }
    return warnings
  }

  private func summary(total: FLOPs, rate: FLOPRate, precision: Precision?, utilization: Double) -> String {
    let chipText: Sentence
    switch peak {
    case .accelerator(let chip, let chosen):
      let article = chosen == nil ? "assuming the" : "at the"
      chipText =
        "\(chip.name) chips \(article) \(precision?.displayName ?? "") peak of \(rate.description) each"
    case .rate: chipText = "chips with a peak of \(rate.description) each"
    case .byYear(let byYear):
      chipText =
        "chips of \(String(byYear.year)), assuming that year's typical peak of \(rate.description) each"
    }
    let timeText: Sentence
    switch time {
    case .wallClock(let seconds, let chips):
      timeText = "on \(NumberFormatting.plain(Double(chips))) \(chipText) for \(seconds.description)"
    case .chipTime(let seconds, let chips):
      let count = chips.map { " (\(NumberFormatting.plain(Double($0))) chips counted)" } ?? ""
      timeText = "for \(NumberFormatting.plain(seconds.hours)) chip-hours\(count) on \(chipText)"
    }
    let sentence: Sentence =
      "Our model was trained \(timeText) \(self.utilization == nil ? "assuming" : "at") \(NumberFormatting.percent(utilization)) utilization, and in total used \(total.description) (\(NumberFormatting.scientific(total.petaFLOPDays)) PF-days) during training."
    return sentence.text
  }

}
