/// Renders a backward/forward analysis: the per-layer table, totals per example, the ratio and,
/// when data size was given, the training-compute estimate as `trainflops ops` shows it.
public enum ModelReport {
  /// The analysis (and estimate) as text, JSON, CSV or Markdown. The JSON has a `layers` array,
  /// a `totals` object and, with an estimate, an `estimate` object.
  public static func render(
    _ analysis: BackwardAnalysis, estimate: Estimate? = nil, as format: OutputFormat
  ) throws -> String {
    switch format {
    case .json: return try JSONOutput.string(Document(analysis, estimate: estimate))
    case .csv: return layerTable(analysis, isExact: true).csv()
    case .markdown:
      var text = "**\(heading(analysis))**\n\n" + layerTable(analysis).markdown() + "\n"
      text += totalsTable(analysis).markdown()
      if let estimate { text += "\n" + (try EstimateReport.render(estimate, as: .markdown)) }
      return text
    case .text:
      var text = heading(analysis) + "\n" + layerTable(analysis).text() + "\nTotals per example\n"
      text +=
        totalsTable(analysis).text().split(separator: "\n").dropFirst(2).map { "  " + $0 }
        .joined(separator: "\n") + "\n"
      if let estimate { text += "\n" + (try EstimateReport.render(estimate, as: .text)) }
      return text
    }
  }

  static func heading(_ analysis: BackwardAnalysis) -> String {
    let counted = analysis.counting == .all ? "all work" : "matrix products and convolutions only"
    return
      "\(analysis.model): input \(analysis.inputShape), batch size \(analysis.batchSize), optimizer \(analysis.optimizer.rawValue) (\(NumberFormatting.plain(analysis.optimizer.flopPerParameter)) FLOP per parameter per step), counting \(counted); FLOP per example"
  }

  /// One row per layer: name, kind, output shape, parameters, forward, input-gradient and
  /// weight-gradient FLOP per example; `isExact` writes full-precision numbers (for CSV).
  public static func layerTable(_ analysis: BackwardAnalysis, isExact: Bool = false) -> Table {
    func number(_ value: FLOPs) -> String { isExact ? "\(value.value)" : flop(value) }
    let rows = analysis.layers.map { layer in
      [
        layer.name, layer.kind + (layer.isFrozen ? " (frozen)" : ""), layer.outputShape.description,
        isExact ? String(layer.parameters) : NumberFormatting.plain(Double(layer.parameters)),
        number(layer.forward.counted(analysis.counting)),
        number(layer.inputGradient.counted(analysis.counting)),
        number(layer.weightGradient.counted(analysis.counting)),
      ]
    }
    return Table(
      header: ["layer", "kind", "output", "parameters", "forward", "input_gradient", "weight_gradient"],
      rows: rows, rightAligned: [3, 4, 5, 6])
  }

  /// Totals per example and the ratio.
  public static func totalsTable(_ analysis: BackwardAnalysis) -> Table {
    let totals = Totals(analysis)
    let rows: [[String]] = [
      ["parameters", NumberFormatting.plain(Double(totals.parameters)), "shared parameters counted once"],
      ["trainable parameters", NumberFormatting.plain(Double(totals.trainableParameters)), "not frozen"],
      [
        "forward", flop(totals.forward),
        "matrix \(flop(totals.forwardMatrix)), element-wise \(flop(totals.forwardElementwise))",
      ],
      ["input gradient", flop(totals.inputGradient), "gradients with respect to activations"],
      ["weight gradient", flop(totals.weightGradient), "gradients with respect to parameters"],
      ["update per step", flop(totals.updatePerStep), analysis.optimizer.derivation],
      ["update per example", flop(totals.updatePerExample), "update ÷ batch size \(analysis.batchSize)"],
      ["backward", flop(totals.backward), "input + weight gradients + update per example"],
      [
        "backward/forward ratio", NumberFormatting.plain(totals.ratio, digits: 4),
        "the study's 1:1 to 3:1 range",
      ],
    ]
    var all = rows
    if analysis.inputShape.rank == 1, analysis.sequenceLength > 1 {
      let length = Double(analysis.sequenceLength)
      all.append([
        "training per token", flop(analysis.trainingPerExample.value / length),
        "forward + backward per example ÷ sequence length \(analysis.sequenceLength)",
      ])
    }
    return Table(header: ["quantity", "value", "note"], rows: all, rightAligned: [1])
  }

  static func flop(_ value: FLOPs) -> String { NumberFormatting.scientific(value.value) }
  static func flop(_ value: Double) -> String { NumberFormatting.scientific(value) }
}
