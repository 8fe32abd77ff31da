/// The inputs of method 1 as people type them — text, so that `175B`, `1.4T` and `1,000` parse —
/// named like the CLI's long flags. The CLI's options and the API's request bodies both fill one
/// of these and call `operationCount()`, so the two read input by the same rules.
public struct OperationInputs: Sendable, Equatable {
  /// Connections between neurons (2 FLOP each per forward pass).
  public var connections: String?
  /// Parameters, standing for connections.
  public var params: String?
  /// Forward FLOP per example (or per token).
  public var forwardFLOP: String?
  /// Multiply-adds per forward pass.
  public var multadds: String?
  /// Training examples per epoch.
  public var examples: String?
  /// Training tokens per epoch.
  public var tokens: String?
  /// Batches per epoch (with `batchSize`).
  public var batches: String?
  /// Examples per batch (with `batches`).
  public var batchSize: String?
  /// Complete passes over the data.
  public var epochs: String?
  /// Backward FLOP ÷ forward FLOP.
  public var backwardRatio: String?
  /// Put before every field name in error sentences: `"--"` for the CLI, `""` for the API.
  public var fieldPrefix: String

  /// The field names, in the order the CLI lists its flags.
  public static let fieldNames = [
    "connections", "params", "forward-flop", "multadds", "examples", "tokens", "batches", "batch-size",
    "epochs", "backward-ratio",
  ]

  /// Inputs with every field empty; `fieldPrefix` labels fields in error sentences.
  public init(fieldPrefix: String = "") { self.fieldPrefix = fieldPrefix }

  /// The text given for the field called `name` (one of `fieldNames`), read or written.
  public subscript(field name: String) -> String? {
    get {
      switch name {
      case "connections": connections
      case "params": params
      case "forward-flop": forwardFLOP
      case "multadds": multadds
      case "examples": examples
      case "tokens": tokens
      case "batches": batches
      case "batch-size": batchSize
      case "epochs": epochs
      case "backward-ratio": backwardRatio
      default: nil
      }
    }
    set {
      switch name {
      case "connections": connections = newValue
      case "params": params = newValue
      case "forward-flop": forwardFLOP = newValue
      case "multadds": multadds = newValue
      case "examples": examples = newValue
      case "tokens": tokens = newValue
      case "batches": batches = newValue
      case "batch-size": batchSize = newValue
      case "epochs": epochs = newValue
      case "backward-ratio": backwardRatio = newValue
      default: break
      }
    }
  }

  /// The method-1 inputs as a core value, or the error naming the first bad field.
  public func operationCount() throws(EstimateError) -> OperationCount {
    let count = OperationCount(
      forward: try forwardWork(), passes: try passes(),
      epochs: try epochs.map { text throws(EstimateError) in
        try NumberInput.parse(text, field: label("epochs"))
      },
      backwardRatio: try backwardRatio.map { text throws(EstimateError) in
        try NumberInput.parse(text, field: label("backward-ratio"))
      })
    try count.validate(fieldPrefix: fieldPrefix)
    return count
  }

  private func label(_ name: String) -> String { fieldPrefix + name }

  /// Refuses two or more of the fields `names`, naming those given. `texts` are their values,
  /// checked first by position, so a request that gives one looks no name up.
  private func requireAtMostOne(
    _ texts: (String?, String?, String?, String?), of names: @autoclosure () -> [String]
  ) throws(EstimateError) {
    let given =
      (texts.0 == nil ? 0 : 1) + (texts.1 == nil ? 0 : 1) + (texts.2 == nil ? 0 : 1)
      + (texts.3 == nil ? 0 : 1)
    guard given <= 1 else {
      throw .conflictingInputs(names().filter { self[field: $0] != nil }.map(label))
    }
  }

  private func forwardWork() throws(EstimateError) -> OperationCount.ForwardWork {
    try requireAtMostOne(
      (connections, params, forwardFLOP, multadds), of: ["connections", "params", "forward-flop", "multadds"])
    if let connections {
      return .connections(try NumberInput.parse(connections, field: label("connections")))
    }
    if let params { return .parameters(try NumberInput.parse(params, field: label("params"))) }
    if let forwardFLOP {
      return .forwardFLOP(FLOPs(try NumberInput.parse(forwardFLOP, field: label("forward-flop"))))
    }
    if let multadds { return .multiplyAdds(try NumberInput.parse(multadds, field: label("multadds"))) }
    throw .missingInput(
      field: "the forward work",
      expected:
        "\(label("params")), \(label("connections")), \(label("forward-flop")) or \(label("multadds"))")
  }

  private func passes() throws(EstimateError) -> OperationCount.Passes {
    try requireAtMostOne((examples, tokens, batches, nil), of: ["examples", "tokens", "batches"])
    let passes: OperationCount.Passes
    if let examples {
      passes = .examples(try NumberInput.parse(examples, field: label("examples")))
    } else if let tokens {
      passes = .tokens(try NumberInput.parse(tokens, field: label("tokens")))
    } else if let batches {
      guard let batchSize else {
        throw .missingInput(
          field: label("batch-size"), expected: "the examples per batch with \(label("batches"))")
      }
      passes = .batches(
        count: try NumberInput.parse(batches, field: label("batches")),
        size: try NumberInput.parse(batchSize, field: label("batch-size")))
    } else {
      throw .missingInput(
        field: "the training data",
        expected:
          "\(label("examples")), \(label("tokens")), or \(label("batches")) with \(label("batch-size"))")
    }
    if batchSize != nil, batches == nil {
      throw .missingInput(
        field: label("batches"), expected: "the number of batches with \(label("batch-size"))")
    }
    return passes
  }
}
