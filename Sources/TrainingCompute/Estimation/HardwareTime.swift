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
  }

  /// How long the chips ran.
  public enum Time: Sendable, Equatable {
    /// Wall-clock training time for `chips` chips running together.
    case wallClock(Seconds, chips: Int)
    /// Total chip time (chip-hours × 3600 s); `chips`, if known, only derives the wall-clock time.
    case chipTime(Seconds, chips: Int?)
  }

  /// Utilization observed in real runs, per the seed's calculator: 25 % to 62 %.
  public static let observedUtilization = 0.25...0.62

  public var peak: Peak
  public var time: Time
  /// Fraction of peak sustained on average, in (0, 1]; `nil` means the domain's default.
  public var utilization: Double?
  public var domain: Domain

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
    case .accelerator(let chip, let precision?): return (try chip.peak(for: precision), precision, nil)
    case .accelerator(let chip, nil):
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

    var assumptions = [
      "Peak FLOP/s is the dense (no sparsity) per-chip figure, used unrounded.",
      "Training FLOP = chip time × peak FLOP/s × utilization.",
    ]
    if let precisionNote {
      assumptions.append(precisionNote.prefix(1).uppercased() + precisionNote.dropFirst() + ".")
    }
    if utilization == nil {
      assumptions.append(
        "Utilization \(NumberFormatting.percent(fraction)) (default for \(domain == .language ? "language models" : "models other than language models")): the seed recommends 30 % for large language models and 40 % for other models; real runs show 25 % to 62 %."
      )
    }
    var inputs: [EstimateInput] = []
    switch peak {
    case .accelerator(let chip, _):
      inputs.append(
        .text(
          "hardware", chip.name, meaning: "accelerator, from the built-in catalog (source: \(chip.source))"))
      if let precision {
        inputs.append(
          .text(
            "precision", precision.rawValue, isDefault: precisionNote != nil,
            meaning: "number format of the peak used"))
      }
      inputs.append(
        .number("peak", rate.value, isDefault: true, meaning: "dense peak FLOP/s per chip, from the catalog"))
    case .rate:
      inputs.append(.number("peak", rate.value, meaning: "peak FLOP/s per chip"))
    }
    switch time {
    case .wallClock(let seconds, let chips):
      inputs.append(.number("count", Double(chips), meaning: "chips running together"))
      inputs.append(.number("hours", seconds.hours, meaning: "wall-clock training time in hours"))
    case .chipTime(let seconds, let chips):
      inputs.append(.number("chip-hours", seconds.hours, meaning: "total chip time in chip-hours"))
      if let chips { inputs.append(.number("count", Double(chips), meaning: "chips running together")) }
    }
    inputs.append(
      .number(
        "utilization", fraction, isDefault: utilization == nil,
        meaning: "fraction of peak sustained on average"))
    inputs.append(
      .text(
        "domain", domain.rawValue, isDefault: utilization != nil, meaning: "picks the default utilization"))

    var warnings: [String] = []
    if let utilization, !Self.observedUtilization.contains(utilization) {
      warnings.append(
        "Utilization \(NumberFormatting.percent(utilization)) lies outside the 25 %–62 % that real training runs report."
      )
    }
    let range: Estimate.Range? =
      utilization == nil
      ? Estimate.Range(
        low: rate * chipSeconds * Self.observedUtilization.lowerBound,
        high: rate * chipSeconds * Self.observedUtilization.upperBound,
        basis: "utilization from 25 % to 62 %, the range real runs report (Sevilla et al. 2022)")
      : nil
    return Estimate(
      method: .hardwareTime, totalFLOP: total,
      formula: "training time × chips × peak FLOP/s × utilization",
      inputs: inputs, assumptions: assumptions, warnings: warnings, range: range,
      summary: summary(total: total, rate: rate, precision: precision, utilization: fraction))
  }

  private func summary(total: FLOPs, rate: FLOPRate, precision: Precision?, utilization: Double) -> String {
    let chipText: String
    switch peak {
    case .accelerator(let chip, _):
      chipText = "\(chip.name) at a \(precision?.displayName ?? "") peak of \(rate.description) each"
    case .rate: chipText = "chips with a peak of \(rate.description) each"
    }
    let timeText: String
    switch time {
    case .wallClock(let seconds, let chips):
      timeText = "on \(NumberFormatting.plain(Double(chips))) \(chipText) for \(seconds.description)"
    case .chipTime(let seconds, let chips):
      let count = chips.map { " (\(NumberFormatting.plain(Double($0))) chips)" } ?? ""
      timeText = "for \(NumberFormatting.plain(seconds.hours)) chip-hours\(count) on \(chipText)"
    }
    return
      "Our model was trained \(timeText) at \(NumberFormatting.percent(utilization)) utilization, and in total used \(total.description) (\(NumberFormatting.scientific(total.petaFLOPDays)) PF-days) during training."
  }
}
