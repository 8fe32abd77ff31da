/// Why an estimate could not be made. Every case reads as one sentence that names the input in
/// words a user knows, the value given and what is allowed.
public enum EstimateError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Text that is not a number at all.
  case notANumber(field: String, text: String)
  /// NaN or infinity.
  case notFinite(field: String, value: Double)
  /// A value that must be greater than zero but is not.
  case notPositive(field: String, value: Double)
  /// A value that must not be negative but is.
  case negative(field: String, value: Double)
  /// A value outside its allowed range; `allowed` says which values are allowed.
  case outOfRange(field: String, value: String, allowed: String)
  /// A count that must be a whole number but is not.
  case notWholeNumber(field: String, value: Double)
  /// A duration that could not be read.
  case invalidDuration(field: String, text: String)
  /// A required input that is missing; `expected` says which inputs would do.
  case missingInput(field: String, expected: String)
  /// Inputs that may not be given together.
  case conflictingInputs([String])
  /// A chip name not in the catalog, with the closest names that are.
  case unknownHardware(name: String, suggestions: [String])
  /// A precision the chip has no published peak for, with those it has.
  case precisionUnavailable(hardware: String, precision: Precision, available: [Precision])
  /// A precision name that is not one of `Precision.allCases`.
  case unknownPrecision(text: String)
  /// A choice that is not one of the allowed options.
  case unknownOption(field: String, value: String, allowed: [String])
  /// A result past the largest finite `Double` (about 1.8e308): `result` names it ("the training
  /// compute"), `inputs` the inputs it came from with their values ("params 1e308").
  case resultTooLarge(result: String, inputs: [String])
  /// A result of positive inputs so small that it rounds to zero.
  case resultTooSmall(result: String, inputs: [String])

  public var description: String {
    switch self {
    case .notANumber(let field, let text):
      return "\(field) must be a number such as 175e9, 175B, 1.4T or 1,000; got '\(text)'."
    case .notFinite(let field, let value):
      return "\(field) must be a finite number; got \(value)."
    case .notPositive(let field, let value):
      return "\(field) must be greater than zero; got \(NumberFormatting.plain(value))."
    case .negative(let field, let value):
      return "\(field) must not be negative; got \(NumberFormatting.plain(value))."
    case .outOfRange(let field, let value, let allowed):
      return "\(field) must be \(allowed); got \(value)."
    case .notWholeNumber(let field, let value):
      return "\(field) must be a whole number; got \(NumberFormatting.plain(value))."
    case .invalidDuration(let field, let text):
      return
        "\(field) must be a duration such as 355h, 14.8d, 2w, 0.5y or '90 days'; got '\(text)'."
    case .missingInput(let field, let expected):
      return "\(field) is missing: give \(expected)."
    case .conflictingInputs(let fields):
      return "\(fields.joined(separator: " and ")) cannot be given together: give only one of them."
    case .unknownHardware(let name, let suggestions):
      let hint =
        suggestions.isEmpty
        ? "run 'trainflops hardware list' for the catalog"
        : "closest matches: \(suggestions.joined(separator: ", "))"
      return "hardware '\(name)' is not in the catalog; \(hint)."
    case .precisionUnavailable(let hardware, let precision, let available):
      let list = available.map(\.rawValue).joined(separator: ", ")
      return
        "\(hardware) has no published \(precision.rawValue) peak; precisions it has: \(list.isEmpty ? "none" : list)."
    case .unknownPrecision(let text):
      let list = Precision.allCases.map(\.rawValue).joined(separator: ", ")
      return "precision must be one of \(list); got '\(text)'."
    case .unknownOption(let field, let value, let allowed):
      return "\(field) must be one of \(allowed.joined(separator: ", ")); got '\(value)'."
    case .resultTooLarge(let result, let inputs):
      return
        "\(result) from \(Self.list(inputs)) exceeds 1.8e308, the largest number the tool can represent; check those inputs."
    case .resultTooSmall(let result, let inputs):
      return
        "\(result) from \(Self.list(inputs)) is too small to represent (it rounds to zero); check those inputs."
    }
  }

  /// `a`, `a and b`, `a, b and c`.
  private static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "the inputs given" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
