/// The paragraph that sums up a plan, written from its figures.
enum PlanSummary {
  static func completing(_ plan: Plan) -> Plan {
    var plan = plan
    plan.summary = sentences(plan).joined(separator: " ")
    return plan
  }

  static func sentences(_ plan: Plan) -> [String] {
    var sentences: [String] = []
    let flop = NumberFormatting.scientific(plan.totalFLOP.value)
    if let parameters = plan.parameters, let tokens = plan.tokens, plan.mode != .tokens {
      sentences.append(
        "Training \(NumberFormatting.scientific(parameters)) parameters on \(NumberFormatting.scientific(tokens.value)) tokens takes \(flop) FLOP."
      )
    } else if plan.mode != .tokens {
      sentences.append("The run does \(flop) FLOP.")
    }
    if let hardware = plan.hardware { sentences += hardwareSentences(plan, hardware) }
    if let chinchilla = plan.computeOptimal.first, let replication = plan.computeOptimal.dropFirst().first {
      sentences.append(
        "For \(NumberFormatting.scientific(plan.totalFLOP.value)) FLOP the compute-optimal model has \(NumberFormatting.scientific(chinchilla.parameters)) parameters and \(NumberFormatting.scientific(chinchilla.tokens)) tokens under the Chinchilla fit, or \(NumberFormatting.scientific(replication.parameters)) and \(NumberFormatting.scientific(replication.tokens)) under its replication (\(NumberFormatting.plain(chinchilla.tokensPerParameter)) and \(NumberFormatting.plain(replication.tokensPerParameter)) tokens per parameter)."
      )
    }
    let crossed = plan.thresholds.filter(\.isCrossed)
    for mark in crossed {
      var text = "It passes \(NumberFormatting.scientific(mark.thresholdFLOP)) FLOP (\(mark.name))"
      if mark.isCrossedBeforeRun {
        text += " before the run starts, with the earlier stages' compute"
      } else if let day = mark.day {
        text += " on day \(range(day))"
      } else if let fraction = mark.fractionOfRun {
        text += " \(NumberFormatting.percent(fraction)) of the way through"
      }
      sentences.append(text + ": \(mark.consequence)")
    }
    if crossed.isEmpty, !plan.thresholds.isEmpty {
      sentences.append("It crosses none of the regulatory marks.")
    }
    return sentences
  }

  static func hardwareSentences(_ plan: Plan, _ hardware: HardwarePlan) -> [String] {
    var text = ""
    let chip = hardware.hardware
    let rate =
      "at \(hardware.peak.description) peak and \(NumberFormatting.percent(hardware.utilization.central)) utilization"
    switch plan.mode {
    case .time:
      text =
        "On \(NumberFormatting.plain(Double(hardware.count ?? 0))) × \(chip) \(rate) it runs \(range(hardware.days)) days"
    case .chips:
      text =
        "To finish in \(range(hardware.days)) days on \(chip) \(rate) it needs \(range(hardware.chipsNeeded)) chips"
    case .tokens:
      text =
        "\(NumberFormatting.plain(Double(hardware.count ?? 0))) × \(chip) for \(range(hardware.days)) days \(rate) do \(range(plan.totalFLOP, scientific: true)) FLOP"
      if let tokens = plan.tokens { text += ", enough for \(range(tokens, scientific: true)) tokens" }
    case .chipHours, .budget:
      text = "On \(chip) \(rate) it needs"
    }
    text +=
      (plan.mode == .chipHours ? " " : ", ") + "\(range(hardware.chipHours, scientific: true)) chip-hours"
    if let energy = hardware.energyMWh { text += ", \(range(energy)) MWh" }
    if let cost = hardware.costDollars { text += " and \(range(cost, scientific: true)) US$" }
    return [text + "."]
  }

  /// `36.2 (17.5 to 43.4)`, or the value alone when the interval is a point.
  static func range(_ figure: PlannedFigure?, scientific: Bool = false) -> String {
    guard let figure else { return "?" }
    let format: (Double) -> String =
      scientific ? { NumberFormatting.scientific($0) } : { NumberFormatting.plain($0) }
    if figure.low == figure.high { return format(figure.value) }
    return "\(format(figure.value)) (\(format(figure.low)) to \(format(figure.high)))"
  }
}
