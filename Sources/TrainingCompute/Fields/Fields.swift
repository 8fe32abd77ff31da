/// The one table of input facts. The `estimate` and `batch` commands, the API's estimate and batch
/// routes, their OpenAPI schema and the ledger's stage keys are all read from it: a new fact is
/// one entry here plus the property it sets on `TrainingFacts`.
public enum Fields {
  /// Every field, in the order help texts list them.
  public static let all: [Field] = [
    Field(
      "name", .text, meaning: "A name for the run, echoed in batch output.", allowed: "any text",
      aliases: ["Model", "System"]
    ) { facts, text, _ in facts.name = text },
    amount(
      "params", unit: "parameters",
      meaning: "Parameters doing work per token (the active parameters of a mixture-of-experts model).",
      aliases: ["Parameters", "active-params"]
    ) { $0.params = $1 },
    amount(
      "total-params", unit: "parameters",
      meaning: "All parameters of a mixture-of-experts model; only checks --params, never multiplied."
    ) { $0.totalParams = $1 },
    amount(
      "connections", unit: "connections",
      meaning: "Connections between neurons, 2 FLOP each per forward pass."
    ) {
      $0.connections = $1
    },
    amount("forward-flop", unit: "FLOP", meaning: "Forward FLOP per example (per token with tokens).") {
      $0.forwardFLOP = $1
    },
    amount("multadds", unit: "multiply-adds", meaning: "Multiply-adds per forward pass, 2 FLOP each.") {
      $0.multiplyAdds = $1
    },
    amount(
      "tokens", unit: "tokens", meaning: "Training tokens per epoch (the forward work is per token).",
      aliases: ["Training dataset size (tokens)"]
    ) { $0.tokens = $1 },
    amount(
      "words", unit: "words", meaning: "Training words per epoch; converted to tokens with a stated spread."
    ) {
      $0.words = $1
    },
    amount(
      "datapoints", unit: "datapoints",
      meaning: "Epoch AI's dataset size: words for language models, examples otherwise.",
      aliases: [
        "Training dataset size (datapoints)", "Training dataset size (total)", "Training dataset size",
      ]
    ) { $0.datapoints = $1 },
    amount("examples", unit: "examples", meaning: "Training examples per epoch.") { $0.examples = $1 },
    amount("batches", unit: "batches", meaning: "Batches per epoch (with batch-size).") { $0.batches = $1 },
    amount(
      "batch-size", unit: "examples", meaning: "Examples per batch (with batches).", aliases: ["Batch size"]
    ) {
      $0.batchSize = $1
    },
    amount("epochs", unit: "epochs", meaning: "Complete passes over the training data.", aliases: ["Epochs"])
    {
      $0.epochs = $1
    },
    Field(
      "backward-ratio", .amount, meaning: "Backward FLOP ÷ forward FLOP (the study finds 1 to 3).",
      allowed: "a number from 0.5 to 10 (the backward/forward study finds 1 to 3)"
    ) { facts, text, label throws(EstimateError) in
      let value = try NumberInput.parse(text, field: label)
      try Validate.within(
        value, 0.5...10, field: label,
        allowed: "a number from 0.5 to 10 (the backward/forward study finds 1 to 3)")
      facts.backwardRatio = value
    },
    Field(
      "architecture", .choice,
      meaning: "The kind of network: says how far parameters stand for the forward work.",
      allowed: "one of \(Architecture.words.map(\.key).joined(separator: ", "))",
      choices: Architecture.words.map(\.key)
    ) { facts, text, label throws(EstimateError) in
      facts.architecture = try FieldValue.choice(text, field: label, Architecture.words)
    },
    amount(
      "encoder-params", unit: "parameters",
      meaning: "Of params, those in an encoder-decoder's encoder; the rest are the decoder's (default: half)."
    ) { $0.encoderParams = $1 },
    amount(
      "input-tokens", unit: "tokens",
      meaning: "Of tokens, those an encoder-decoder's encoder reads; the rest are targets (default: half)."
    ) { $0.inputTokens = $1 },
    Field(
      "hardware", .text, meaning: "Accelerator from the catalog: 'H100 SXM', 'V100', 'TPU v4'.",
      allowed: "a name from 'trainflops hardware list'", aliases: ["Training hardware"]
    ) { facts, text, _ in facts.hardware = text },
    amount("peak", unit: "FLOP/s", meaning: "Peak FLOP/s per chip, instead of hardware.") { $0.peak = $1 },
    Field(
      "precision", .choice, meaning: "Number format of the peak used.",
      allowed: "one of \(Precision.allCases.map(\.rawValue).joined(separator: ", "))",
      aliases: ["Numerical format", "Training precision"], choices: Precision.allCases.map(\.rawValue)
    ) { facts, text, _ throws(EstimateError) in facts.precision = try Precision(parsing: text) },
    Field(
      "count", .count, unit: "chips", meaning: "Chips running together.", allowed: "a whole number above 0",
      aliases: ["Hardware quantity", "chips"]
    ) { facts, text, label throws(EstimateError) in facts.count = try FieldValue.count(text, field: label) },
    Field(
      "cores", .count, unit: "cores",
      meaning: "Accelerator cores running together (TPU cores), instead of count.",
      allowed: "a whole number above 0"
    ) { facts, text, label throws(EstimateError) in facts.cores = try FieldValue.count(text, field: label) },
    Field(
      "time", .duration, meaning: "Wall-clock training time with a unit: 355h, 14.8d, 2w, 0.5y.",
      allowed: "a duration such as 355h, 14.8d, 2w or 0.5y"
    ) { facts, text, label throws(EstimateError) in facts.time = try DurationInput.parse(text, field: label)
    },
    amount(
      "hours", unit: "hours", meaning: "Wall-clock training time in hours.",
      aliases: ["Training time (hours)"]
    ) {
      $0.time = .hours($1)
    },
    amount("days", unit: "days", meaning: "Wall-clock training time in days.") { $0.time = .days($1) },
    amount(
      "chip-hours", unit: "chip-hours", meaning: "Total chip time (GPU-hours, TPU-hours).",
      aliases: ["Training chip-hours", "gpu-hours"]
    ) { $0.chipHours = $1 },
    Field(
      "utilization", .fraction, meaning: "Fraction of peak sustained on average (MFU): 0.4 or 40%.",
      allowed: "a fraction above 0 and at most 1, or a percentage such as 40%",
      aliases: ["Hardware utilization (MFU)", "Hardware utilization", "mfu"]
    ) { facts, text, label throws(EstimateError) in
      facts.utilization = try FieldValue.fraction(text, field: label)
    },
    Field(
      "domain", .choice, meaning: "Kind of model (language or other); picks the utilization prior.",
      allowed: "language or other (Epoch AI's domain tags are accepted)", aliases: ["Domain"],
      choices: ["language", "other"]
    ) { facts, text, label throws(EstimateError) in facts.domain = try FieldValue.domain(text, field: label)
    },
    Field(
      "year", .year, meaning: "Year of the training run; picks the era of the utilization prior.",
      allowed: "a year from 1950 to 2100, or a date such as 2020-05-28", aliases: ["Publication date"]
    ) { facts, text, label throws(EstimateError) in facts.year = try FieldValue.year(text, field: label) },
    amount(
      "reported-flop", unit: "FLOP", meaning: "Training compute the developers report; taken first.",
      aliases: ["Training compute (FLOP)", "reported-compute"]
    ) { $0.reportedFLOP = $1 },
  ]

  /// Groups of fields that say the same thing; at most one of each may be given.
  public static let exclusiveGroups: [[String]] = [
    ["params", "connections", "forward-flop", "multadds"],
    ["tokens", "words", "datapoints", "examples", "batches"],
    ["hardware", "peak"],
    ["time", "hours", "days"],
    ["count", "cores"],
  ]

  /// The field called `name`, or with `name` as an alias (case, spaces, dashes and parentheses
  /// ignored).
  public static func named(_ name: String) -> Field? {
    let key = FieldValue.normalized(name)
    return index[key].map { all[$0] }
  }

  /// The field names, in table order.
  public static var names: [String] { all.map(\.name) }

  private static let index: [String: Int] = {
    var index: [String: Int] = [:]
    for (position, field) in all.enumerated() {
      for name in [field.name] + field.aliases where index[FieldValue.normalized(name)] == nil {
        index[FieldValue.normalized(name)] = position
      }
    }
    return index
  }()

  /// A positive amount field.
  private static func amount(
    _ name: String, unit: String, meaning: String, aliases: [String] = [],
    set: @escaping @Sendable (inout TrainingFacts, Double) -> Void
  ) -> Field {
    Field(
      name, .amount, unit: unit, meaning: meaning,
      allowed: "a number above 0 such as 175e9, 175B or 1.4T", aliases: aliases
    ) { facts, text, label throws(EstimateError) in set(&facts, try FieldValue.amount(text, field: label)) }
  }
}
