/// Why one batch row (or the file's header) could not be estimated: the line, the column and
/// value to blame when there is one, and a sentence saying what is allowed.
public struct BatchFailure: Error, Sendable, Equatable, Codable, CustomStringConvertible {
  /// The line of the file (1 is the first line).
  public var line: Int
  /// The column (field) to blame, when one is.
  public var column: String?
  /// The value given in that column.
  public var value: String?
  /// One sentence naming the field, the value and what is allowed.
  public var message: String

  public init(line: Int, column: String? = nil, value: String? = nil, message: String) {
    self.line = line
    self.column = column
    self.value = value
    self.message = message
  }

  /// A core error on `line`, blaming the column it names when that column was given.
  init(_ error: EstimateError, line: Int, values: [String: String]) {
    let column = error.fieldName.flatMap { values[$0] != nil ? $0 : nil }
    self.init(line: line, column: column, value: column.flatMap { values[$0] }, message: error.description)
  }

  public var description: String {
    "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": \(message)"
  }
}

extension EstimateError {
  /// The single field an error is about, if it names one.
  var fieldName: String? {
    switch self {
    case .notANumber(let field, _), .notFinite(let field, _), .notPositive(let field, _),
      .negative(let field, _),
      .outOfRange(let field, _, _), .notWholeNumber(let field, _), .invalidDuration(let field, _),
      .missingInput(let field, _), .unknownOption(let field, _, _):
      return field
    case .conflictingInputs(let fields): return fields.last
    case .unknownHardware: return "hardware"
    case .precisionUnavailable, .unknownPrecision: return "precision"
    case .resultTooLarge, .resultTooSmall: return nil
    }
  }
}
