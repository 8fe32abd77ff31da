/// Both methods side by side: their ratio, and the utilization the operation count implies for
/// the hardware described — operation-count FLOP ÷ (chip time × peak FLOP/s). Where the methods
/// disagree, the implied utilization says which input is suspect.
public struct Reconciliation: Encodable, Sendable, Equatable {
  /// Implied utilization below this is implausible: the run would have wasted over 90 % of its chips.
  public static let implausiblyLow = 0.10
  /// Implied utilization above this is implausible: no reported large run sustains it.
  public static let implausiblyHigh = 0.75

  public var operations: Estimate
  public var hardware: Estimate
  /// Operation-count FLOP ÷ hardware-time FLOP.
  public var ratio: Double
  /// Operation-count FLOP ÷ (chip time × peak).
  public var impliedUtilization: Double
  public var warnings: [String]
  public var summary: String

  /// Reconciles an operation count with a hardware usage.
  public init(operations count: OperationCount, hardware given: HardwareUsage) throws(EstimateError) {
    var usage = given
    if usage.domainBasis == .defaulted, case .tokens = count.passes {
      // Counting passes in tokens means a sequence model trained on text: the seed's 30 %.
      usage.domain = .language
      usage.domainBasis = .inferred("the operation count is given in tokens")
    }
    let operations = try count.estimate()
    let hardware = try usage.estimate()
    let capacity = try usage.capacity()
    self.operations = operations
    self.hardware = hardware
    ratio = operations.totalFLOP / hardware.totalFLOP
    impliedUtilization = operations.totalFLOP / capacity
    try Representable.check(
      [ratio, impliedUtilization, capacity.value],
      result: "the ratio of the two methods' totals",
      inputs: [
        "an operation count of \(operations.totalFLOP.description)",
        "a hardware-time total of \(hardware.totalFLOP.description)",
      ])
    var warnings: [String] = []
    let spread = ReportedUtilizations.spreadWithBasis(domain: usage.domain, year: usage.year)
    let reported =
      "reported MFU spans \(NumberFormatting.percent(spread.low))–\(NumberFormatting.percent(spread.high)) over \(spread.basis)"
    if impliedUtilization < Self.implausiblyLow {
      warnings.append(
        "The operation count implies \(NumberFormatting.percent(impliedUtilization)) utilization, below \(NumberFormatting.percent(Self.implausiblyLow)): the training time, chip count or peak is probably too high, or the operation count too low (\(reported))."
      )
    } else if impliedUtilization > Self.implausiblyHigh {
      warnings.append(
        "The operation count implies \(NumberFormatting.percent(impliedUtilization)) utilization, above \(NumberFormatting.percent(Self.implausiblyHigh)): the training time, chip count or peak is probably too low, or the operation count too high (\(reported))."
      )
    }
    self.warnings = warnings
    summary =
      "Counting operations gives \(operations.totalFLOP.description) and hardware time gives \(hardware.totalFLOP.description) (ratio \(NumberFormatting.plain(ratio))); the operation count implies \(NumberFormatting.percent(impliedUtilization)) utilization of the hardware described."
  }

  enum CodingKeys: String, CodingKey {
    case method, operations, hardware, ratio, warnings, summary, inputs, assumptions
    case totalFLOP = "total_flop"
    case petaFLOPDays = "pf_days"
    case impliedUtilization = "implied_utilization"
  }

  /// Encodes like an estimate (`method`, `total_flop` — the operation count, which Epoch AI
  /// prefers since it needs no assumed utilization — `pf_days`, `inputs`, `assumptions`) plus both
  /// estimates in full, their ratio and the implied utilization.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("comparison", forKey: .method)
    try container.encode(operations.totalFLOP, forKey: .totalFLOP)
    try container.encode(operations.petaFLOPDays, forKey: .petaFLOPDays)
    try container.encode(operations, forKey: .operations)
    try container.encode(hardware, forKey: .hardware)
    try container.encode(ratio, forKey: .ratio)
    try container.encode(impliedUtilization, forKey: .impliedUtilization)
    try container.encode(allInputs, forKey: .inputs)
    try container.encode(allAssumptions, forKey: .assumptions)
    try container.encode(allWarnings, forKey: .warnings)
    try container.encode(summary, forKey: .summary)
  }

  /// Both methods' inputs, the operation count's first.
  private var allInputs: [EstimateInput] { operations.inputs + hardware.inputs }

  /// Both methods' assumptions, each once, and how the implied utilization is computed.
  private var allAssumptions: [String] {
    var assumptions = operations.assumptions
    for assumption in hardware.assumptions where !assumptions.contains(assumption) {
      assumptions.append(assumption)
    }
    assumptions.append("Implied utilization = operation-count FLOP ÷ (chip time × peak FLOP/s).")
    return assumptions
  }

  /// The comparison's warnings, then each method's.
  private var allWarnings: [String] { warnings + operations.warnings + hardware.warnings }
}

extension Reconciliation: JSONFieldsWritable {
  /// The fields `encode(to:)` writes, in key order, for `JSONTextEncoder`: through `Encodable`'s
  /// containers, a comparison's two estimates and their inputs cost most of its answer's time.
  func writeFields(to object: inout JSONObjectWriter) throws(JSONObjectWriter.NotFinite) {
    object.field("assumptions", allAssumptions)
    try object.field("hardware", hardware)
    try object.field("implied_utilization", impliedUtilization)
    try object.field("inputs", allInputs)
    object.field("method", "comparison")
    try object.field("operations", operations)
    try object.field("pf_days", operations.petaFLOPDays)
    try object.field("ratio", ratio)
    object.field("summary", summary)
    try object.field("total_flop", operations.totalFLOP.value)
    object.field("warnings", allWarnings)
  }
}
