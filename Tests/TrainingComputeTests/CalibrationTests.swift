import Foundation
import Testing
import TrainingCompute

/// The best estimate checked against runs whose published compute is known (Fixtures/calibration.csv,
/// each row citing its paper and table). The `golden` column says where the published figure comes
/// from: `developer` when the developers publish it, `secondary` when a careful secondary source
/// (Epoch AI's notes, OpenAI's AI and Compute) derived it from the paper's facts. The published
/// figure must lie inside the 90 % interval for at least 90 % of the runs; the shares within 10 %
/// and within 2× are printed for the note.
struct CalibrationTests {
  struct Run {
    var name: String
    var published: Double
    var golden: String
    var source: String
    var estimate: BestEstimate

    var ratio: Double { estimate.totalFLOP.value / published }
    var inside: Bool { estimate.interval.contains(published) }
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
        Run(
          name: result.name ?? "", published: published, golden: extra["golden"] ?? "",
          source: extra["source"] ?? "", estimate: estimate))
    }
    return runs
  }

  /// The calibration figures, one line per run and one summary line, as the note quotes them.
  static func report(_ runs: [Run]) -> String {
    func share(_ subset: [Run]) -> String {
      let inside = subset.filter(\.inside).count
      let tenPercent = subset.filter { abs($0.ratio - 1) <= 0.10 }.count
      let twice = subset.filter { $0.ratio <= 2 && $0.ratio >= 0.5 }.count
      return
        "\(subset.count) runs: inside the 90 % interval \(inside), within 10 % \(tenPercent), within 2× \(twice)"
    }
    var lines = ["calibration, all " + share(runs)]
    for golden in ["developer", "secondary"] {
      lines.append("calibration, \(golden) figures " + share(runs.filter { $0.golden == golden }))
    }
    for run in runs {
      let ratio = String(format: "%.3f", run.ratio)
      lines.append(
        "  \(run.name) [\(run.golden)]: ratio \(ratio), estimate \(run.estimate.totalFLOP.value) in "
          + "[\(run.estimate.range.low.value), \(run.estimate.range.high.value)] "
          + "(\(run.estimate.method.rawValue), \(run.estimate.confidence.rawValue)); published \(run.published)"
          + (run.inside ? "" : " OUTSIDE"))
    }
    return lines.joined(separator: "\n")
  }

  @Test func everyRunCitesItsSourceAndSaysWhoPublishedTheFigure() throws {
    let runs = try Self.runs()
    #expect(runs.count == 29)
    #expect(runs.filter { $0.golden == "secondary" }.count == 9)
    for run in runs {
      #expect(run.source.contains("20"), "\(run.name) has no citation")
      #expect(["developer", "secondary"].contains(run.golden), "\(run.name) does not say who published it")
      if run.golden == "secondary" {
        #expect(run.source.contains("Epoch AI") || run.source.contains("AI and Compute"), "\(run.name)")
      }
    }
  }

  @Test func intervalContainsThePublishedFigureForNinetyPercentOfRuns() throws {
    let runs = try Self.runs()
    print(Self.report(runs))
    let inside = runs.filter(\.inside).count
    #expect(Double(inside) / Double(runs.count) >= 0.9, "\(Self.report(runs))")
  }
}
