/// Why a ledger could not be read or computed. Every case reads as one sentence that names the
/// stage or key, the value given and what is allowed.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text is not a ledger at all (bad JSON or YAML, too large, too deeply nested).
  case malformed(reason: String)
  /// A key the ledger format does not have; `allowed` lists those it has at that place.
  case unknownKey(place: String, key: String, allowed: [String])
  /// A key with a value it cannot take.
  case invalidValue(place: String, key: String, value: String, allowed: String)
  /// A required key that is missing.
  case missingKey(place: String, key: String, expected: String)
  /// Two stages with the same name.
  case duplicateStage(name: String)
  /// A total past the largest number a `Double` holds.
  case totalNotFinite(total: String)
  /// A stage whose facts could not be estimated.
  case stage(name: String, EstimateError)

  public var description: String {
    switch self {
    case .malformed(let reason):
      return "the ledger could not be read: \(reason)."
    case .unknownKey(let place, let key, let allowed):
      return "\(place) has no key '\(key)'; keys allowed there: \(allowed.joined(separator: ", "))."
    case .invalidValue(let place, let key, let value, let allowed):
      return "\(place): \(key) must be \(allowed); got \(value)."
    case .missingKey(let place, let key, let expected):
      return "\(place): \(key) is missing: give \(expected)."
    case .duplicateStage(let name):
      return "two stages are named '\(name)'; give each stage its own name."
    case .totalNotFinite(let total):
      return
        "the \(total) total is past the largest number this tool can hold (about 1.8e308); check the stages' figures."
    case .stage(let name, let error):
      return "stage '\(name)': \(error.description)"
    }
  }
}
