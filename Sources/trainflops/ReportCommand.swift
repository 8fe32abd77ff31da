public import ArgumentParser
import Foundation
import ModelImport
import TrainingCompute

extension LedgerReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "A compliance report from a training ledger: every stage, the two totals, the verdict per regime.",
    usage: "trainflops report examples/ledgers/frontier.yaml --format markdown",
    discussion: """
      The ledger (YAML or JSON) lists a model's stages: pretraining, mid-training, fine-tuning, rl, \
      synthetic-data, merge, base-model, and the kinds that are listed but not counted (evaluation, \
      red-teaming, exploratory, reward-model, teacher, recomputation). See docs/ledger.md.
      """)

  @Argument(help: "The ledger file (YAML or JSON).")
  var file: String

  @Option(help: "Output format: json, markdown or html.")
  var format: LedgerReportFormat = .markdown

  func run() throws {
    let data: Data
    do throws(ModelImportError) {
      data = try FileContents.read(file)
    } catch {
      throw ValidationError(error.description)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ValidationError("'\(file)' is not UTF-8 text; a ledger is YAML or JSON text.")
    }
    let directory = URL(fileURLWithPath: file).deletingLastPathComponent().path
    let report: LedgerReport
    do throws(LedgerError) {
      report = try LedgerReporting.report(
        text: text, path: file, modelFileDirectory: directory, generatedAt: LedgerReporting.now())
    } catch {
      throw ReportFailure(description: "'\(file)': \(error.description)")
    }
    print(try format.render(report), terminator: "")
  }
}

/// A ledger that could not be reported on: printed as its sentence, exit status 1.
struct ReportFailure: Error, Equatable, CustomStringConvertible {
  var description: String
}
