import Foundation
import TrainingCompute

extension FuzzTargets {
  /// A batch file's rows as `trainflops batch` and `POST /api/v1/batch` read them: line by line
  /// through `BatchReader`, then the loop both share (`BatchRun`, on one thread as the server runs
  /// it) estimates and renders each row. Input whose first byte is `{` is JSON Lines, anything
  /// else CSV with a header row; the output format is picked by the input's length.
  static let batch = FuzzTarget(name: "batch", seeds: ["Fuzz/Seeds/batch"]) { data in
    let text = String(decoding: data, as: UTF8.self)
    var reader = BatchReader(format: data.first == UInt8(ascii: "{") ? .jsonl : .csv)
    let formats = BatchOutput.Format.allCases
    var run = BatchRun(format: formats[data.count % formats.count], parallel: false)
    var rendered = run.header
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let item = try reader.read(String(line)) { rendered += run.add(item) }
    }
    if let item = reader.finish() { rendered += run.add(item) }
    rendered += run.finish()
  }
}
