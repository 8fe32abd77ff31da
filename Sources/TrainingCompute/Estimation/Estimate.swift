/// A training-compute figure with everything needed to cite it: the method, the formula, every
/// input (defaults marked), the assumptions made, warnings, an uncertainty range and a sentence a
/// researcher can paste into a paper. One type serves the CLI, the API and the page.
public struct Estimate: Codable, Sendable, Equatable {
  /// How the figure was obtained.
  public enum Method: String, Codable, Sendable {
    /// Method 1: forward FLOP × (1 + backward/forward ratio) × passes.
    case operationCounting = "operation_counting"
    /// Method 2: training time × chips × peak FLOP/s × utilization.
    case hardwareTime = "hardware_time"
    /// Method 1 done layer by layer on a model graph.
    case modelGraph = "model_graph"
  }

  /// The low and high ends of a plausible range, and what they vary.
  public struct Range: Codable, Sendable, Equatable {
    public var low: FLOPs
    public var high: FLOPs
    public var basis: String
    public init(low: FLOPs, high: FLOPs, basis: String) {
      self.low = low
      self.high = high
      self.basis = basis
    }
  }

  public var method: Method
  public var totalFLOP: FLOPs
  public var formula: String
  public var inputs: [EstimateInput]
  public var assumptions: [String]
  public var warnings: [String]
  public var range: Range?
  public var summary: String

  public init(
    method: Method, totalFLOP: FLOPs, formula: String, inputs: [EstimateInput],
    assumptions: [String], warnings: [String] = [], range: Range? = nil, summary: String
  ) {
    self.method = method
    self.totalFLOP = totalFLOP
    self.formula = formula
    self.inputs = inputs
    self.assumptions = assumptions
    self.warnings = warnings
    self.range = range
    self.summary = summary
  }

  /// The total in petaFLOP/s-days.
  public var petaFLOPDays: Double { totalFLOP.petaFLOPDays }

  /// The input called `name`, if the estimate used one.
  public func input(named name: String) -> EstimateInput? { inputs.first { $0.name == name } }

  enum CodingKeys: String, CodingKey {
    case method, formula, inputs, assumptions, warnings, range, summary
    case totalFLOP = "total_flop"
    case petaFLOPDays = "pf_days"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    method = try container.decode(Method.self, forKey: .method)
    totalFLOP = try container.decode(FLOPs.self, forKey: .totalFLOP)
    formula = try container.decode(String.self, forKey: .formula)
    inputs = try container.decode([EstimateInput].self, forKey: .inputs)
    assumptions = try container.decode([String].self, forKey: .assumptions)
    warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
    range = try container.decodeIfPresent(Range.self, forKey: .range)
    summary = try container.decode(String.self, forKey: .summary)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(method, forKey: .method)
    try container.encode(totalFLOP, forKey: .totalFLOP)
    try container.encode(petaFLOPDays, forKey: .petaFLOPDays)
    try container.encode(formula, forKey: .formula)
    try container.encode(inputs, forKey: .inputs)
    try container.encode(assumptions, forKey: .assumptions)
    try container.encode(warnings, forKey: .warnings)
    try container.encodeIfPresent(range, forKey: .range)
    try container.encode(summary, forKey: .summary)
  }
}

extension Estimate: JSONFieldsWritable {
  /// The fields `encode(to:)` writes, in key order, for `JSONTextEncoder` (every API answer holds
  /// an estimate, and through `Encodable`'s containers it costs most of the answer's time).
  func writeFields(to object: inout JSONObjectWriter) throws(JSONObjectWriter.NotFinite) {
    object.field("assumptions", assumptions)
    object.field("formula", formula)
    try object.field("inputs", inputs)
    object.field("method", method.rawValue)
    try object.field("pf_days", petaFLOPDays)
    if let range { try object.field("range", range) }
    object.field("summary", summary)
    try object.field("total_flop", totalFLOP.value)
    object.field("warnings", warnings)
  }
}

extension Estimate.Range: JSONFieldsWritable {
  /// The fields `encode(to:)` writes, in key order.
  func writeFields(to object: inout JSONObjectWriter) throws(JSONObjectWriter.NotFinite) {
    object.field("basis", basis)
    try object.field("high", high.value)
    try object.field("low", low.value)
  }
}

extension EstimateInput: JSONFieldsWritable {
  /// The fields `encode(to:)` writes, in key order.
  func writeFields(to object: inout JSONObjectWriter) throws(JSONObjectWriter.NotFinite) {
    object.field("is_default", isDefault)
    object.field("meaning", meaning)
    object.field("name", name)
    switch value {
    case .number(let number): try object.field("value", number)
    case .text(let text): object.field("value", text)
    }
  }
}

/// One input of an estimate: its name (the CLI flag's, without dashes), its value, whether it was
/// a default the tool chose, and what it means.
public struct EstimateInput: Codable, Sendable, Equatable {
  /// A number or a piece of text (a chip name, a precision).
  public enum Value: Codable, Sendable, Equatable {
    case number(Double)
    case text(String)

    public init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else {
        self = .text(try container.decode(String.self))
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .number(let number): try container.encode(number)
      case .text(let text): try container.encode(text)
      }
    }

    /// The value as people read it.
    public var display: String {
      switch self {
      case .number(let number): return NumberFormatting.scientific(number)
      case .text(let text): return text
      }
    }

    /// The numeric value, if this is a number.
    public var number: Double? {
      if case .number(let number) = self { return number }
      return nil
    }
  }

  public var name: String
  public var value: Value
  public var isDefault: Bool
  public var meaning: String

  public init(name: String, value: Value, isDefault: Bool = false, meaning: String) {
    self.name = name
    self.value = value
    self.isDefault = isDefault
    self.meaning = meaning
  }

  /// A numeric input.
  public static func number(
    _ name: String, _ value: Double, isDefault: Bool = false, meaning: String
  ) -> EstimateInput {
    EstimateInput(name: name, value: .number(value), isDefault: isDefault, meaning: meaning)
  }

  /// A text input.
  public static func text(
    _ name: String, _ value: String, isDefault: Bool = false, meaning: String
  ) -> EstimateInput {
    EstimateInput(name: name, value: .text(value), isDefault: isDefault, meaning: meaning)
  }

  enum CodingKeys: String, CodingKey {
    case name, value, meaning
    case isDefault = "is_default"
  }
}
