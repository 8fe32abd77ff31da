/// Renders the table of utilizations real runs reported.
public enum UtilizationReport {
  /// One row per reported run: model, year, hardware, chips, precision, figure, kind, domain,
  /// source; text and Markdown end with the spread per kind of model that ranges are built from.
  public static func list(_ runs: [ReportedUtilization], as format: OutputFormat) throws -> String {
    if format == .json { return try JSONOutput.string(runs.map(Entry.init)) }
    let rows = runs.map { run in
      [
        run.model, String(run.year), run.hardware, run.chips.map { String($0) } ?? "",
        run.precision?.uppercased() ?? "", NumberFormatting.percent(run.utilization),
        run.kind.rawValue.uppercased(), run.domain.rawValue, run.source,
      ]
    }
    let header = [
      "model", "year", "hardware", "chips", "precision", "utilization", "kind", "domain", "source",
    ]
    let table = Table(header: header, rows: rows, rightAligned: [1, 3, 5]).render(format)
    guard format == .text || format == .markdown else { return table }
    let spreads = HardwareUsage.Domain.allCases.map { domain in
      let spread = ReportedUtilizations.spreadWithBasis(domain: domain, year: nil)
      return
        "\(domain.rawValue): \(NumberFormatting.percent(spread.low)) to \(NumberFormatting.percent(spread.high)), median \(NumberFormatting.percent(spread.median)) (\(spread.basis))."
    }
    return table + "\nSpread of reported MFU by kind of model:\n" + spreads.joined(separator: "\n") + "\n"
  }

  /// The JSON shape of one run: snake-case keys, the figure as a fraction.
  struct Entry: Encodable {
    var run: ReportedUtilization
    init(_ run: ReportedUtilization) { self.run = run }

    enum CodingKeys: String, CodingKey {
      case model, year, hardware, chips, precision, utilization, kind, domain, source
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(run.model, forKey: .model)
      try container.encode(run.year, forKey: .year)
      try container.encode(run.hardware, forKey: .hardware)
      try container.encode(run.chips, forKey: .chips)
      try container.encode(run.precision, forKey: .precision)
      try container.encode(run.utilization, forKey: .utilization)
      try container.encode(run.kind, forKey: .kind)
      try container.encode(run.domain, forKey: .domain)
      try container.encode(run.source, forKey: .source)
    }
  }
}
