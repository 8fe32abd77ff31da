/// A span of time in seconds. Named so as not to shadow the standard library's `Duration`.
public struct Seconds: Quantity {
  public var value: Double
  public init(_ value: Double) { self.value = value }

  /// Seconds in an hour.
  public static let perHour: Double = 3_600
  /// Seconds in a day.
  public static let perDay: Double = 86_400
  /// Seconds in a week.
  public static let perWeek: Double = 7 * 86_400
  /// Seconds in a Julian year of 365.25 days (the convention used throughout; Epoch AI's cost code uses it too).
  public static let perYear: Double = 365.25 * 86_400

  /// A span given in hours.
  public static func hours(_ count: Double) -> Seconds { Seconds(count * perHour) }
  /// A span given in days.
  public static func days(_ count: Double) -> Seconds { Seconds(count * perDay) }

  /// The span in hours.
  public var hours: Double { value / Self.perHour }
  /// The span in days.
  public var days: Double { value / Self.perDay }

  /// `355 hours (14.8 days)` for long spans, `42 s` for short ones.
  public var description: String {
    if value >= Self.perDay {
      return ("\(NumberFormatting.plain(hours)) hours (\(NumberFormatting.plain(days)) days)" as Sentence)
        .text
    }
    if value >= Self.perHour { return ("\(NumberFormatting.plain(hours)) hours" as Sentence).text }
    return ("\(NumberFormatting.plain(value)) s" as Sentence).text
  }
}
