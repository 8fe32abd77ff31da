/// Hardware time inside `bestEstimate`: the facts go through the hardware front door
/// (`HardwareInputs`, which converts systems and cores to chips and knows year-typical peaks),
/// with the utilization taken from what real runs report when the facts give none.
enum HardwareMethod {
  /// The hardware-time figure, the capacity (chip time × peak) and the utilization prior, or
  /// `nil` when the facts lack a peak (chip, peak or year) or a time.
  static func result(
    _ facts: TrainingFacts, catalog: HardwareCatalog, domain: HardwareUsage.Domain,
    detail: BestEstimate.Detail
  ) throws(EstimateError) -> (result: MethodResult, capacity: FLOPs, prior: UtilizationPrior)? {
    let hasPeak = facts.hardware != nil || facts.peak != nil || facts.year != nil
    let hasTime = facts.chipHours != nil || (facts.time != nil && (facts.count != nil || facts.cores != nil))
    guard hasPeak, hasTime else { return nil }
    let prior = UtilizationPrior.forRun(domain: domain, year: facts.year)
    var usage = try inputs(facts, domain: domain).hardwareUsage(catalog: catalog)
    usage.utilization = facts.utilization ?? prior.median
    var estimate = detail == .full ? try usage.estimate() : nil
    let capacity = try usage.capacity()
    // Hardware time is the capacity at the utilization used, as `HardwareUsage.estimate()` has it.
    let total = capacity * (usage.utilization ?? prior.median)
    let used = usedFields(facts, usage: usage, prior: prior)
    guard total.value.isFinite else {
      throw .notFinite(field: "the hardware time from \(used.joined(separator: ", "))", value: total.value)
    }
    estimate?.range = nil
    var spreads: [Spread] = []
    if facts.utilization != nil {
      spreads.append(
        .symmetric(
          input: "utilization as reported", fact: nil, factor: 1.15,
          source:
            "a reported utilization may be measured on part of the run, or count recomputation (HFU rather than MFU)"
        ))
    } else {
      if let index = estimate?.inputs.firstIndex(where: { $0.name == "utilization" }) {
        estimate?.inputs[index].isDefault = true
      }
      estimate?.assumptions.append(
        "Utilization \(NumberFormatting.percent(prior.median)) assumed (none given): the median \(prior.source)."
      )
      spreads.append(prior.spread)
    }
    spreads += peakSpreads(usage)
    spreads.append(
      .symmetric(
        input: "training time and chip count as stated", fact: nil, factor: 1.1,
        source:
          "papers round training times and chip counts, and may include or leave out restarts and evaluation")
    )
    return (
      MethodResult(
        method: .hardwareTime, central: total.value, spreads: spreads, used: used,
        estimate: estimate, warnings: estimate?.warnings ?? [], assumptions: estimate?.assumptions ?? []),
      capacity, prior
    )
  }

  /// The facts as the hardware front door reads them.
  private static func inputs(_ facts: TrainingFacts, domain: HardwareUsage.Domain) -> HardwareInputs {
    var inputs = HardwareInputs(fieldPrefix: facts.fieldPrefix)
    inputs.hardware = facts.hardware
    inputs.peak = facts.peak.map { "\($0)" }
    inputs.precision = facts.precision?.rawValue
    inputs.count = facts.count.map(String.init)
    inputs.cores = facts.cores.map(String.init)
    if facts.chipHours == nil { inputs.time = facts.time.map { "\($0.value) s" } }
    inputs.chipHours = facts.chipHours.map { "\($0)" }
    inputs.utilization = facts.utilization.map { "\($0)" }
    inputs.domain = domain.rawValue
    inputs.year = facts.year.map(String.init)
    return inputs
  }

  private static func usedFields(_ facts: TrainingFacts, usage: HardwareUsage, prior: UtilizationPrior)
    -> [String]
  {
    var used: [String] = []
    switch usage.peak {
    case .accelerator(_, let precision):
      used.append("hardware")
      if precision != nil { used.append("precision") }
    case .rate: used.append("peak")
    case .byYear: used += ["year"] + (facts.hardware != nil ? ["hardware"] : [])
    }
    if facts.chipHours != nil {
      used.append("chip-hours")
    } else {
      used.append(["time", "hours", "days"].first(where: facts.has) ?? "time")
      used.append(facts.count != nil ? "count" : "cores")
    }
    if facts.utilization != nil {
      used.append("utilization")
    } else {
      if facts.domain != nil { used.append("domain") }
      if prior.usesYear, !used.contains("year") { used.append("year") }
    }
    return used
  }

  private static func peakSpreads(_ usage: HardwareUsage) -> [Spread] {
    switch usage.peak {
    case .accelerator(let chip, nil) where chip.availablePrecisions.count > 1:
      return [
        Spread(
          input:
            "precision (not given; \(chip.defaultPrecision?.precision.displayName ?? "default") assumed)",
          fact: "precision", low: 0.5, high: 1,
          source:
            "runs that state no precision mostly trained in mixed 16-bit precision; a TF32 or FP32 run had half the peak or less"
        )
      ]
    case .byYear(let typical):
      return [
        Spread(
          input: "year-typical peak (no chip known)", fact: "hardware",
          low: typical.lowest.value / typical.typical.value,
          high: typical.highest.value / typical.typical.value,
          source: typical.explanation)
      ]
    default: return []
    }
  }
}
