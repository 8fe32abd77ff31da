extension PlanSetup {
  /// The plan: the hardware side (time, chips or tokens; chip-hours, energy, cost), the
  /// compute-optimal allocation of the budget under each fit, and the regulatory marks crossed.
  public func plan(catalog: HardwareCatalog = .builtIn, regimes: [Regime] = Regimes.all) throws(EstimateError)
    -> Plan
  {
    var assumptions: [String] = []
    var warnings: [String] = []
    var work = totalFLOP.map { PlannedFigure(value: $0.value, low: $0.value, high: $0.value) }
    var plannedTokens = tokens.map { PlannedFigure(value: $0, low: $0, high: $0) }
    var hardwarePlan: HardwarePlan?
    var mode = PlanMode.budget
    if let hardware {
      let sizing = try hardware.size(work: totalFLOP, parameters: parameters, catalog: catalog)
      hardwarePlan = sizing.plan
      mode = sizing.mode
      assumptions += sizing.assumptions
      warnings += sizing.warnings
      if let fitted = sizing.work {
        work = fitted
        plannedTokens = parameters.map { fitted.scaled(by: 1 / (6 * $0)) }
      }
    }
    guard let work else {
      throw .missingInput(
        field: "the training compute", expected: "flop, params with tokens, or a model file")
    }
    let budget = FLOPs(work.value)
    let optima = try ScalingLaw.all.map { law throws(EstimateError) in try law.computeOptimal(budget: budget)
    }
    var gaps: [AllocationGap] = []
    if let parameters, let tokens = plannedTokens?.value {
      gaps = zip(ScalingLaw.all, optima).map {
        AllocationGap(parameters: parameters, tokens: tokens, optimum: $1, law: $0)
      }
    }
    assumptions.append(
      "Compute-optimal sizes minimise L(N, D) = E + A/N^α + B/D^β subject to C = 6·N·D (Hoffmann et al. 2022, eq. 4); they hold for dense transformer language models like those the fits were made on."
    )
    assumptions.append(
      "The Chinchilla fit's printed constants are rounded; with them the optimum drifts to about 100 tokens per parameter at large budgets, while the paper's approaches 1 and 2 (table 3) and the replication give about 20 (Besiroglu et al. 2024 trace this to the rounding and an unconverged fit)."
    )
    let marks = ThresholdCrossing.marks(
      of: regimes, totalFLOP: work.value, priorFLOP: priorFLOP, runDays: hardwarePlan?.days)
    if !marks.isEmpty {
      assumptions.append(
        priorFLOP > 0
          ? "Cumulative compute starts at the \(NumberFormatting.scientific(priorFLOP)) FLOP of earlier stages and grows linearly over the run, so a mark is crossed at ((threshold − earlier) ÷ run total) of the run."
          : "Cumulative compute grows linearly over the run, so a mark is crossed at (threshold ÷ total) of the run; no earlier stages are counted (give prior-flop for a base model's compute when fine-tuning)."
      )
    }
    let plan = Plan(
      mode: mode, totalFLOP: work, workBasis: workBasis, parameters: parameters, tokens: plannedTokens,
      priorFLOP: priorFLOP, hardware: hardwarePlan, computeOptimal: optima, allocationGaps: gaps,
      thresholds: marks,
      assumptions: assumptions, warnings: warnings, summary: "")
    return PlanSummary.completing(plan)
  }
}

extension PlanSetup.Hardware {
  /// What the hardware answers: the plan's hardware side, its mode, and the training FLOP when
  /// the tokens that fit were asked for.
  struct Sizing {
    var plan: HardwarePlan
    var mode: PlanMode
    var work: PlannedFigure?
    var assumptions: [String]
    var warnings: [String]
  }

  func size(work: FLOPs?, parameters: Double?, catalog: HardwareCatalog) throws(EstimateError) -> Sizing {
    let (peakRate, precision, chip, precisionNote) = try resolved()
    let prior =
      utilization.map(PlanUtilization.given)
      ?? PlanUtilization.prior(domain: domain, year: chip?.releaseYear)
    var assumptions = ["Utilization: \(prior.basis)."]
    if let precisionNote {
      assumptions.append(precisionNote.prefix(1).uppercased() + precisionNote.dropFirst() + ".")
    }
    var plan = HardwarePlan(
      hardware: chip?.name ?? "chips with the given peak", precision: precision?.rawValue, peak: peakRate,
      utilization: prior, count: count, chipHours: PlannedFigure(value: 0, low: 0, high: 0))
    let (mode, fitted, note) = try schedule(
      &plan, work: work, parameters: parameters, prior: prior, peakRate: peakRate)
    if let note { assumptions.append(note) }
    try addEnergy(to: &plan, chip: chip, assumptions: &assumptions)
    try addCost(to: &plan, chip: chip, catalog: catalog, assumptions: &assumptions)
    var warnings: [String] = []
    let reported = PlanUtilization.prior(domain: domain, year: chip?.releaseYear)
    if let utilization, !(reported.low...reported.high).contains(utilization) {
      warnings.append(
        "Utilization \(NumberFormatting.percent(utilization)) lies outside the \(NumberFormatting.percent(reported.low)) to \(NumberFormatting.percent(reported.high)) that comparable published runs report."
      )
    }
    try PlannedFigure.requireFinite(
      [plan.days, plan.chipHours, plan.energyMWh, plan.costDollars, fitted].compactMap { $0 })
    return Sizing(plan: plan, mode: mode, work: fitted, assumptions: assumptions, warnings: warnings)
  }

  private func resolved() throws(EstimateError) -> (FLOPRate, Precision?, Accelerator?, String?) {
    let usage = HardwareUsage(peak: peak, time: .chipTime(Seconds(1), chips: nil))
    let (rate, precision, note) = try usage.resolvedPeak()
    if case .accelerator(let chip, _) = peak { return (rate, precision, chip, note) }
    return (rate, nil, nil, nil)
  }

  private func addEnergy(
    to plan: inout HardwarePlan, chip: Accelerator?, assumptions: inout [String]
  ) throws(EstimateError) {
    guard let watts = chip?.thermalDesignPower else {
      if powerUsageEffectiveness != nil {
        throw .missingInput(
          field: "the power per chip",
          expected: "a catalog chip with a TDP for pue to apply (\(plan.hardware) has none)")
      }
      assumptions.append("Energy not planned: \(plan.hardware) has no thermal design power in the catalog.")
      return
    }
    let pue = powerUsageEffectiveness ?? PowerUsage.defaultEffectiveness
    plan.wattsPerChip = watts
    plan.powerUsageEffectiveness = pue
    plan.energyMWh = plan.chipHours.scaled(by: watts.value * pue / 1e6)
    assumptions.append(
      "Energy = chip-hours × TDP (\(watts.description)) × PUE; chips drawing their full TDP the whole run is an upper bound for the chips and leaves out host CPUs and networking."
    )
    if powerUsageEffectiveness == nil {
      assumptions.append("Assuming a \(PowerUsage.defaultSource).")
    }
  }

  private func addCost(
    to plan: inout HardwarePlan, chip: Accelerator?, catalog: HardwareCatalog, assumptions: inout [String]
  ) throws(EstimateError) {
    if let dollarsPerChipHour {
      plan.dollarsPerChipHour = dollarsPerChipHour
      plan.priceSource = "given"
    } else if let chip, let row = CloudPrices.price(for: chip, catalog: catalog) {
      plan.dollarsPerChipHour = row.dollarsPerChipHour
      plan.priceSource = "\(row.offer) (listed \(row.listed); \(row.source))"
      assumptions.append(
        "Cost at \(NumberFormatting.plain(row.dollarsPerChipHour)) US$ per chip-hour: \(row.offer), listed \(row.listed). \(CloudPrices.caveat)"
      )
    } else {
      assumptions.append(
        "Cost not planned: no price for \(plan.hardware) in the table; give price in US$ per chip-hour.")
      return
    }
    if let price = plan.dollarsPerChipHour { plan.costDollars = plan.chipHours.scaled(by: price) }
  }
}
