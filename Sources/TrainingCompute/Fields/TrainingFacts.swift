/// Every fact `estimate` takes about one training run, each optional, as checked typed values.
/// Filled only through the table of fields (`Fields.all`), so the CLI, the API, batch rows and
/// ledger stages read the same text the same way; `bestEstimate(_:catalog:)` turns it into a
/// figure with an interval.
public struct TrainingFacts: Sendable, Equatable {
  /// A name for the run (batch rows, ledger stages).
  public var name: String?
  /// Parameters doing work per token or example: the active parameters of a mixture of experts.
  public var params: Double?
  /// All parameters of a mixture-of-experts model (only checks `params`; never multiplied).
  public var totalParams: Double?
  /// Connections between neurons (2 FLOP each per forward pass).
  public var connections: Double?
  /// Forward FLOP per example, or per token with `tokens`.
  public var forwardFLOP: Double?
  /// Multiply-adds per forward pass.
  public var multiplyAdds: Double?
  /// Training tokens per epoch.
  public var tokens: Double?
  /// Training words per epoch (converted to tokens with a stated spread).
  public var words: Double?
  /// Epoch AI's "datapoints": words for language models, examples otherwise.
  public var datapoints: Double?
  /// Training examples per epoch.
  public var examples: Double?
  /// Batches per epoch (with `batchSize`).
  public var batches: Double?
  /// Examples per batch.
  public var batchSize: Double?
  /// Complete passes over the data.
  public var epochs: Double?
  /// Backward FLOP ÷ forward FLOP.
  public var backwardRatio: Double?
  /// The kind of network.
  public var architecture: Architecture?
  /// Parameters in an encoder-decoder's encoder (the rest are the decoder's).
  public var encoderParams: Double?
  /// Tokens an encoder-decoder's encoder reads (the rest are targets its decoder reads).
  public var inputTokens: Double?
  /// An accelerator name from the catalog.
  public var hardware: String?
  /// Peak FLOP/s per chip, instead of `hardware`.
  public var peak: Double?
  /// The precision of the peak.
  public var precision: Precision?
  /// Chips running together.
  public var count: Int?
  /// Accelerator cores running together (TPU cores), instead of `count`.
  public var cores: Int?
  /// Wall-clock training time (from `time`, `hours` or `days`).
  public var time: Seconds?
  /// Total chip time, in chip-hours.
  public var chipHours: Double?
  /// Fraction of peak sustained on average.
  public var utilization: Double?
  /// The kind of model (picks the utilization prior).
  public var domain: HardwareUsage.Domain?
  /// The year of the run (picks the era of the utilization prior).
  public var year: Int?
  /// The training compute the developers report.
  public var reportedFLOP: Double?
  /// The names of the fields given, in the order given.
  public var given: [String] = []
  /// Put before field names in error sentences: `--` for the CLI, empty for the API.
  public var fieldPrefix = ""

  /// No facts.
  public init() {}

  /// Facts read from `(field or alias, text)` pairs through the table of fields; `prefix` (`--`
  /// on the command line) goes before field names in errors. An unknown name, a bad value, or two
  /// fields that say the same thing (`hours` and `days`) is an error naming them.
  public init(_ pairs: some Sequence<(String, String)>, prefix: String = "") throws(EstimateError) {
    self.init()
    fieldPrefix = prefix
    for (name, text) in pairs {
      guard let field = Fields.named(name) else {
        throw .unknownOption(
          field: "field", value: prefix + name, allowed: Fields.all.map { prefix + $0.name })
      }
      if given.contains(field.name) {
        throw .conflictingInputs([prefix + field.name, prefix + name])
      }
      try field.parse(text, into: &self, prefix: prefix)
    }
    try checkExclusive(prefix: prefix)
  }

  /// Refuses fields that say the same thing twice (`hours` and `days`, `params` and `connections`).
  public func checkExclusive(prefix: String = "") throws(EstimateError) {
    for group in Fields.exclusiveGroups {
      let present = group.filter(given.contains)
      if present.count > 1 { throw .conflictingInputs(present.map { prefix + $0 }) }
    }
  }

  /// Whether the field called `name` was given.
  public func has(_ name: String) -> Bool { given.contains(name) }
}
