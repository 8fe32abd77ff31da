/// Method 2 for a mixed fleet or a changing count, as the EU guidelines' hardware method allows:
/// several periods, each with its own hardware, count and time, summed. Utilization and domain
/// are shared by every period.
public struct HardwareFleet: Sendable, Equatable {
  /// The periods, each a complete method-2 usage.
  public var periods: [HardwareUsage]

  public init(periods: [HardwareUsage]) { self.periods = periods }

  /// Reads periods written one per line (or separated by `;`), each as comma-separated
  /// `field=value` pairs with the method-2 field names: `hardware=H100 SXM, count=1024, days=30`.
  /// `shared` supplies the utilization, domain and year every period uses.
  public static func parse(
    _ text: String, shared: HardwareInputs, catalog: HardwareCatalog = .builtIn
  ) throws(EstimateError) -> HardwareFleet {
    let field = shared.fieldPrefix + "period"
    let lines = text.split { $0 == "\n" || $0 == ";" }.map { String($0).trimmingWhitespace() }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    guard !lines.isEmpty else {
      throw .missingInput(
        field: field, expected: "at least one period such as 'hardware=H100 SXM, count=1024, days=30'")
    }
    guard lines.count <= maximumPeriods else {
      throw .outOfRange(
        field: field, value: "\(lines.count) periods", allowed: "at most \(maximumPeriods) periods")
    }
    var periods: [HardwareUsage] = []
    for line in lines {
      var inputs = HardwareInputs(fieldPrefix: shared.fieldPrefix)
      inputs.utilization = shared.utilization
      inputs.domain = shared.domain
      inputs.year = shared.year
      for pair in line.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, periodFields.contains(parts[0]) else {
          throw .outOfRange(
            field: field, value: String(pair).trimmingWhitespace(),
            allowed: "field=value pairs with the fields \(periodFields.joined(separator: ", "))")
        }
        inputs[field: parts[0]] = parts[1]
      }
      periods.append(try inputs.hardwareUsage(catalog: catalog))
    }
    return HardwareFleet(periods: periods)
  }

  /// The fields a period line may set; utilization, domain and year are shared.
  public static let periodFields = [
    "hardware", "peak", "precision", "count", "cores", "time", "hours", "days", "chip-hours",
  ]
  /// The most periods one estimate takes.
  public static let maximumPeriods = 1000

  /// The summed estimate, with each period's inputs and the count-weighted average peak.
  public func estimate() throws(EstimateError) -> Estimate {
    var total = FLOPs(0)
    var low = FLOPs(0)
    var high = FLOPs(0)
    var hasRange = true
    var inputs: [EstimateInput] = []
    var assumptions: [String] = []
    var warnings: [String] = []
    var weightedPeak = 0.0
    var weight = 0.0
    var allCounted = true
    var chipSecondsPeak = 0.0
    var chipSeconds = 0.0
    for (number, period) in periods.enumerated() {
      let estimate = try period.estimate()
      total = total + estimate.totalFLOP
      if let range = estimate.range {
        low = low + range.low
        high = high + range.high
      } else {
        hasRange = false
      }
      let rate = try period.resolvedPeak().rate.value
      switch period.time {
      case .wallClock(_, let chips), .chipTime(_, let chips?):
        weightedPeak += Double(chips) * rate
        weight += Double(chips)
      case .chipTime(_, nil):
        allCounted = false
      }
      chipSecondsPeak += period.chipSeconds.value * rate
      chipSeconds += period.chipSeconds.value
      inputs.append(
        .text(
          "period \(number + 1)", describe(period, rate: rate, total: estimate.totalFLOP),
          meaning: "hardware, chips and time of this period"))
      for assumption in estimate.assumptions
      where !assumptions.contains(assumption) && !assumption.hasPrefix("Training FLOP = chip time") {
        assumptions.append(assumption)
      }
      warnings += estimate.warnings.map { "Period \(number + 1): \($0)" }
    }
    let average = allCounted && weight > 0 ? weightedPeak / weight : chipSecondsPeak / chipSeconds
    let averageBasis =
      allCounted ? "weighted by chip count" : "weighted by chip time (a period gives no count)"
    inputs.append(
      .number(
        "average-peak", average, meaning: "peak FLOP/s per chip averaged over the periods, \(averageBasis)"))
    if let first = periods.first, let used = try? first.estimate() {
      for name in ["utilization", "domain"] {
        if let input = used.input(named: name) { inputs.append(input) }
      }
    }
    assumptions.insert("Training FLOP = Σ over periods of chip time × peak FLOP/s × utilization.", at: 0)
    guard total.value.isFinite else {
      throw .notFinite(field: "the summed periods", value: total.value)
    }
    return Estimate(
      method: .hardwareTime, totalFLOP: total,
      formula: "Σ periods (training time × chips × peak FLOP/s × utilization)",
      inputs: inputs, assumptions: assumptions, warnings: warnings,
      range: hasRange
        ? Estimate.Range(
          low: low, high: high, basis: "the sum of each period's range (same utilization spread)") : nil,
      summary:
        "Our model was trained in \(periods.count) periods on a mixed fleet (average peak \(FLOPRate(average).description) per chip, \(averageBasis)), and in total used \(total.description) (\(NumberFormatting.scientific(total.petaFLOPDays)) PF-days) during training."
    )
  }

  private func describe(_ period: HardwareUsage, rate: Double, total: FLOPs) -> String {
    let chip: String
    switch period.peak {
    case .accelerator(let accelerator, _): chip = accelerator.name
    case .rate: chip = "chips"
    case .byYear(let byYear): chip = "chips of \(byYear.year)"
    }
    let time: String
    switch period.time {
    case .wallClock(let seconds, let chips):
      time =
        "\(NumberFormatting.plain(Double(chips))) × \(chip) for \(NumberFormatting.plain(seconds.hours)) h"
    case .chipTime(let seconds, let chips):
      time =
        "\(NumberFormatting.plain(seconds.hours)) chip-hours of \(chip)\(chips.map { " (\($0) chips)" } ?? "")"
    }
    return "\(time) at \(FLOPRate(rate).description) per chip: \(total.description)"
  }
}
