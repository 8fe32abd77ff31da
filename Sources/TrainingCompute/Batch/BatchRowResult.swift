/// One batch row's outcome: its best estimate, or the failure that names the line, column and
/// value and says what is allowed.
public struct BatchRowResult: Sendable {
  public var line: Int
  public var name: String?
  public var outcome: Result<BestEstimate, BatchFailure>

  /// A row's outcome.
  public init(line: Int, name: String?, outcome: Result<BestEstimate, BatchFailure>) {
    self.line = line
    self.name = name
    self.outcome = outcome
  }

  /// Estimates one record; a bad value becomes the row's failure, never an error of the batch.
  public static func estimate(_ record: BatchReader.Record, catalog: HardwareCatalog = .builtIn)
    -> BatchRowResult
  {
    var facts = TrainingFacts()
    var values: [String: String] = [:]
    let name = record.pairs.first { Fields.named($0.0)?.name == "name" }?.1
    for (column, text) in record.pairs {
      guard let field = Fields.named(column) else { continue }
      if let earlier = values.keys.first(where: { Fields.named($0)?.name == field.name }) {
        return failure(
          record, name,
          BatchFailure(
            line: record.line, column: column, value: text,
            message: EstimateError.conflictingInputs([earlier, column]).description))
      }
      values[column] = text
      do { try field.parse(text, into: &facts) } catch {
        return failure(
          record, name,
          BatchFailure(line: record.line, column: column, value: text, message: error.description))
      }
    }
    do {
      return BatchRowResult(
        line: record.line, name: name,
        outcome: .success(try bestEstimate(facts, catalog: catalog, detail: .summary)))
    } catch {
      var byField: [String: String] = [:]
      for (column, text) in values { if let field = Fields.named(column) { byField[field.name] = text } }
      return failure(record, name, BatchFailure(error, line: record.line, values: byField))
    }
  }

  private static func failure(_ record: BatchReader.Record, _ name: String?, _ failure: BatchFailure)
    -> BatchRowResult
  {
    BatchRowResult(line: record.line, name: name, outcome: .failure(failure))
  }
}
