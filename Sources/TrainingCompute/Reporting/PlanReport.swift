/// Renders a plan in every output format: text and Markdown with one table per part, CSV as one
/// table of quantities, JSON as the `Plan` value itself.
public enum PlanReport {
  /// The plan as text, JSON, CSV or Markdown.
  public static func render(_ plan: Plan, as format: OutputFormat) throws -> String {
    switch format {
    case .json: return try JSONOutput.string(plan)
    case .csv: return quantities(plan, digits: 6).csv()
    case .text: return text(plan)
    case .markdown: return markdown(plan)
    }
  }

  static func text(_ plan: Plan) -> String {
    var lines = ["Plan (\(plan.mode.rawValue))"]
    lines.append("  Training compute: \(range(plan.totalFLOP)) FLOP; \(plan.workBasis)")
    if plan.priorFLOP > 0 {
      lines.append(
        "  Earlier stages: \(NumberFormatting.scientific(plan.priorFLOP)) FLOP, counted towards the marks")
    }
    if let hardware = plan.hardware {
      lines.append(
        "  Hardware: \(hardware.hardware)\(hardware.precision.map { " (\($0.uppercased()))" } ?? ""), peak \(hardware.peak.description) per chip"
      )
      lines.append("  Utilization: \(utilizationText(hardware.utilization))")
    }
    for (title, table) in sections(plan) {
      lines.append(title)
      lines.append(indented(table.text()))
    }
    lines.append("Assumptions")
    lines += plan.assumptions.map { "  - \($0)" }
    for warning in plan.warnings { lines.append("Warning: \(warning)") }
    lines.append("Summary: \(plan.summary)")
    return lines.joined(separator: "\n") + "\n"
  }

  static func markdown(_ plan: Plan) -> String {
    var text = "**Plan (\(plan.mode.rawValue))**\n\n"
    text += "Training compute: \(range(plan.totalFLOP)) FLOP; \(plan.workBasis)\n\n"
    if let hardware = plan.hardware {
      text += "Utilization: \(utilizationText(hardware.utilization))\n\n"
    }
    for (title, table) in sections(plan) { text += "**\(title)**\n\n" + table.markdown() + "\n" }
    text += "Assumptions:\n\n" + plan.assumptions.map { "- \($0)\n" }.joined()
    for warning in plan.warnings { text += "\n> Warning: \(warning)\n" }
    return text + "\n\(plan.summary)\n"
  }

  /// The titled tables of text and Markdown output.
  static func sections(_ plan: Plan) -> [(String, Table)] {
    var result: [(String, Table)] = [("Quantities", quantities(plan, digits: 3))]
    result.append(
      (
        "Compute-optimal allocation of \(NumberFormatting.scientific(plan.totalFLOP.value)) FLOP",
        optima(plan)
      ))
    if !plan.allocationGaps.isEmpty { result.append(("This plan against the optimum", gaps(plan))) }
    if !plan.thresholds.isEmpty { result.append(("Regulatory marks", marks(plan))) }
    return result
  }

  /// One row per planned quantity: value, low, high, unit.
  static func quantities(_ plan: Plan, digits: Int) -> Table {
    var rows: [[String]] = []
    func add(_ name: String, _ figure: PlannedFigure?, _ unit: String) {
      guard let figure else { return }
      rows.append([name] + [figure.value, figure.low, figure.high].map { format($0, digits) } + [unit])
    }
    add("training_flop", plan.totalFLOP, "FLOP")
    if let parameters = plan.parameters {
      add("parameters", PlannedFigure(value: parameters, low: parameters, high: parameters), "")
    }
    add("tokens", plan.tokens, "")
    if let hardware = plan.hardware {
      if let count = hardware.count, hardware.chipsNeeded == nil {
        add("chips", PlannedFigure(value: Double(count), low: Double(count), high: Double(count)), "chips")
      }
      add("chips_needed", hardware.chipsNeeded, "chips")
      add("days", hardware.days, "days")
      add("chip_hours", hardware.chipHours, "chip-hours")
      add("energy", hardware.energyMWh, "MWh")
      add("cost", hardware.costDollars, "US$")
    }
    return Table(header: ["quantity", "value", "low", "high", "unit"], rows: rows, rightAligned: [1, 2, 3])
  }

  static func optima(_ plan: Plan) -> Table {
    Table(
      header: ["fit", "parameters", "tokens", "tokens/parameter", "loss", "source"],
      rows: plan.computeOptimal.map {
        [
          $0.fit, NumberFormatting.scientific($0.parameters), NumberFormatting.scientific($0.tokens),
          NumberFormatting.plain($0.tokensPerParameter), NumberFormatting.plain($0.loss), $0.source,
        ]
      }, rightAligned: [1, 2, 3, 4])
  }

  static func gaps(_ plan: Plan) -> Table {
    Table(
      header: [
        "fit", "tokens/parameter", "optimal", "tokens ÷ optimal", "parameters ÷ optimal", "excess loss",
      ],
      rows: plan.allocationGaps.map {
        [
          $0.fit, NumberFormatting.plain($0.tokensPerParameter),
          NumberFormatting.plain($0.optimalTokensPerParameter),
          NumberFormatting.plain($0.tokensRatio), NumberFormatting.plain($0.parametersRatio),
          NumberFormatting.plain($0.excessLoss),
        ]
      }, rightAligned: [1, 2, 3, 4, 5])
  }

  static func marks(_ plan: Plan) -> Table {
    Table(
      header: ["threshold", "regime", "crossed", "day of run", "consequence"],
      rows: plan.thresholds.map { mark in
        let when: String
        if mark.isCrossedBeforeRun {
          when = "before the run (earlier stages)"
        } else if let day = mark.day {
          when = range(day, scientific: false)
        } else if let fraction = mark.fractionOfRun {
          when = "\(NumberFormatting.percent(fraction)) of the run"
        } else if let share = mark.shareOfThreshold {
          when = "reaches \(NumberFormatting.percent(share)) of it"
        } else {
          when = ""
        }
        return [
          NumberFormatting.scientific(mark.thresholdFLOP), mark.name, mark.isCrossed ? "yes" : "no", when,
          mark.consequence + (mark.condition.map { " (if \($0))" } ?? ""),
        ]
      }, rightAligned: [0])
  }

  static func utilizationText(_ prior: PlanUtilization) -> String {
    if prior.isGiven { return "\(NumberFormatting.percent(prior.central)) (given)" }
    return
      "\(NumberFormatting.percent(prior.central)) (\(NumberFormatting.percent(prior.low)) to \(NumberFormatting.percent(prior.high))); \(prior.basis)"
  }

  static func range(_ figure: PlannedFigure, scientific: Bool = true) -> String {
    PlanSummary.range(figure, scientific: scientific)
  }

  /// Three significant digits for people; for CSV (`digits` above 3) whole numbers in full without
  /// separators and others with six significant digits, so spreadsheets read them as numbers.
  static func format(_ value: Double, _ digits: Int) -> String {
    if digits > 3, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return NumberFormatting.scientific(value, digits: digits)
  }

  static func indented(_ table: String) -> String {
    table.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
  }
}
