public import ArgumentParser
import Foundation
import TrainingCompute

extension BatchReader.Format: ExpressibleByArgument {}
extension BatchOutput.Format: ExpressibleByArgument {}

/// `trainflops batch FILE`: one best estimate per row of a CSV or JSON Lines file.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "One best estimate per row of a CSV or JSON Lines file (- for standard input).",
    usage: "trainflops batch runs.csv --format markdown",
    discussion: """
      Columns are named like the estimate command's flags (name, params, tokens, examples, epochs, \
      hardware, count, hours, days, chip-hours, precision, utilization, domain, year, reported-flop …); \
      Epoch AI's export column names are accepted too ("Parameters", "Training compute (FLOP)", \
      "Training hardware", "Hardware quantity", "Training time (hours)" …). Each row gets its \
      figure, range, method and confidence, or its error (line, column, value, what is allowed); \
      a bad row never stops the others. Exit status: 0 when every row succeeded, 1 when any failed.
      """)

  @Argument(help: "A CSV file with a header row, or a JSON Lines file; - reads standard input.")
  var file: String

  @Option(
    name: .customLong("input"), help: "Input format: csv or jsonl (default: from the file name, else csv).")
  var inputFormat: BatchReader.Format?

  @Option(help: "Output format: csv, jsonl, json or markdown.")
  var format: BatchOutput.Format = .csv

  @Flag(
    help:
      "Skip columns that are not fields (such as the rest of Epoch AI's export) instead of refusing the file."
  )
  var skipUnknownColumns = false

  func run() throws {
    guard let source = LineSource(path: file) else {
      throw ValidationError("file '\(file)' could not be opened for reading.")
    }
    let input = inputFormat ?? (file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson") ? .jsonl : .csv)
    var reader = BatchReader(format: input, skipsUnknownColumns: skipUnknownColumns)
    var run = BatchRun(format: format, parallel: true)
    var out = BufferedOutput()
    out.write(run.header)
    do {
      while let line = source.next() {
        if let item = try reader.read(line) { out.write(run.add(item)) }
      }
    } catch {
      out.flush()
      throw ValidationError(error.description)
    }
    if let item = reader.finish() { out.write(run.add(item)) }
    out.write(run.finish())
    out.flush()
    let failed = run.failed
    if failed > 0 {
      FileHandle.standardError.write(Data("\(failed) row\(failed == 1 ? "" : "s") failed.\n".utf8))
      throw ExitCode(1)
    }
  }
}
