/// The inputs of method 2 as people type them (`30d`, `40%`, `'H100 SXM'`), named like the CLI's
/// long flags. The CLI's options and the API's request bodies both fill one of these and call
/// `hardwareUsage()`, so the two read input by the same rules.
public struct HardwareInputs: Sendable, Equatable {
  /// Accelerator from the catalog.
  public var hardware: String?
  /// Peak FLOP/s per chip, instead of `hardware`.
  public var peak: String?
  /// Precision of the peak.
  public var precision: String?
  /// Number of chips (or of the units `hardware` names: systems, superchips, boards) running together.
  public var count: String?
  /// Number of TPU cores running together, instead of `count` (2 cores per TPU v2/v3 chip).
  public var cores: String?
  /// Wall-clock training time with a unit: `355h`, `14.8d`.
  public var time: String?
  /// Wall-clock training time in hours.
  public var hours: String?
  /// Wall-clock training time in days.
  public var days: String?
  /// Total chip time in chip-hours.
  public var chipHours: String?
  /// Fraction of peak sustained: `0.4` or `40%`.
  public var utilization: String?
  /// Kind of model, which picks the default utilization.
  public var domain: String?
  /// Year of the run: with no chip (or one the catalog lacks) picks the year's typical peak; it
  /// also narrows the reported utilizations the range comes from.
  public var year: String?
  /// Several periods of a mixed fleet or a changing count, one per line (or `;`-separated), each
  /// `hardware=…, count=…, days=…`; instead of the single-period fields.
  public var periods: String?
  /// Put before every field name in error sentences: `"--"` for the CLI, `""` for the API.
  public var fieldPrefix: String

  /// The field names, in the order the CLI lists its flags.
  public static let fieldNames = [
    "hardware", "peak", "precision", "count", "cores", "time", "hours", "days", "chip-hours", "utilization",
    "domain", "year", "periods",
  ]

  /// Inputs with every field empty; `fieldPrefix` labels fields in error sentences.
  public init(fieldPrefix: String = "") { self.fieldPrefix = fieldPrefix }

  /// The text given for the field called `name` (one of `fieldNames`), read or written.
  public subscript(field name: String) -> String? {
    get {
      switch name {
      case "hardware": hardware
      case "peak": peak
      case "precision": precision
      case "count": count
      case "cores": cores
      case "time": time
      case "hours": hours
      case "days": days
      case "chip-hours": chipHours
      case "utilization": utilization
      case "domain": domain
      case "year": year
      case "periods": periods
      default: nil
      }
    }
    set {
      switch name {
      case "hardware": hardware = newValue
      case "peak": peak = newValue
      case "precision": precision = newValue
      case "count": count = newValue
      case "cores": cores = newValue
      case "time": time = newValue
      case "hours": hours = newValue
      case "days": days = newValue
      case "chip-hours": chipHours = newValue
      case "utilization": utilization = newValue
      case "domain": domain = newValue
      case "year": year = newValue
      case "periods": periods = newValue
      default: break
      }
    }
  }

  /// The method-2 estimate: of the periods when `periods` is given, else of the one usage.
  public func estimate(catalog: HardwareCatalog = .builtIn) throws(EstimateError) -> Estimate {
    guard let periods else { return try hardwareUsage(catalog: catalog).estimate() }
    let single = HardwareFleet.periodFields.filter { self[field: $0] != nil }
    if !single.isEmpty { throw .conflictingInputs([label("period")] + single.map(label)) }
    return try HardwareFleet.parse(periods, shared: self, catalog: catalog).estimate()
  }

  /// The method-2 inputs as a core value, or the error naming the first bad field.
  public func hardwareUsage(catalog: HardwareCatalog = .builtIn) throws(EstimateError) -> HardwareUsage {
    if periods != nil {
      throw .outOfRange(
        field: label("period"), value: "several periods",
        allowed: "a single period here (compare takes one hardware, count and time)")
    }
    let runYear = try year.map { text throws(EstimateError) in try Self.year(text, field: label("year")) }
    var notes: [String] = []
    let (peakSource, resolved) = try peakSource(catalog: catalog, year: runYear, notes: &notes)
    let chips = try chipCount(resolved: resolved, notes: &notes)
    var time = try span(chips: chips)
    if case .chipTime(let seconds, let chips) = time, let unit = resolved?.unit {
      // Hours of a system or superchip are hours of each of its chips.
      time = .chipTime(seconds * unit.chipsPerUnit, chips: chips)
      if count == nil, let resolved {
        notes.append(
          "'\(unit.name)' holds \(NumberFormatting.plain(unit.chipsPerUnit)) \(resolved.accelerator.name) chips: \(label("chip-hours")) was taken as \(unit.name)-hours and multiplied by \(NumberFormatting.plain(unit.chipsPerUnit)) (\(unit.source))."
        )
      }
    }
    if let note = resolved?.accelerator.countingNote, resolved?.unit == nil { notes.append(note) }
    if let hardware, let chip = resolved?.accelerator, resolved?.unit == nil {
      notes += Self.variantNote(for: hardware, chip: chip, precision: precision, catalog: catalog)
    }
    var usage = HardwareUsage(
      peak: peakSource, time: time,
      utilization: try utilization.map { text throws(EstimateError) in
        try Self.fraction(text, field: label("utilization"))
      },
      domain: try domain.map { text throws(EstimateError) in try HardwareUsage.Domain(parsing: text) }
        ?? .other)
    usage.countNotes = notes
    if domain != nil { usage.domainBasis = .given }
    usage.year = runYear
    try usage.validate(fieldPrefix: fieldPrefix)
    return usage
  }

  /// Chips running together: `count` units converted to chips (a DGX B200 holds 8), or `cores`
  /// converted by the chip's cores per chip; each conversion is said in `notes`.
  private func chipCount(resolved: ResolvedHardware?, notes: inout [String]) throws(EstimateError) -> Int? {
    if count != nil, cores != nil { throw .conflictingInputs([label("count"), label("cores")]) }
    if let cores {
      let value = try Validate.positiveCount(
        try NumberInput.parse(cores, field: label("cores")), field: label("cores"))
      guard let resolved else {
        throw .missingInput(
          field: label("hardware"), expected: "a TPU from the catalog to convert \(label("cores")) to chips")
      }
      let perChip: Int
      if let unit = resolved.unit, unit.kind == .core {
        perChip = Int((1 / unit.chipsPerUnit).rounded())
      } else if let chipCores = resolved.accelerator.coresPerChip {
        perChip = chipCores
      } else {
        throw .outOfRange(
          field: label("cores"), value: cores,
          allowed:
            "a count of TPU v2 or v3 cores (\(resolved.accelerator.name) is counted in chips: use \(label("count")))"
        )
      }
      guard value % perChip == 0 else {
        throw .outOfRange(
          field: label("cores"), value: cores,
          allowed: "a multiple of \(perChip), the cores per \(resolved.accelerator.name) chip")
      }
      notes.append(
        "Counted \(value) cores as \(value / perChip) \(resolved.accelerator.name) chips (\(perChip) TensorCores per chip)."
      )
      return value / perChip
    }
    guard let count else { return nil }
    let units = try NumberInput.parse(count, field: label("count"))
    guard let resolved, let unit = resolved.unit else {
      return try Validate.positiveCount(units, field: label("count"))
    }
    let chips = units * unit.chipsPerUnit
    guard chips.isFinite, chips >= 1, chips == chips.rounded(), chips < 9.0e15 else {
      throw .outOfRange(
        field: label("count"), value: count,
        allowed:
          "a number of \(unit.name) units that makes a whole number of chips (\(NumberFormatting.plain(unit.chipsPerUnit)) chips each)"
      )
    }
    if let note = resolved.conversion(count: units) { notes.append(note) }
    return Int(chips)
  }

  /// Reads `0.4` or `40%`; a bare number above 1 is refused rather than guessed at.
  public static func fraction(_ text: String, field: String) throws(EstimateError) -> Double {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasSuffix("%") {
      let percent = try NumberInput.parse(String(trimmed.dropLast()), field: field)
      try Validate.within(
        percent, 0...100, field: field, allowed: "a percentage above 0% and at most 100%, such as 40%")
      return percent / 100
    }
    let value = try NumberInput.parse(trimmed, field: field)
    try Validate.within(
      value, 0...1, field: field,
      allowed: "a fraction above 0 and at most 1 such as 0.4, or a percentage such as 40%")
    return value
  }

  private func label(_ name: String) -> String { fieldPrefix + name }

  /// For an ambiguous name (`H100`), which variant it resolved to and what the others would give
  /// at the same precision.
  static func variantNote(
    for name: String, chip: Accelerator, precision: String?, catalog: HardwareCatalog
  ) -> [String] {
    // Most names have no variants: that is looked up before the precision is worked out.
    let variants = catalog.alternatives(for: name)
    guard !variants.isEmpty else { return [] }
    let chosen = (try? precision.map { text throws(EstimateError) in try Precision(parsing: text) }) ?? nil
    guard let used = chosen ?? chip.defaultPrecision?.precision, let peak = chip.peaks[used] else {
      return []
    }
    // Variants with the same peak (the A100's 40 and 80 GB parts) change nothing: not worth a word.
    let others = variants.filter { $0.peaks[used] != peak }
    guard !others.isEmpty else { return [] }
    let alternatives = others.map { other in
      "\(other.name) \(other.peaks[used]?.description ?? "no \(used.displayName) peak")"
    }
    return [
      "'\(name)' has several variants: used \(chip.name) (\(used.displayName) \(peak.description)); the others give \(alternatives.joined(separator: ", ")). Name the variant to be sure."
    ]
  }

  /// Reads a year such as `2016`: a whole number from 1950 to 2100.
  static func year(_ text: String, field: String) throws(EstimateError) -> Int {
    let value = try NumberInput.parse(text, field: field)
    guard value == value.rounded(), (1950...2100).contains(value) else {
      throw .outOfRange(field: field, value: text, allowed: "a year from 1950 to 2100 such as 2016")
    }
    return Int(value)
  }

  private func peakSource(
    catalog: HardwareCatalog, year: Int?, notes: inout [String]
  ) throws(EstimateError) -> (HardwareUsage.Peak, ResolvedHardware?) {
    if hardware != nil, peak != nil { throw .conflictingInputs([label("hardware"), label("peak")]) }
    if let hardware {
      let resolved: ResolvedHardware
      do {
        resolved = try catalog.resolve(hardware)
      } catch {
        guard let year, case .unknownHardware(_, let suggestions) = error else { throw error }
        if precision != nil { throw .conflictingInputs([label("year"), label("precision")]) }
        let closest = suggestions.isEmpty ? "" : " (closest: \(suggestions.joined(separator: ", ")))"
        notes.append(
          "'\(hardware)' is not in the catalog\(closest): used the typical peak of \(year) instead, so the estimate is speculative."
        )
        return (.byYear(try PeakByYear(year: year, catalog: catalog)), nil)
      }
      let chosen = try precision.map { text throws(EstimateError) in try Precision(parsing: text) }
      return (.accelerator(resolved.accelerator, precision: chosen), resolved)
    }
    if let peak {
      if precision != nil { throw .conflictingInputs([label("peak"), label("precision")]) }
      return (.rate(FLOPRate(try NumberInput.parse(peak, field: label("peak")))), nil)
    }
    if let year {
      if precision != nil { throw .conflictingInputs([label("year"), label("precision")]) }
      return (.byYear(try PeakByYear(year: year, catalog: catalog)), nil)
    }
    throw .missingInput(
      field: "the peak FLOP/s",
      expected: "\(label("hardware")) NAME, \(label("peak")) FLOP/s or \(label("year")) YEAR")
  }

  private func span(chips: Int?) throws(EstimateError) -> HardwareUsage.Time {
    let given = [("time", time), ("hours", hours), ("days", days), ("chip-hours", chipHours)]
      .filter { $0.1 != nil }
    guard given.count <= 1 else { throw .conflictingInputs(given.map { label($0.0) }) }
    if let chipHours {
      return .chipTime(
        try DurationInput.parse(chipHours, unitSeconds: Seconds.perHour, field: label("chip-hours")),
        chips: chips)
    }
    let seconds: Seconds
    if let time {
      seconds = try DurationInput.parse(time, field: label("time"))
    } else if let hours {
      seconds = try DurationInput.parse(hours, unitSeconds: Seconds.perHour, field: label("hours"))
    } else if let days {
      seconds = try DurationInput.parse(days, unitSeconds: Seconds.perDay, field: label("days"))
    } else {
      throw .missingInput(
        field: "the training time",
        expected: "\(label("time")), \(label("hours")), \(label("days")) or \(label("chip-hours"))")
    }
    guard let chips else {
      throw .missingInput(
        field: label("count"),
        expected: "the number of chips with a wall-clock time (or use \(label("chip-hours")))")
    }
    return .wallClock(seconds, chips: chips)
  }
}
