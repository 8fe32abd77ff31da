import ArgumentParser
import Foundation
import Testing

@testable import trainflops

/// `trainflops report`: reads a ledger file, refuses a missing file and an unknown format with
/// their sentences.
struct ReportCommandTests {
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/ledgers")

  @Test func exampleLedgerRunsInEveryFormat() throws {
    for format in ["json", "markdown", "html"] {
      let command = try ReportCommand.parse([
        Self.examples.appendingPathComponent("unknown-original.yaml").path, "--format", format,
      ])
      try command.run()
    }
  }

  @Test func unknownFormatIsRefused() {
    do {
      _ = try ReportCommand.parse(["x.yaml", "--format", "pdf"])
      Issue.record("--format pdf was accepted")
    } catch {
      let message = ReportCommand.message(for: error)
      #expect(message.contains("'pdf'") && message.contains("html"), "\(message)")
    }
  }

  @Test func badLedgerFailsWithTheReadersSentence() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID()).yaml")
    try "model: m\nstages: []\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let command = try ReportCommand.parse([file.path])
    #expect(
      throws: ReportFailure(
        description: "'\(file.path)': the ledger: stages is missing: give at least one stage.")
    ) { try command.run() }
  }
}
