/// The inputs of a plan as core values. `PlanInputs` fills one from text (CLI flags, API fields);
/// `plan()` answers it.
public struct PlanSetup: Sendable, Equatable {
  /// The chip and precision, or a peak per chip.
  public struct Hardware: Sendable, Equatable {
    public var peak: HardwareUsage.Peak
    /// Chips running together, if given.
    public var count: Int?
    /// The deadline in wall-clock days, if given.
    public var days: Double?
    /// Utilization given by the user (fraction), or `nil` for the prior.
    public var utilization: Double?
    /// The kind of model, which picks the prior.
    public var domain: HardwareUsage.Domain
    /// PUE given by the user, or `nil` for the default.
    public var powerUsageEffectiveness: Double?
    /// Price per chip-hour given by the user, or `nil` for the table.
    public var dollarsPerChipHour: Double?

    public init(
      peak: HardwareUsage.Peak, count: Int? = nil, days: Double? = nil, utilization: Double? = nil,
      domain: HardwareUsage.Domain = .language, powerUsageEffectiveness: Double? = nil,
      dollarsPerChipHour: Double? = nil
    ) {
      self.peak = peak
      self.count = count
      self.days = days
      self.utilization = utilization
      self.domain = domain
      self.powerUsageEffectiveness = powerUsageEffectiveness
      self.dollarsPerChipHour = dollarsPerChipHour
    }
  }

  /// Training FLOP, or `nil` when the plan asks for the tokens that fit.
  public var totalFLOP: FLOPs?
  /// How the training FLOP was obtained (`6 × N × D`, given, a model file's count).
  public var workBasis: String
  /// Parameters, when known.
  public var parameters: Double?
  /// Training tokens, when known.
  public var tokens: Double?
  /// The hardware, when given.
  public var hardware: Hardware?
  /// Compute of earlier stages of the same model (the pre-training of a base being fine-tuned),
  /// which counts towards cumulative thresholds; 0 when none.
  public var priorFLOP: Double = 0

  public init(
    totalFLOP: FLOPs?, workBasis: String, parameters: Double? = nil, tokens: Double? = nil,
    hardware: Hardware? = nil
  ) {
    self.totalFLOP = totalFLOP
    self.workBasis = workBasis
    self.parameters = parameters
    self.tokens = tokens
    self.hardware = hardware
  }

  /// A plan for `parameters` trained on `tokens` at 6 FLOP per parameter per token; a product
  /// past `Double` is an error naming both inputs.
  public static func sixND(
    parameters: Double, tokens: Double, hardware: Hardware? = nil, fieldPrefix: String = ""
  ) throws(EstimateError) -> PlanSetup {
    try Validate.positive(parameters, field: fieldPrefix + "params")
    try Validate.positive(tokens, field: fieldPrefix + "tokens")
    let total = 6 * parameters * tokens
    guard total.isFinite else {
      throw .outOfRange(
        field: "6 × \(fieldPrefix)params × \(fieldPrefix)tokens", value: "more than 1.8e308 FLOP",
        allowed: "a finite number of FLOP")
    }
    return PlanSetup(
      totalFLOP: FLOPs(total), workBasis: "6 × parameters × tokens (Kaplan et al. 2020)",
      parameters: parameters, tokens: tokens, hardware: hardware)
  }
}
