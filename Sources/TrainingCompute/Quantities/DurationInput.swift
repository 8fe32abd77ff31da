/// Reads training times: `355h`, `14.8d`, `2w`, `0.5y`, `90 days`, `3 months`, `1e6 s`.
///
/// A year is 365.25 days and a month a twelfth of that. A bare number has no unit and is refused,
/// since papers mean hours, days and GPU-hours alike.
public enum DurationInput {
  private static let units: [(names: [String], seconds: Double)] = [
    (["s", "sec", "secs", "second", "seconds"], 1),
    (["min", "mins", "minute", "minutes"], 60),
    (["h", "hr", "hrs", "hour", "hours"], Seconds.perHour),
    (["d", "day", "days"], Seconds.perDay),
    (["w", "wk", "wks", "week", "weeks"], Seconds.perWeek),
    (["mo", "month", "months"], Seconds.perYear / 12),
    (["y", "yr", "yrs", "year", "years"], Seconds.perYear),
  ]

  /// The unit names understood, for help texts.
  public static let unitHelp = "s, min, h, d, w, mo, y (a year is 365.25 days)"

  /// Parses `text` as a positive duration; `field` names the input in the error.
  public static func parse(_ text: String, field: String) throws(EstimateError) -> Seconds {
    let body = text.trimmingWhitespace().lowercased()
    guard let unitStart = body.lastIndex(where: { !$0.isLetter }).map({ body.index(after: $0) }),
      unitStart < body.endIndex
    else { throw .invalidDuration(field: field, text: text) }
    let unit = String(body[unitStart...])
    let amountText = String(body[..<unitStart])
    guard let seconds = units.first(where: { $0.names.contains(unit) })?.seconds else {
      throw .invalidDuration(field: field, text: text)
    }
    let amount: Double
    do { amount = try NumberInput.parse(amountText, field: field) } catch {
      throw .invalidDuration(field: field, text: text)
    }
    return try checkedSeconds(amount, each: seconds, field: field, text: text)
  }

  /// A positive number of a fixed unit (`--hours 355`, `--chip-hours 2.5M`): `unitSeconds` each.
  public static func parse(_ text: String, unitSeconds: Double, field: String) throws(EstimateError)
    -> Seconds
  {
    try checkedSeconds(NumberInput.parse(text, field: field), each: unitSeconds, field: field, text: text)
  }

  /// `amount` units of `each` seconds, refused when past `Double`.
  private static func checkedSeconds(_ amount: Double, each: Double, field: String, text: String)
    throws(EstimateError)
    -> Seconds
  {
    try Validate.positive(amount, field: field)
    let total = amount * each
    guard total.isFinite else {
      throw .resultTooLarge(result: "the time in seconds", inputs: ["\(field) \(text)"])
    }
    return Seconds(total)
  }
}
