public import TrainingCompute

/// Reads a ledger file (YAML or JSON; see `docs/ledger.md`) into the core's `Ledger`. Every key
/// is checked: an unknown one is refused with a message naming it and the keys allowed there, so
/// a typo never falls back to a default.
public enum LedgerReader {
  /// The largest ledger read, in bytes (a ledger is a few kilobytes; this leaves room for notes).
  public static let maximumBytes = 1 << 20
  /// The keys of the ledger itself.
  public static let ledgerKeys = [
    "model", "description", "original-model-flop", "original-has-systemic-risk", "start", "pue", "costs",
    "stages",
  ]
  /// The keys of `costs`.
  public static let costKeys = ["chip-hour-usd", "total-usd"]
  /// The keys every stage may have, beside the facts of its kind.
  public static let stageKeys = [
    "name", "kind", "planned", "public", "notes", "periods", "model-file", "cost-usd", "chip-hour-usd",
  ]

  /// The ledger in `text`; `allowsModelFiles` is false where no file may be read (the server).
  public static func ledger(from text: String, allowsModelFiles: Bool = true) throws(LedgerError) -> Ledger {
    let root = try LedgerNode.parse(text)
    var top = try LedgerFields(root, place: "the ledger", allowed: ledgerKeys)
    let model = try top.requiredText("model")
    _ = try top.text("description")
    let original = try originalModel(&top)
    let start = try top.text("start").map { text throws(LedgerError) in
      guard let date = CalendarDate(iso: text) else {
        throw LedgerError.invalidValue(
          place: "the ledger", key: "start", value: "'\(text)'", allowed: "a date written YYYY-MM-DD")
      }
      return date
    }
    let pue = try top.number("pue")
    var chipHourPrice: Double?
    var totalCost: Double?
    if let costs = top.value("costs") {
      var fields = try LedgerFields(costs, place: "costs", allowed: costKeys)
      chipHourPrice = try fields.nonNegative("chip-hour-usd")
      totalCost = try fields.nonNegative("total-usd")
    }
    guard case .list(let items)? = top.value("stages") else {
      throw .missingKey(
        place: "the ledger", key: "stages", expected: "a list of stages, each with name and kind")
    }
    var stages: [LedgerStage] = []
    for (index, item) in items.enumerated() {
      stages.append(try stage(item, index: index, allowsModelFiles: allowsModelFiles))
    }
    try top.checkAllRead()
    return Ledger(
      model: model, originalModel: original, start: start, powerUsageEffectiveness: pue,
      chipHourPriceUSD: chipHourPrice, totalCostUSD: totalCost, stages: stages)
  }

  private static func originalModel(_ top: inout LedgerFields) throws(LedgerError) -> Ledger.OriginalModel? {
    let systemic = try top.bool("original-has-systemic-risk")
    guard let value = top.value("original-model-flop") else {
      if systemic != nil {
        throw .missingKey(
          place: "the ledger", key: "original-model-flop",
          expected: "the original model's FLOP or 'unknown' with original-has-systemic-risk")
      }
      return nil
    }
    if case .text(let text) = value, text.lowercased() == "unknown" {
      return .unknown(hasSystemicRisk: systemic ?? false)
    }
    if systemic != nil {
      throw .invalidValue(
        place: "the ledger", key: "original-has-systemic-risk", value: String(systemic ?? false),
        allowed: "given only with original-model-flop: unknown (a known figure above 10^25 FLOP decides it)")
    }
    return .flop(try top.positive("original-model-flop", value))
  }

  private static func stage(_ node: LedgerNode, index: Int, allowsModelFiles: Bool) throws(LedgerError)
    -> LedgerStage
  {
    var place = "stage \(index + 1)"
    guard case .map(let pairs) = node else {
      throw .invalidValue(
        place: place, key: "the stage", value: node.display, allowed: "a mapping with name and kind")
    }
    if case .text(let name)? = pairs.first(where: { $0.key == "name" })?.value { place = "stage '\(name)'" }
    let kindText = pairs.first { $0.key == "kind" }.map(\.value)
    guard case .text(let kindName)? = kindText, let kind = StageKind(rawValue: kindName) else {
      throw .invalidValue(
        place: place, key: "kind", value: kindText?.display ?? "nothing",
        allowed: "one of " + StageKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    let factNames = StageEstimator.factNames(for: kind)
    var fields = try LedgerFields(node, place: place, allowed: stageKeys + factNames)
    let name = try fields.requiredText("name")
    _ = fields.value("kind")
    let isPublic = try fields.bool("public") ?? false
    if isPublic, kind != .syntheticData {
      throw .invalidValue(
        place: place, key: "public", value: "true", allowed: "given only for synthetic-data stages")
    }
    let modelFile = try fields.text("model-file")
    if modelFile != nil, !allowsModelFiles {
      throw .invalidValue(
        place: place, key: "model-file", value: "'\(modelFile ?? "")'",
        allowed: "left out here: no model file can be read; give forward-flop or params instead")
    }
    var periods: [[String: String]] = []
    if let list = fields.value("periods") {
      guard case .list(let items) = list else {
        throw .invalidValue(
          place: place, key: "periods", value: list.display, allowed: "a list of hardware periods")
      }
      for (number, item) in items.enumerated() {
        var period = try LedgerFields(
          item, place: "\(place), period \(number + 1)", allowed: StageEstimator.hardwareFields)
        periods.append(try period.facts(StageEstimator.hardwareFields))
      }
    }
    let facts = try fields.facts(factNames)
    let stage = LedgerStage(
      name: name, kind: kind, facts: facts, periods: periods,
      isPlanned: try fields.bool("planned") ?? false,
      isPublic: isPublic, modelFile: modelFile, costUSD: try fields.nonNegative("cost-usd"),
      chipHourPriceUSD: try fields.nonNegative("chip-hour-usd"), notes: try fields.text("notes"))
    try fields.checkAllRead()
    return stage
  }
}
