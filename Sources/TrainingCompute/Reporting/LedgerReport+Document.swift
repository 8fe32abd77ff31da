extension LedgerReport {
  /// The report as a document: headline, verdict per regime, stage table and shares, each stage's
  /// method and assumptions, exclusions considered, resources, assumptions and provenance —
  /// what `reference/regulation.md` says a filed report must hold.
  public func document() -> ReportDocument {
    var blocks: [ReportDocument.Block] = [
      .strong("Cumulative training compute: \(headline)"),
      .paragraph(summary),
    ]
    if !forecast.plannedStages.isEmpty { blocks.append(.paragraph(forecast.statement)) }
    if let notification = forecast.notification { blocks.append(.paragraph(notification)) }
    blocks += [
      .heading("Verdict per regime"), .table(verdictTable),
      .list(thresholds.map { "\($0.regime.name): \($0.statement) Source: \($0.regime.source)." }),
    ]
    blocks += [
      .heading("Stages"), .table(stageTable), .heading("Share of each stage in the cumulative total"),
      .bars(bars),
    ]
    blocks.append(.heading("Method and assumptions of each stage"))
    for stage in stages {
      blocks.append(
        .paragraph(
          "\(stage.name) (\(stage.kind.rawValue)\(stage.isPlanned ? ", forecast" : "")): \(stage.method), confidence \(stage.confidence)."
        ))
      blocks.append(.list(Self.details(of: stage)))
    }
    blocks += [.heading("Exclusions considered"), .list(exclusionLines)]
    blocks += [.heading("Chip-hours, training time, energy and cost"), .list(resourceLines)]
    blocks += [.heading("Assumptions"), .list(assumptions)]
    blocks += [.heading("Provenance"), .list(provenanceLines)]
    return ReportDocument(title: "Training compute report: \(model)", blocks: blocks)
  }

  private var summary: String {
    "Cumulative compute \(NumberFormatting.scientific(cumulative.flop)) FLOP (interval \(cumulative.range.span) FLOP); compute that directly updated the parameters \(NumberFormatting.scientific(parameterUpdate.flop)) FLOP; original run plus modifications \(NumberFormatting.scientific(originalRun.flop)) FLOP. \(accuracy.statement)"
  }

  private var verdictTable: Table {
    Table(
      header: [
        "Regime", "Threshold (FLOP)", "Total compared", "Total (FLOP)", "Margin", "Verdict", "In force",
      ],
      rows: thresholds.map { check in
        [
          check.regime.name, NumberFormatting.scientific(check.thresholdFLOP), check.regime.total.rawValue,
          NumberFormatting.scientific(check.totalFLOP),
          "\(NumberFormatting.plain(check.margin))× the threshold",
          check.verdict.rawValue.replacingUnderscores() + (check.regime.isActive ? "" : " (inactive)"),
          check.regime.inForceFrom + (check.regime.inForceUntil.map { " to \($0)" } ?? " on"),
        ]
      }, rightAligned: [1, 3, 4])
  }

  private var stageTable: Table {
    Table(
      header: [
        "Stage", "Kind", "Method", "FLOP", "Interval", "Share", "Confidence", "Cumulative",
        "Parameter update",
      ],
      rows: stages.map { stage in
        [
          stage.name + (stage.isPlanned ? " (forecast)" : ""), stage.kind.rawValue, stage.method,
          NumberFormatting.scientific(stage.flop.value),
          stage.range.span,
          stage.includedInCumulative ? NumberFormatting.percent(share(of: stage)) : "not counted",
          stage.confidence, stage.includedInCumulative ? "yes" : "no",
          stage.includedInParameterUpdate ? "yes" : "no",
        ]
      }, rightAligned: [3, 5])
  }

  private func share(of stage: StageReport) -> Double {
    cumulative.flop > 0 ? stage.flop.value / cumulative.flop : 0
  }

  private var bars: [ReportDocument.Bar] {
    stages.filter(\.includedInCumulative).map { stage in
      .init(
        label: stage.name, share: share(of: stage),
        text:
          "\(NumberFormatting.percent(share(of: stage))) · \(NumberFormatting.scientific(stage.flop.value)) FLOP"
      )
    }
  }

  static func details(of stage: StageReport) -> [String] {
    var lines: [String] = []
    for part in stage.parts {
      let label = stage.parts.count > 1 ? "\(part.label): " : ""
      lines.append(
        "\(label)\(part.formula) = \(NumberFormatting.scientific(part.flop.value)) FLOP (\(part.method.replacingUnderscores()))."
      )
      let inputs = part.inputs.map { "\($0.name) = \($0.value.display)\($0.isDefault ? " (assumed)" : "")" }
      if !inputs.isEmpty { lines.append("\(label)inputs: \(inputs.joined(separator: "; ")).") }
      lines += part.assumptions.map { "\(label)assumption: \($0)" }
    }
    lines.append("Interval: \(stage.range.basis).")
    lines += stage.warnings.map { "Warning: \($0)" }
    for period in stage.periods {
      let chips = period.chips.map { "\(NumberFormatting.plain(Double($0))) × " } ?? ""
      lines.append(
        "Hardware: \(chips)\(period.hardware ?? "chips with a given peak"), \(NumberFormatting.plain(period.chipHours)) chip-hours\(period.source.map { " (figures: \($0))" } ?? "")."
      )
    }
    if let reason = stage.exclusionReason { lines.append("Counting: \(reason).") }
    if let cost = stage.costUSD {
      lines.append("Cost: $\(NumberFormatting.plain(cost)) (\(stage.costBasis ?? "")).")
    }
    if let notes = stage.notes { lines.append("Notes: \(notes)") }
    return lines
  }

  private var exclusionLines: [String] {
    var lines = stages.filter { !$0.includedInCumulative || !$0.includedInParameterUpdate }.map { stage in
      "\(stage.name) (\(stage.kind.rawValue), \(NumberFormatting.scientific(stage.flop.value)) FLOP): \(stage.exclusionReason ?? "")."
    }
    let present = Set(stages.map(\.kind))
    let absent = [StageKind.evaluation, .redTeaming, .exploratory, .rewardModel, .teacher, .recomputation]
      .filter { !present.contains($0) }.map(\.rawValue)
    if !absent.isEmpty {
      lines.append(
        "Also considered, with no stage in this ledger: \(absent.joined(separator: ", ")) (need not be counted, guidelines Annex A.1); publicly available synthetic data (need not be counted)."
      )
    }
    return lines
  }

  private var resourceLines: [String] {
    var lines: [String] = []
    lines.append(
      chipHours.map { "Chip-hours of the counted stages: \(NumberFormatting.plain($0))." }
        ?? "Chip-hours: no counted stage describes its hardware.")
    lines.append(
      trainingTimeHours.map {
        "Training time: \(NumberFormatting.plain($0)) hours (\(NumberFormatting.plain($0 / 24)) days), the stages run one after another."
      } ?? "Training time: not known from the ledger.")
    lines.append(
      (energy.kWh.map { "Energy: \(NumberFormatting.plain($0 / 1000)) MWh" } ?? "Energy: not estimated")
        + " — \(energy.basis); PUE \(NumberFormatting.plain(energy.pue)) (\(energy.pueSource)).")
    lines.append(
      costUSD.map { "Cost: $\(NumberFormatting.plain($0)) (\(costBasis ?? ""))." }
        ?? "Cost: no prices or costs given.")
    return lines
  }

  private var provenanceLines: [String] {
    var lines = [
      "Tool: \(provenance.tool) \(provenance.toolVersion); report made \(provenance.generatedAt).",
      "Ledger \(provenance.ledger.path): SHA-256 \(provenance.ledger.sha256).",
    ]
    lines += provenance.modelFiles.map { "Model file \($0.path): SHA-256 \($0.sha256)." }
    lines += provenance.hardwareSources.map { "\($0.hardware): peak and power from \($0.source)." }
    if provenance.hardwareSources.isEmpty { lines.append("No catalog hardware figure was used.") }
    return lines
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
