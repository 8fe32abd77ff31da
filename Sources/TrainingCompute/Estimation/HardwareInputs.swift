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
  /// Number of chips running together.
  public var count: String?
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
  /// Put before every field name in error sentences: `"--"` for the CLI, `""` for the API.
  public var fieldPrefix: String

  /// The field names, in the order the CLI lists its flags.
  public static let fieldNames = [
    "hardware", "peak", "precision", "count", "time", "hours", "days", "chip-hours", "utilization", "domain",
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
      case "time": time
      case "hours": hours
      case "days": days
      case "chip-hours": chipHours
      case "utilization": utilization
      case "domain": domain
      default: nil
      }
    }
    set {
      switch name {
      case "hardware": hardware = newValue
      case "peak": peak = newValue
      case "precision": precision = newValue
      case "count": count = newValue
      case "time": time = newValue
      case "hours": hours = newValue
      case "days": days = newValue
      case "chip-hours": chipHours = newValue
      case "utilization": utilization = newValue
      case "domain": domain = newValue
      default: break
      }
    }
  }

  /// The method-2 inputs as a core value, or the error naming the first bad field.
  public func hardwareUsage(catalog: HardwareCatalog = .builtIn) throws(EstimateError) -> HardwareUsage {
    let peakSource = try peakSource(catalog: catalog)
    let chips = try count.map { text throws(EstimateError) in
      try Validate.positiveCount(try NumberInput.parse(text, field: label("count")), field: label("count"))
    }
    let usage = HardwareUsage(
      peak: peakSource, time: try span(chips: chips),
      utilization: try utilization.map { text throws(EstimateError) in
        try Self.fraction(text, field: label("utilization"))
      },
      domain: try domain.map { text throws(EstimateError) in try HardwareUsage.Domain(parsing: text) }
        ?? .other)
    try usage.validate(fieldPrefix: fieldPrefix)
    return usage
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

  private func peakSource(catalog: HardwareCatalog) throws(EstimateError) -> HardwareUsage.Peak {
    if hardware != nil, peak != nil { throw .conflictingInputs([label("hardware"), label("peak")]) }
    if let hardware {
      let chip = try catalog.accelerator(named: hardware)
      let chosen = try precision.map { text throws(EstimateError) in try Precision(parsing: text) }
      return .accelerator(chip, precision: chosen)
    }
    if let peak {
      if precision != nil { throw .conflictingInputs([label("peak"), label("precision")]) }
      return .rate(FLOPRate(try NumberInput.parse(peak, field: label("peak"))))
    }
    throw .missingInput(
      field: "the peak FLOP/s", expected: "\(label("hardware")) NAME or \(label("peak")) FLOP/s")
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
