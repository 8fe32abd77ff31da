/// A planned figure with its interval: `value` at the central utilization, `low` and `high` the
/// smallest and largest values over the utilization interval (equal to `value` when the
/// utilization was given).
public struct PlannedFigure: Sendable, Equatable, Codable {
  public var value: Double
  public var low: Double
  public var high: Double

  public init(value: Double, low: Double, high: Double) {
    self.value = value
    self.low = min(low, high)
    self.high = max(low, high)
  }

  /// The figure at each utilization: `body(central)`, and the extremes over `low` and `high`.
  static func over(_ utilization: PlanUtilization, _ body: (Double) -> Double) -> PlannedFigure {
    PlannedFigure(value: body(utilization.central), low: body(utilization.low), high: body(utilization.high))
  }

  /// Each end scaled by `factor`.
  func scaled(by factor: Double) -> PlannedFigure {
    PlannedFigure(value: value * factor, low: low * factor, high: high * factor)
  }
}

/// What a plan asks, in the order it is answered.
public enum PlanMode: String, Sendable, Codable {
  /// Chips given: how long the run takes.
  case time
  /// A deadline given: how many chips it needs.
  case chips
  /// Chips and a deadline given with a model size: how many tokens fit.
  case tokens
  /// Hardware without chips or a deadline: chip-hours, energy and cost only.
  case chipHours = "chip_hours"
  /// No hardware: the compute-optimal allocation of the budget only.
  case budget
}

/// The hardware side of a plan: the chip, its peak, the utilization assumed, and what follows.
public struct HardwarePlan: Sendable, Equatable, Codable {
  /// The chip's name (or "chips with the given peak").
  public var hardware: String
  /// The precision of the peak, if a catalog chip.
  public var precision: String?
  /// Dense peak FLOP/s per chip.
  public var peak: FLOPRate
  /// The utilization assumed, with its interval and basis.
  public var utilization: PlanUtilization
  /// Chips running together (given, or needed to meet the deadline at the central utilization).
  public var count: Int?
  /// Chips needed to meet the deadline (chips mode).
  public var chipsNeeded: PlannedFigure?
  /// Wall-clock days.
  public var days: PlannedFigure?
  /// Chip-hours.
  public var chipHours: PlannedFigure
  /// Power per chip used for energy: the catalog's TDP.
  public var wattsPerChip: Watts?
  /// PUE used for energy.
  public var powerUsageEffectiveness: Double?
  /// Facility energy in megawatt-hours.
  public var energyMWh: PlannedFigure?
  /// US dollars per chip-hour used for cost.
  public var dollarsPerChipHour: Double?
  /// Where the price comes from ("given" or the table row's offer, date and source).
  public var priceSource: String?
  /// Cost in US dollars.
  public var costDollars: PlannedFigure?

  enum CodingKeys: String, CodingKey {
    case hardware, precision, peak, utilization, count, days
    case chipsNeeded = "chips_needed"
    case chipHours = "chip_hours"
    case wattsPerChip = "watts_per_chip"
    case powerUsageEffectiveness = "pue"
    case energyMWh = "energy_mwh"
    case dollarsPerChipHour = "dollars_per_chip_hour"
    case priceSource = "price_source"
    case costDollars = "cost_dollars"
  }
}

/// A training run planned before it starts: its compute, time, chips, energy, cost, the
/// compute-optimal allocation of its budget and the regulatory marks it will cross.
public struct Plan: Sendable, Equatable, Codable {
  /// What the plan answers.
  public var mode: PlanMode
  /// Training FLOP (an interval only when the tokens that fit are asked).
  public var totalFLOP: PlannedFigure
  /// How the training FLOP was obtained.
  public var workBasis: String
  /// Parameters, when known.
  public var parameters: Double?
  /// Training tokens, when known (an interval when asked for).
  public var tokens: PlannedFigure?
  /// Compute of earlier stages counted towards cumulative thresholds.
  public var priorFLOP: Double
  /// The hardware side, when hardware was given.
  public var hardware: HardwarePlan?
  /// The budget's compute-optimal allocation under each fit.
  public var computeOptimal: [ComputeOptimal]
  /// How far the planned model is from each optimum, when parameters and tokens are known.
  public var allocationGaps: [AllocationGap]
  /// The regulatory marks, crossed or not, with the day of the run each is crossed.
  public var thresholds: [ThresholdCrossing]
  /// Assumptions made, each stated.
  public var assumptions: [String]
  /// Things the reader should check.
  public var warnings: [String]
  /// One paragraph a planner can paste.
  public var summary: String

  enum CodingKeys: String, CodingKey {
    case mode, parameters, tokens, hardware, thresholds, assumptions, warnings, summary
    case totalFLOP = "total_flop"
    case workBasis = "work_basis"
    case priorFLOP = "prior_flop"
    case computeOptimal = "compute_optimal"
    case allocationGaps = "allocation_gaps"
  }
}
