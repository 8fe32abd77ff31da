import Foundation
import ModelImport
import Testing
import TrainingCompute

/// The ledger format: every key checked, numbers as people write them, limits on size and
/// nesting, and the examples under examples/ledgers run end to end.
struct LedgerReaderTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/ledgers")

  static func report(_ file: String) throws -> LedgerReport {
    let path = directory.appendingPathComponent(file).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try LedgerReporting.report(
      text: text, path: file, modelFileDirectory: directory.path, generatedAt: "2026-11-30T00:00:00Z")
  }

  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }

  @Test func everyExampleLedgerReports() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    #expect(files.count >= 4)
    for file in files {
      let report = try Self.report(file)
      #expect(report.cumulative.flop > 0, "\(file)")
      for format in LedgerReportFormat.allCases {
        #expect(try !format.render(report).isEmpty, "\(file) \(format)")
      }
    }
  }

  /// frontier.yaml: pre-training (6 N D), non-public synthetic data and RL counted; the public
  /// rewrite, reward model, evaluations and red-teaming listed but not counted.
  @Test func frontierExampleCountsWhatTheGuidelinesCount() throws {
    let report = try Self.report("frontier.yaml")
    let counted = report.stages.filter(\.includedInCumulative).map(\.name)
    #expect(counted == ["pre-training", "synthetic reasoning data", "RL with verifiable rewards"])
    let updates = report.stages.filter(\.includedInParameterUpdate).map(\.name)
    #expect(updates == ["pre-training", "RL with verifiable rewards"])
    let expected = 6 * 400e9 * 15e12 + 2 * 70e9 * 2e12 + (6 * 400e9 * 20e9 + 2 * 400e9 * 200e9)
    #expect(Self.close(report.cumulative.flop, expected))
    // Two periods: 16,384 chips for 40 days and 24,576 for 25 days.
    #expect(Self.close(try #require(report.stages[0].chipHours), (16384 * 40 + 24576 * 25) * 24))
  }

  @Test func downstreamExampleGetsTheOneThirdTest() throws {
    let report = try Self.report("downstream-finetune.yaml")
    let check = try #require(report.thresholds.first { $0.regime.fractionOfOriginal != nil })
    #expect(Self.close(check.thresholdFLOP, 3.8e25 / 3))
    #expect(check.verdict == .notExceeded)
  }

  @Test func unknownOriginalExampleUsesTheFallback() throws {
    let report = try Self.report("unknown-original.yaml")
    let check = try #require(report.thresholds.first { $0.regime.fractionOfOriginal != nil })
    #expect(check.regime.id == "eu-downstream-modifier")
    #expect(Self.close(check.thresholdFLOP, 1e23 / 3))
    #expect(check.isExceeded)
  }

  @Test func modelFileStageRecordsTheFileDigest() throws {
    let report = try Self.report("gpt2-from-model-file.yaml")
    let file = try #require(report.provenance.modelFiles.first)
    let data = try Data(contentsOf: Self.directory.appendingPathComponent("../models/gpt2-small.yaml"))
    #expect(file.sha256 == InputDigest.sha256(data))
    #expect(report.stages[0].parts.first?.inputs.contains { $0.name == "forward-flop" } == true)
  }

  /// FIPS 180-2, appendix B.1: SHA-256("abc").
  @Test func digestMatchesTheStandardsTestVector() {
    #expect(
      InputDigest.sha256(Data("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func unknownStageKeyIsRefusedByName() {
    let text = "model: m\nstages:\n  - name: pre\n    kind: pretraining\n    tokenz: 1T\n"
    #expect(
      throws: LedgerError.unknownKey(
        place: "stage 'pre'", key: "tokenz",
        allowed: LedgerReader.stageKeys + StageEstimator.factNames(for: .pretraining))
    ) { try LedgerReader.ledger(from: text) }
  }

  @Test func unknownTopLevelKeyIsRefusedByName() {
    #expect(
      throws: LedgerError.unknownKey(place: "the ledger", key: "modle", allowed: LedgerReader.ledgerKeys)
    ) {
      try LedgerReader.ledger(from: "modle: m\nstages: []\n")
    }
  }

  @Test func unknownKindIsRefused() {
    let text = "model: m\nstages:\n  - name: x\n    kind: distillation\n"
    #expect(
      throws: LedgerError.invalidValue(
        place: "stage 'x'", key: "kind", value: "'distillation'",
        allowed: "one of " + StageKind.allCases.map(\.rawValue).joined(separator: ", "))
    ) { try LedgerReader.ledger(from: text) }
  }

  /// A YAML alias bomb stops at the node budget instead of expanding.
  @Test func aliasBombStopsAtTheNodeBudget() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...8 {
      let items = Array(repeating: "*\(level == 1 ? "a" : "l\(level - 1)")", count: 10).joined(
        separator: ", ")
      text += "l\(level): &l\(level) [\(items)]\n"
    }
    #expect(
      throws: LedgerError.malformed(
        reason: "it holds more than 20000 values (YAML aliases count each time they are used)")
    ) { try LedgerReader.ledger(from: text) }
  }

  @Test func oversizedLedgerIsRefused() {
    let text = "model: m\n#" + String(repeating: "x", count: LedgerReader.maximumBytes)
    #expect(
      throws: LedgerError.malformed(
        reason: "it is \(text.utf8.count) bytes long; the limit is \(LedgerReader.maximumBytes) bytes")
    ) { try LedgerReader.ledger(from: text) }
  }

  @Test func jsonAndYAMLReadAlike() throws {
    let yaml =
      "model: m\nstart: 2026-01-05\nstages:\n  - name: pre\n    kind: pretraining\n    params: 7B\n    tokens: 2e12\n"
    let json =
      #"{"model": "m", "start": "2026-01-05", "stages": [{"name": "pre", "kind": "pretraining", "params": "7B", "tokens": 2e12}]}"#
    let fromYAML = try LedgerReader.ledger(from: yaml)
    let fromJSON = try LedgerReader.ledger(from: json)
    #expect(fromYAML.stages.count == 1 && fromJSON.stages.count == 1)
    let provenance = LedgerProvenance(generatedAt: "t", ledger: .init(path: "p", sha256: "s"))
    #expect(
      try fromYAML.report(provenance: provenance).cumulative
        == fromJSON.report(provenance: provenance).cumulative)
    #expect(fromYAML.start?.description == "2026-01-05")
  }

  @Test func badNumbersNameTheKey() {
    let text =
      "model: m\noriginal-model-flop: -3e25\nstages:\n  - name: pre\n    kind: pretraining\n    reported-flop: 1e24\n"
    #expect(
      throws: LedgerError.invalidValue(
        place: "the ledger", key: "original-model-flop", value: "'-3e25'", allowed: "greater than zero")
    ) { try LedgerReader.ledger(from: text) }
  }

  @Test func modelFilesAreRefusedWhereNoneCanBeRead() {
    let text =
      "model: m\nstages:\n  - name: pre\n    kind: pretraining\n    model-file: x.yaml\n    tokens: 1B\n"
    #expect(
      throws: LedgerError.invalidValue(
        place: "stage 'pre'", key: "model-file", value: "'x.yaml'",
        allowed: "left out here: no model file can be read; give forward-flop or params instead")
    ) { try LedgerReader.ledger(from: text, allowsModelFiles: false) }
  }
}
