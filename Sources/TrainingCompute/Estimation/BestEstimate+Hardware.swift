/// Hardware time inside `bestEstimate`: the core's `HardwareUsage` from the facts, with the
/// utilization taken from what real runs report when the facts give none.
enum HardwareMethod {
  /// The hardware-time figure, the capacity (chip time × peak) and the utilization prior, or
  /// `nil` when the facts lack a chip or a time.
  static func result(
    _ facts: TrainingFacts, catalog: HardwareCatalog, domain: HardwareUsage.Domain
  ) throws(EstimateError) -> (result: MethodResult, capacity: FLOPs, prior: UtilizationPrior)? {
    guard let (peak, peakFields) = try peak(facts, catalog: catalog), let (time, timeFields) = try time(facts)
    else { return nil }
    let prior = UtilizationPrior.forRun(domain: domain, year: facts.year)
    let usage = HardwareUsage(
      peak: peak, time: time, utilization: facts.utilization ?? prior.median, domain: domain)
    var estimate = try usage.estimate()
    let capacity = try usage.capacity()
    guard estimate.totalFLOP.value.isFinite else {
      throw .notFinite(
        field: "the hardware time from \((peakFields + timeFields).joined(separator: ", "))",
        value: estimate.totalFLOP.value)
    }
    estimate.range = nil
    var spreads: [Spread] = []
    var used = peakFields + timeFields
    if let utilization = facts.utilization {
      used.append("utilization")
      spreads.append(
        .symmetric(
          input: "utilization as reported", fact: nil, factor: 1.15,
          source:
            "a reported utilization may be measured on part of the run, or count recomputation (HFU rather than MFU)"
        ))
      _ = utilization
    } else {
      if let index = estimate.inputs.firstIndex(where: { $0.name == "utilization" }) {
        estimate.inputs[index].isDefault = true
      }
      estimate.assumptions.append(
        "Utilization \(NumberFormatting.percent(prior.median)) assumed (none given): the central value of \(prior.source)."
      )
      spreads.append(prior.spread)
      if facts.domain != nil { used.append("domain") }
      if facts.year != nil, prior.usesYear { used.append("year") }
    }
    if case .accelerator(let chip, nil) = peak, chip.availablePrecisions.count > 1 {
      spreads.append(
        Spread(
          input:
            "precision (not given; \(chip.defaultPrecision?.precision.displayName ?? "default") assumed)",
          fact: "precision", low: 0.5, high: 1,
          source:
            "runs that state no precision mostly trained in mixed 16-bit precision; a TF32 or FP32 run had half the peak or less"
        ))
    }
    spreads.append(
      .symmetric(
        input: "training time and chip count as stated", fact: nil, factor: 1.1,
        source:
          "papers round training times and chip counts, and may include or leave out restarts and evaluation")
    )
    return (
      MethodResult(
        method: .hardwareTime, central: estimate.totalFLOP.value, spreads: spreads, used: used,
        estimate: estimate, warnings: estimate.warnings, assumptions: estimate.assumptions),
      capacity, prior
    )
  }

  private static func peak(
    _ facts: TrainingFacts, catalog: HardwareCatalog
  ) throws(EstimateError) -> (HardwareUsage.Peak, [String])? {
    if let name = facts.hardware {
      let chip = try catalog.accelerator(named: name)
      return (
        .accelerator(chip, precision: facts.precision),
        facts.precision == nil ? ["hardware"] : ["hardware", "precision"]
      )
    }
    if let peak = facts.peak { return (.rate(FLOPRate(peak)), ["peak"]) }
    return nil
  }

  private static func time(_ facts: TrainingFacts) throws(EstimateError) -> (HardwareUsage.Time, [String])? {
    if facts.cores != nil, facts.count == nil, facts.chipHours == nil, facts.time != nil {
      throw .missingInput(
        field: facts.fieldPrefix + "count",
        expected:
          "the number of chips: cores cannot be converted to chips until the catalog says how many cores each chip has (a TPU v3 chip has 2)"
      )
    }
    if let chipHours = facts.chipHours {
      return (.chipTime(.hours(chipHours), chips: facts.count), ["chip-hours"])
    }
    guard let time = facts.time, let count = facts.count else { return nil }
    let timeField = ["time", "hours", "days"].first(where: facts.has) ?? "time"
    return (.wallClock(time, chips: count), [timeField, "count"])
  }
}
