import Foundation
import ModelImport
import TrainingCompute

extension FuzzTargets {
  /// A ledger file, through the front door the `ledger` and `report` commands and
  /// `POST /api/v1/report` share (`LedgerReporting.report`, as the server calls it: no model files
  /// read), then rendered in one of the report formats (picked by the input's length).
  static let ledger = FuzzTarget(name: "ledger", seeds: ["examples/ledgers"]) { data in
    let report = try LedgerReporting.report(
      text: String(decoding: data, as: UTF8.self), path: "ledger.yaml", modelFileDirectory: nil,
      generatedAt: "2026-01-01T00:00:00Z")
    let formats = LedgerReportFormat.allCases
    _ = try formats[data.count % formats.count].render(report)
  }
}
