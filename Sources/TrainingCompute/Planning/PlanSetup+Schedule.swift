extension PlanSetup.Hardware {
  /// Fills the plan's chip-hours and days (and chips needed) from what was given: chips → days,
  /// a deadline → chips, both → the training FLOP (and so the tokens) that fit. Returns the mode,
  /// the fitted FLOP in tokens mode, and an assumption to state.
  func schedule(
    _ plan: inout HardwarePlan, work: FLOPs?, parameters: Double?, prior: PlanUtilization, peakRate: FLOPRate
  ) throws(EstimateError) -> (PlanMode, PlannedFigure?, String?) {
    var mode: PlanMode
    var fitted: PlannedFigure?
    var note: String?
    let secondsPerDay = Seconds.perDay
    switch (work, count, days) {
    case (let work?, let count?, nil):
      mode = .time
      plan.chipHours = .over(prior) { work.value / (peakRate.value * $0) / Seconds.perHour }
      plan.days = plan.chipHours.scaled(by: Seconds.perHour / secondsPerDay / Double(count))
    case (let work?, nil, let days?):
      mode = .chips
      let chipSeconds: (Double) -> Double = { work.value / (peakRate.value * $0) }
      let chips: (Double) -> Double = { (chipSeconds($0) / (days * secondsPerDay)).rounded(.up) }
      plan.chipHours = .over(prior) { chipSeconds($0) / Seconds.perHour }
      let needed = PlannedFigure.over(prior, chips)
      guard needed.high < 9e18 else {
        throw .outOfRange(
          field: "chips needed", value: NumberFormatting.scientific(needed.high),
          allowed: "below 9e18 chips; give more days or less compute")
      }
      plan.chipsNeeded = needed
      plan.count = Int(needed.value)
      plan.days = .over(prior) { chipSeconds($0) / chips($0) / secondsPerDay }
      note =
        ("Chips needed are rounded up to whole chips, so the run ends on or before the deadline of \(NumberFormatting.plain(days)) days.")
    case (nil, let count?, let days?):
      mode = .tokens
      let chipSeconds = Double(count) * days * secondsPerDay
      fitted = .over(prior) { peakRate.value * $0 * chipSeconds }
      plan.chipHours = PlannedFigure(
        value: chipSeconds / Seconds.perHour, low: chipSeconds / Seconds.perHour,
        high: chipSeconds / Seconds.perHour)
      plan.days = PlannedFigure(value: days, low: days, high: days)
      guard parameters != nil else {
        throw .missingInput(field: "params", expected: "the model's parameters to find the tokens that fit")
      }
    case (let work?, nil, nil):
      mode = .chipHours
      plan.chipHours = .over(prior) { work.value / (peakRate.value * $0) / Seconds.perHour }
    case (nil, _, _):
      throw .missingInput(
        field: "the training compute",
        expected: "flop, params with tokens, or params with count and days (tokens that fit)")
    case (.some, .some, .some):
      throw .conflictingInputs(["count", "days", "the training compute"])
    }
    return (mode, fitted, note)
  }
}

extension PlannedFigure {
  /// Refuses figures past `Double` (a peak so small or a deadline so long that the arithmetic
  /// overflows) rather than printing `inf`.
  static func requireFinite(_ figures: [PlannedFigure]) throws(EstimateError) {
    for figure in figures where !(figure.low.isFinite && figure.high.isFinite && figure.value.isFinite) {
      throw .outOfRange(
        field: "the planned figures", value: "more than 1.8e308",
        allowed: "finite: give a larger peak, fewer days or less compute")
    }
  }
}
