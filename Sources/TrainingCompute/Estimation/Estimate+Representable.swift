/// Results past what a `Double` holds. Inputs are checked one by one, but their product can still
/// leave `Double`'s range (`--params 1e308 --tokens 1e308`): an infinite total cannot be shown,
/// compared or written as JSON, and a total of positive inputs that rounds to zero is a silent
/// zero. Every estimate passes through `representable()` before it leaves the core.
extension Estimate {
  /// This estimate, once its total, PF-days and range are finite (and, unless `allowsZero`,
  /// not rounded to zero); otherwise an error naming the inputs the total came from.
  public consuming func representable(allowsZero: Bool = false) throws(EstimateError) -> Estimate {
    // Checked one by one first: the array and the sentence are made only for a figure that fails.
    func passes(_ figure: Double) -> Bool { Representable.passes(figure, allowsZero: allowsZero) }
    if passes(totalFLOP.value), passes(petaFLOPDays),
      range.map({ passes($0.low.value) && passes($0.high.value) }) ?? true
    {
      return self
    }
    var figures = [totalFLOP.value, petaFLOPDays]
    if let range { figures += [range.low.value, range.high.value] }
    try Representable.check(
      figures, result: "the training compute", inputs: Representable.describe(inputs), allowsZero: allowsZero)
    return self
  }
}

/// The check behind `Estimate.representable()`, for other derived figures (a ratio of two
/// estimates) too.
public enum Representable {
  /// Throws `resultTooLarge` if any figure is infinite or NaN, `resultTooSmall` if one is zero
  /// (unless `allowsZero`); `result` and `inputs` name them in the sentence (`inputs` is worked
  /// out only then: formatting every input costs more than the check, on every estimate).
  public static func check(
    _ figures: [Double], result: String, inputs: @autoclosure () -> [String], allowsZero: Bool = false
  ) throws(EstimateError) {
    if figures.contains(where: { !$0.isFinite }) { throw .resultTooLarge(result: result, inputs: inputs()) }
    if !allowsZero, figures.contains(0) { throw .resultTooSmall(result: result, inputs: inputs()) }
  }

  /// Whether `check` lets `figure` through: finite, and not zero unless `allowsZero`.
  public static func passes(_ figure: Double, allowsZero: Bool = false) -> Bool {
    figure.isFinite && (allowsZero || figure != 0)
  }

  /// The numeric inputs the user gave (defaults left out), as `name value`.
  public static func describe(_ inputs: [EstimateInput]) -> [String] {
    inputs.compactMap { input in
      guard !input.isDefault, let number = input.value.number else { return nil }
      return "\(input.name) \(NumberFormatting.scientific(number))"
    }
  }
}
