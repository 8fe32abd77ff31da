import Testing
import TrainingCompute

/// Batch rows: CSV and JSON Lines read one line at a time; a bad row never stops the others.
struct BatchTests {
  static func results(_ lines: [String], format: BatchReader.Format) throws -> [BatchRowResult] {
    var reader = BatchReader(format: format)
    var results: [BatchRowResult] = []
    for line in lines {
      if let item = try reader.read(line) {
        switch item {
        case .record(let record): results.append(BatchRowResult.estimate(record))
        case .failure(let failure):
          results.append(BatchRowResult(line: failure.line, name: nil, outcome: .failure(failure)))
        }
      }
    }
    if case .failure(let failure)? = reader.finish() {
      results.append(BatchRowResult(line: failure.line, name: nil, outcome: .failure(failure)))
    }
    return results
  }

  @Test func aBadRowReportsLineColumnAndValueAndTheOthersGoOn() throws {
    let results = try Self.results(
      ["name,params,tokens", "a,7B,1T", "b,seven,1T", "\"c, quoted\",1B,\"20,000,000,000\""], format: .csv)
    #expect(results.count == 3)
    #expect((try? results[0].outcome.get())?.totalFLOP.value == 6 * 7e9 * 1e12)
    #expect(
      results[1].outcome
        == .failure(
          BatchFailure(
            line: 3, column: "params", value: "seven",
            message: "params must be a number such as 175e9, 175B, 1.4T or 1,000; got 'seven'.")))
    #expect(results[2].name == "c, quoted")
    #expect((try? results[2].outcome.get())?.totalFLOP.value == 6 * 1e9 * 2e10)
  }

  @Test func aQuotedCellMaySpanLines() throws {
    let results = try Self.results(["name,params,tokens", "\"two", "lines\",1B,1B"], format: .csv)
    #expect(results.count == 1)
    #expect(results[0].name == "two\nlines")
    #expect(results[0].line == 2)
  }

  @Test func refusesAHeaderWithAnUnknownColumn() {
    var reader = BatchReader(format: .csv)
    #expect(throws: BatchFailure.self) { try reader.read("name,parameters-ish") }
  }

  @Test func readsJSONLinesWithNumbersAndText() throws {
    let results = try Self.results(
      [#"{"name": "x", "params": 7e9, "tokens": "1T"}"#, #"{"params": [1]}"#, "{oops"], format: .jsonl)
    #expect((try? results[0].outcome.get())?.totalFLOP.value == 6 * 7e9 * 1e12)
    #expect(
      results[1].outcome
        == .failure(
          BatchFailure(
            line: 2, column: "params",
            message: "params must be a number or a string such as \"175B\"; got an object or array.")))
    if case .failure(let failure) = results[2].outcome {
      #expect(failure.line == 3)
    } else {
      Issue.record("line 3 should fail")
    }
  }
}

/// `BatchRun` spreads each chunk of rows over the cores; the text must not depend on it.
struct BatchRunOrderTests {
  @Test func everyCoreWritesWhatOneThreadWrites() throws {
    // More rows than one chunk, with bad rows among them, so that chunks and failures interleave.
    let rows = (0..<(BatchRun.chunkSize + 700)).map { index in
      index % 97 == 0 ? "run \(index),lots,1T" : "run \(index),\(index % 90 + 1)B,\(index % 7 + 1)T"
    }
    func render(parallel: Bool) throws -> (String, Int) {
      var reader = BatchReader(format: .csv)
      var run = BatchRun(format: .csv, parallel: parallel)
      var text = run.header
      for line in ["name,params,tokens"] + rows {
        if let item = try reader.read(line) { text += run.add(item) }
      }
      text += run.finish()
      return (text, run.failed)
    }
    let (serial, serialFailed) = try render(parallel: false)
    let (parallel, parallelFailed) = try render(parallel: true)
    #expect(parallel == serial)
    #expect(parallelFailed == serialFailed)
    #expect(serialFailed == (rows.count + 96) / 97)
    #expect(serial.split(separator: "\n").count == rows.count + 1)
  }
}
