/// The best estimate from whatever facts are known.
///
/// Method order (Epoch AI's practice):
/// 1. a figure the developers **report** is taken first; the other methods, where possible,
///    only check it;
/// 2. else **counting operations**, preferred because it needs no assumed utilization;
/// 3. else **hardware time**;
/// where 2 and 3 are both possible and agree within their 90 % intervals they are combined by
/// inverse-variance weighting in log space; where they disagree the operation count is kept,
/// its interval is stretched to span both, and the inputs that look wrong are named.
///
/// Each uncertain input carries a stated spread (`Spread`) with its source; the spreads combine
/// in log space (`Interval`) to the 90 % range, and the confidence is read off that range.
public func bestEstimate(
  _ facts: TrainingFacts, catalog: HardwareCatalog = .builtIn, detail: BestEstimate.Detail = .full
) throws(EstimateError) -> BestEstimate {
  try facts.checkExclusive(prefix: facts.fieldPrefix)
  let (domain, domainNote) = BestEstimateChoice.domain(of: facts)
  let operations = try OperationsMethod.result(facts, domain: domain, detail: detail)
  let hardware = try HardwareMethod.result(facts, catalog: catalog, domain: domain, detail: detail)
  let reported = facts.reportedFLOP.map(BestEstimateChoice.reportedResult)
  guard reported != nil || operations != nil || hardware != nil else {
    throw .missingInput(field: "a way to estimate", expected: BestEstimateChoice.missingFactsHint(facts))
  }
  var choice = BestEstimateChoice(
    facts: facts, operations: operations, hardware: hardware?.result, reported: reported)
  if let operations, let hardware {
    choice.compare(operations, hardware.result, capacity: hardware.capacity, prior: hardware.prior)
  }
  choice.choose()
  if let domainNote { choice.assumptions.insert(domainNote, at: 0) }
  return choice.bestEstimate()
}
