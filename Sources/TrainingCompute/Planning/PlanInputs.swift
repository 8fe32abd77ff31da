/// The inputs of a plan as people type them (`70B`, `15T`, `'H100 SXM'`, `40%`), named like the
/// CLI's long flags. The CLI and `POST /api/v1/plan` both fill one of these and call `setup()`, so
/// the two read input by the same rules.
public struct PlanInputs: Sendable, Equatable {
  /// Every field, in the order the CLI lists its flags.
  public static let fieldNames = [
    "flop", "params", "tokens", "hardware", "peak", "precision", "count", "days", "utilization", "domain",
    "pue", "price", "prior-flop",
  ]

  /// The text given for each field.
  public var values: [String: String] = [:]
  /// Put before every field name in error sentences: `"--"` for the CLI, `""` for the API.
  public var fieldPrefix: String

  public init(fieldPrefix: String = "") { self.fieldPrefix = fieldPrefix }

  /// The text given for the field called `name` (one of `fieldNames`).
  public subscript(field name: String) -> String? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// The plan's core inputs, or the error naming the first bad field. `modelWork`, when a model
  /// file was read, gives the training FLOP and parameters instead of `flop`/`params`.
  public func setup(
    catalog: HardwareCatalog = .builtIn, modelWork: (flop: FLOPs, parameters: Double, basis: String)? = nil
  ) throws(EstimateError) -> PlanSetup {
    var setup = try work(catalog: catalog, modelWork: modelWork)
    if let prior = values["prior-flop"] {
      setup.priorFLOP = try NumberInput.parse(prior, field: label("prior-flop"))
      try Validate.nonNegative(setup.priorFLOP, field: label("prior-flop"))
    }
    return setup
  }

  private func work(
    catalog: HardwareCatalog, modelWork: (flop: FLOPs, parameters: Double, basis: String)?
  ) throws(EstimateError) -> PlanSetup {
    let hardware = try hardwareSetup(catalog: catalog)
    if hardware?.count != nil, hardware?.days != nil {
      let work = ["flop", "tokens"].filter { values[$0] != nil }.map(label)
      if !work.isEmpty || modelWork != nil {
        throw .conflictingInputs(
          [label("count"), label("days")] + (modelWork == nil ? work : ["the model file"]))
      }
    }
    let flop = try values["flop"].map { text throws(EstimateError) in try number(text, "flop") }
    let params = try values["params"].map { text throws(EstimateError) in try number(text, "params") }
    let tokens = try values["tokens"].map { text throws(EstimateError) in try number(text, "tokens") }
    if let modelWork {
      let conflicting = ["flop", "params"].filter { values[$0] != nil }
      if !conflicting.isEmpty { throw .conflictingInputs(["the model file"] + conflicting.map(label)) }
      return PlanSetup(
        totalFLOP: modelWork.flop, workBasis: modelWork.basis, parameters: modelWork.parameters,
        tokens: tokens, hardware: hardware)
    }
    if let flop {
      let conflicting = ["params", "tokens"].filter { values[$0] != nil }
      if !conflicting.isEmpty { throw .conflictingInputs([label("flop")] + conflicting.map(label)) }
      return PlanSetup(totalFLOP: FLOPs(flop), workBasis: "training FLOP given", hardware: hardware)
    }
    switch (params, tokens) {
    case (let params?, let tokens?):
      return try PlanSetup.sixND(
        parameters: params, tokens: tokens, hardware: hardware, fieldPrefix: fieldPrefix)
    case (let params?, nil) where hardware?.count != nil && hardware?.days != nil:
      return PlanSetup(
        totalFLOP: nil, workBasis: "chips × days × peak × utilization, as 6 × parameters × tokens",
        parameters: params, hardware: hardware)
    case (nil, .some):
      throw .missingInput(field: label("params"), expected: "the model's parameters with \(label("tokens"))")
    default:
      throw .missingInput(
        field: "the training compute",
        expected:
          "\(label("flop")), \(label("params")) with \(label("tokens")), or \(label("params")) with \(label("count")) and \(label("days")) for the tokens that fit"
      )
    }
  }

  private func label(_ name: String) -> String { fieldPrefix + name }

  private func number(_ text: String, _ name: String) throws(EstimateError) -> Double {
    try NumberInput.parsePositive(text, field: label(name))
  }

  private func hardwareSetup(catalog: HardwareCatalog) throws(EstimateError) -> PlanSetup.Hardware? {
    let peak = try peakSource(catalog: catalog)
    let hardwareFields = ["count", "days", "utilization", "domain", "pue", "price"]
    guard let peak else {
      if let stray = hardwareFields.first(where: { values[$0] != nil }) {
        throw .missingInput(
          field: "the chip",
          expected: "\(label("hardware")) NAME or \(label("peak")) FLOP/s for \(label(stray))")
      }
      return nil
    }
    let count = try values["count"].map { text throws(EstimateError) in
      try Validate.positiveCount(try NumberInput.parse(text, field: label("count")), field: label("count"))
    }
    let days = try values["days"].map { text throws(EstimateError) in try number(text, "days") }
    let utilization = try values["utilization"].map { text throws(EstimateError) in
      try HardwareInputs.fraction(text, field: label("utilization"))
    }
    if let utilization { try Validate.positive(utilization, field: label("utilization")) }
    let pue = try values["pue"].map { text throws(EstimateError) in
      let value = try NumberInput.parse(text, field: label("pue"))
      try Validate.within(
        value, 1...10, field: label("pue"),
        allowed: "at least 1 (a facility uses at least the energy of its chips) and at most 10")
      return value
    }
    return PlanSetup.Hardware(
      peak: peak, count: count, days: days, utilization: utilization,
      domain: try values["domain"].map { text throws(EstimateError) in try HardwareUsage.Domain(parsing: text)
      }
        ?? .language,
      powerUsageEffectiveness: pue,
      dollarsPerChipHour: try values["price"].map { text throws(EstimateError) in try number(text, "price") })
  }

  private func peakSource(catalog: HardwareCatalog) throws(EstimateError) -> HardwareUsage.Peak? {
    let hardware = values["hardware"]
    let peak = values["peak"]
    let precision = values["precision"]
    if hardware != nil, peak != nil { throw .conflictingInputs([label("hardware"), label("peak")]) }
    if let hardware {
      let chip = try catalog.accelerator(named: hardware)
      return .accelerator(
        chip, precision: try precision.map { text throws(EstimateError) in try Precision(parsing: text) })
    }
    if let peak {
      if precision != nil { throw .conflictingInputs([label("peak"), label("precision")]) }
      return .rate(FLOPRate(try number(peak, "peak")))
    }
    if precision != nil {
      throw .missingInput(field: "the chip", expected: "\(label("hardware")) NAME for \(label("precision"))")
    }
    return nil
  }
}
