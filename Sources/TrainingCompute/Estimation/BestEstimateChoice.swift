import Foundation

/// The choice among the methods possible for a set of facts, and everything said about it.
struct BestEstimateChoice {
  let facts: TrainingFacts
  let operations: MethodResult?
  let hardware: MethodResult?
  let reported: MethodResult?
  var comparison: BestEstimate.Comparison?
  var interval = Interval(central: 1, spreads: [])
  var method = BestEstimate.Method.reported
  var spreads: [Spread] = []
  var used: [String] = []
  var unusedReasons: [String: String] = [:]
  var sentence = ""
  var suspects: [String] = []
  var warnings: [String] = []
  var assumptions: [String] = []

  init(facts: TrainingFacts, operations: MethodResult?, hardware: MethodResult?, reported: MethodResult?) {
    self.facts = facts
    self.operations = operations
    self.hardware = hardware
    self.reported = reported
  }

  /// The domain given, or the one the facts imply, with the assumption that says so.
  static func domain(of facts: TrainingFacts) -> (HardwareUsage.Domain, String?) {
    if let domain = facts.domain { return (domain, nil) }
    let isLanguage =
      facts.tokens != nil || facts.words != nil || facts.architecture?.isTransformer == true
    return isLanguage
      ? (
        .language,
        "Domain not given: taken as language, since the data is counted in tokens or words or the network is a transformer."
      )
      : (.other, "Domain not given: taken as other (not a language model).")
  }

  /// A reported figure, with the spread of how figures are reported.
  static func reportedResult(_ flop: Double) -> MethodResult {
    MethodResult(
      method: .reported, central: flop,
      spreads: [
        .symmetric(
          input: "reported figure", fact: nil, factor: 1.1,
          source: "reported totals are rounded and may count attention or recomputation differently")
      ], used: ["reported-flop"])
  }

  /// What to give when no method is possible.
  static func missingFactsHint(_ facts: TrainingFacts) -> String {
    let p = facts.fieldPrefix
    return
      "\(p)reported-flop; or \(p)params (or \(p)connections, \(p)forward-flop, \(p)multadds) with \(p)tokens, \(p)words or \(p)examples; or \(p)hardware (or \(p)peak) with \(p)chip-hours, or with a time and \(p)count"
  }

  /// Puts the two methods side by side and records whether they agree.
  mutating func compare(
    _ operations: MethodResult, _ hardware: MethodResult, capacity: FLOPs, prior: UtilizationPrior
  ) {
    let implied = operations.central / capacity.value
    let agrees = operations.interval.agrees(with: hardware.interval)
    comparison = BestEstimate.Comparison(
      operationsFLOP: FLOPs(operations.central), hardwareFLOP: FLOPs(hardware.central),
      ratio: operations.central / hardware.central, impliedUtilization: implied, agrees: agrees)
    if !agrees {
      suspects += Suspects.forDisagreement(
        operationsOverOther: operations.central / hardware.central, impliedUtilization: implied, prior: prior,
        facts: facts, otherLabel: "hardware time")
    }
  }

  /// Applies the method order.
  mutating func choose() {
    if let reported {
      adopt(reported)
      let checks = [operations, hardware].compactMap { $0 }
      for check in checks where !reported.interval.agrees(with: check.interval) {
        warnings.append(
          "\(check.label.prefix(1).uppercased() + check.label.dropFirst()) gives \(FLOPs(check.central).description), outside the reported figure's range: check the facts or the report."
        )
        if check.method == .operationCounting {
          suspects += Suspects.forDisagreement(
            operationsOverOther: check.central / reported.central, impliedUtilization: nil, prior: nil,
            facts: facts,
            otherLabel: "the reported figure")
        }
      }
      for check in checks {
        markUnused(check.used, "used only to check the reported figure, which is taken first")
      }
      sentence =
        "Took the reported figure (reported-flop) first, as Epoch AI does" + checkClause(checks) + "."
      return
    }
    if let operations, let hardware, let comparison {
      if comparison.agrees {
        adopt(operations)
        method = .combined
        spreads += hardware.spreads
        used += hardware.used
        warnings += hardware.warnings
        interval = Interval.combining(operations.interval, hardware.interval)
        sentence =
          "Combined counting operations (\(operations.used.joined(separator: ", "))) with hardware time (\(hardware.used.joined(separator: ", "))), which agree within their 90 % intervals, weighting each by its precision\(impliedEpochsClause(operations, hardware))."
      } else {
        adopt(operations)
        interval = operations.interval.spanning(hardware.central)
        markUnused(
          hardware.used,
          "hardware time disagrees with the operation count beyond both intervals; used only for the comparison"
        )
        warnings.append(
          "Counting operations gives \(FLOPs(operations.central).description) and hardware time \(FLOPs(hardware.central).description) (ratio \(NumberFormatting.plain(comparison.ratio))), more than their intervals allow; the range spans both."
        )
        sentence =
          "Counted operations from \(operations.used.joined(separator: ", ")) (preferred: it needs no utilization) rather than hardware time, which disagrees beyond both intervals; the range spans both\(impliedEpochsClause(operations, hardware))."
      }
      return
    }
    if let operations {
      adopt(operations)
      sentence =
        "Counted operations from \(operations.used.joined(separator: ", ")), the preferred method since it needs no utilization\(hardwareMissingClause)."
      return
    }
    if let hardware {
      adopt(hardware)
      sentence =
        "Used hardware time from \(hardware.used.joined(separator: ", ")), since counting operations needs \(operationsMissing)."
    }
  }

  private mutating func adopt(_ result: MethodResult) {
    method = result.method
    spreads = result.spreads
    used = result.used
    interval = result.interval
    warnings += result.warnings
    assumptions += result.assumptions
  }

  private mutating func markUnused(_ fields: [String], _ reason: String) {
    for field in fields where unusedReasons[field] == nil { unusedReasons[field] = reason }
  }

  private func checkClause(_ checks: [MethodResult]) -> String {
    guard !checks.isEmpty else { return "; no other method was possible to check it" }
    let names = checks.map(\.label).joined(separator: " and ")
    let agree = checks.allSatisfy { reported?.interval.agrees(with: $0.interval) ?? true }
    return
      "; \(names) \(checks.count == 1 ? "checks" : "check") it and \(agree ? (checks.count == 1 ? "agrees" : "agree") : "disagree beyond the intervals")"
  }

  /// Where the operation count assumed one epoch, the number of epochs hardware time implies.
  private func impliedEpochsClause(_ operations: MethodResult, _ hardware: MethodResult) -> String {
    guard facts.epochs == nil, operations.spreads.contains(where: { $0.fact == "epochs" }) else { return "" }
    let epochs = hardware.central / operations.central
    guard epochs >= 1.5 else { return "" }
    return
      "; the operation count assumed one epoch, and hardware time implies about \(NumberFormatting.plain(epochs, digits: 2)) epochs (give epochs to count them)"
  }

  private var hardwareMissingClause: String {
    let hardwareFacts = ["hardware", "peak", "count", "time", "hours", "days", "chip-hours"].filter(facts.has)
    return hardwareFacts.isEmpty
      ? ""
      : "; hardware time was not possible: it needs a chip (hardware or peak) and chip-hours, or a time with a count"
  }

  private var operationsMissing: String {
    let hasForward = ["params", "connections", "forward-flop", "multadds"].contains(where: facts.has)
    return hasForward
      ? "the training data (tokens, words, examples, or batches with batch-size)"
      : "the forward work (params, connections, forward-flop or multadds)"
  }
}
