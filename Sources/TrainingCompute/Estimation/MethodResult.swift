/// One method's figure inside `bestEstimate`: the central value, the spreads of its uncertain
/// inputs, the fields it used, and what it warns about.
struct MethodResult: Sendable {
  var method: BestEstimate.Method
  var central: Double
  var spreads: [Spread]
  var used: [String]
  var estimate: Estimate?
  var warnings: [String] = []
  var assumptions: [String] = []

  /// The central value with its spreads combined.
  var interval: Interval { Interval(central: central, spreads: spreads) }

  /// The method's name in a sentence.
  var label: String {
    switch method {
    case .reported: "the reported figure"
    case .operationCounting: "counting operations"
    case .hardwareTime: "hardware time"
    case .combined: "both methods combined"
    }
  }
}
