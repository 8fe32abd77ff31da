/// Renders the table of utilizations real runs reported.
public enum UtilizationReport {
  /// One row per reported run: model, year, hardware, chips, precision, figure, kind, domain,
  /// source; text and Markdown end with the spread per kind of model that ranges are built from.
  public static func list(_ runs: [ReportedUtilization], as format: OutputFormat) throws -> String {
    if format == .json {
      return try JSONOutput.string(runs.map { FlatRecord(names: columns, values: values(of: $0)) })
    }
    let table = Table(header: columns, rows: runs.map(cells(of:)), rightAligned: [1, 3, 5]).render(format)
    guard format == .text || format == .markdown else { return table }
    let spreads = HardwareUsage.Domain.allCases.map { domain in
      let spread = ReportedUtilizations.spreadWithBasis(domain: domain, year: nil)
      return
        "\(domain.rawValue): \(NumberFormatting.percent(spread.low)) to \(NumberFormatting.percent(spread.high)), median \(NumberFormatting.percent(spread.median)) (\(spread.basis))."
    }
    return table + "\nSpread of reported MFU by kind of model:\n" + spreads.joined(separator: "\n") + "\n"
  }

  /// The columns of every format: the JSON keys and the table header.
  static let columns = [
    "model", "year", "hardware", "chips", "precision", "utilization", "kind", "domain", "source",
  ]

  /// A run's JSON values, column by column: the figure as a fraction, absent ones as `null`.
  static func values(of run: ReportedUtilization) -> [any Encodable] {
    [
      run.model, run.year, run.hardware, run.chips, run.precision, run.utilization, run.kind, run.domain,
      run.source,
    ]
  }

  /// A run's table cells, column by column: the figure as a percentage.
  static func cells(of run: ReportedUtilization) -> [String] {
    [
      run.model, String(run.year), run.hardware, run.chips.map { String($0) } ?? "",
      run.precision?.uppercased() ?? "", NumberFormatting.percent(run.utilization),
      run.kind.rawValue.uppercased(), run.domain.rawValue, run.source,
    ]
  }
}
