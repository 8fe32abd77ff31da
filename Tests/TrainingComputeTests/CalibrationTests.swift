import Foundation
import Testing
import TrainingCompute

/// The best estimate checked against runs whose developers published both the facts and the
/// compute (Fixtures/calibration.csv, each row citing its paper and table). The published figure
/// must lie inside the 90 % interval for at least 90 % of the runs.
struct CalibrationTests {
  struct Run {
    var name: String
    var published: Double
    var source: String
    var estimate: BestEstimate
  }

  static func runs() throws -> [Run] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/calibration", withExtension: "csv"))
    let text = try String(contentsOf: url, encoding: .utf8)
    var reader = BatchReader(format: .csv, skipsUnknownColumns: true)
    var runs: [Run] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard case .record(let record) = try reader.read(String(line)) else { continue }
      let extra = Dictionary(uniqueKeysWithValues: record.ignored)
      let published = try #require(extra["published_flop"].flatMap(Double.init))
      let result = BatchRowResult.estimate(record)
      let estimate = try result.outcome.get()
      runs.append(
        Run(name: result.name ?? "", published: published, source: extra["source"] ?? "", estimate: estimate))
    }
    return runs
  }

  @Test func everyRunCitesItsSource() throws {
    let runs = try Self.runs()
    #expect(runs.count == 18)
    for run in runs { #expect(run.source.contains("20"), "\(run.name) has no citation") }
  }

  @Test func intervalContainsThePublishedFigureForNinetyPercentOfRuns() throws {
    let runs = try Self.runs()
    let inside = runs.filter { $0.estimate.interval.contains($0.published) }
    let withinTenPercent = runs.filter { abs($0.estimate.totalFLOP.value / $0.published - 1) <= 0.10 }
    let withinTwice = runs.filter {
      let ratio = $0.estimate.totalFLOP.value / $0.published
      return ratio <= 2 && ratio >= 0.5
    }
    let count = Double(runs.count)
    print(
      "calibration: \(runs.count) runs; inside 90 % interval \(inside.count) (\(Double(inside.count) / count)); within 10 % \(withinTenPercent.count); within 2× \(withinTwice.count)"
    )
    for run in runs {
      print(
        "  \(run.name): estimate \(run.estimate.totalFLOP.value) [\(run.estimate.range.low.value), \(run.estimate.range.high.value)] \(run.estimate.method.rawValue) \(run.estimate.confidence.rawValue); published \(run.published); ratio \(run.estimate.totalFLOP.value / run.published)"
      )
    }
    #expect(Double(inside.count) / count >= 0.9)
  }
}
