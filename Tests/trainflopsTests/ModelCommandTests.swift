import ArgumentParser
import Foundation
import ModelImport
import Testing
import TrainingCompute

@testable import trainflops

/// `trainflops model` and `trainflops ratio` on the shipped examples.
struct ModelCommandTests {
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/models")

  static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }

  /// OneNet at batch 1 with SGD: ratio 3.0 (oracle forward 1,059,328, backward 2,110,464, update
  /// 1,067,796).
  @Test func modelReportsTheStudyRatio() throws {
    let command = try ModelCommand.parse([Self.example("onenet.json"), "--matmul-only", "--format", "json"])
    let analysis = try command.model.analysis(batchSize: try command.parsedBatchSize())
    #expect(abs(analysis.ratio - (2_110_464.0 + 1_067_796.0) / 1_059_328.0) < 1e-9)
    let json = try ModelReport.render(analysis, as: .json)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let totals = try #require(object["totals"] as? [String: Any])
    for key in [
      "parameters", "forward_flop", "input_gradient_flop", "weight_gradient_flop", "update_flop",
      "backward_forward_ratio",
    ] {
      #expect(totals[key] != nil, "missing \(key)")
    }
    #expect((object["layers"] as? [Any])?.count == 5)
  }

  /// GPT-2 small on 300B tokens at sequence length 1,024: examples = tokens ÷ 1,024.
  @Test func tokensBecomeAnEstimate() throws {
    let command = try ModelCommand.parse([
      Self.example("gpt2-small.yaml"), "--batch-size", "512", "--optimizer", "adam", "--tokens", "300e9",
    ])
    let analysis = try command.model.analysis(batchSize: 512)
    let data = try #require(try command.trainingData())
    let estimate = try analysis.estimate(data: data)
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: analysis.trainingPerExample * (300e9 / 1024)))
    let text = try ModelReport.render(analysis, estimate: estimate, as: .text)
    #expect(text.contains("Training compute"))
    #expect(text.contains("backward/forward ratio"))
  }

  @Test(arguments: [
    (["--batch-size", "0"], "--batch-size must be greater than zero; got 0."),
    (
      ["--optimizer", "adamax"],
      "--optimizer must be one of sgd, sgd_momentum, nesterov, adam, adamw, rmsprop, adagrad, adafactor, lion; got 'adamax'."
    ),
    (
      ["--examples", "1", "--tokens", "1"],
      "--examples and --tokens cannot be given together: give only one of them."
    ),
    (["--examples", "1", "--epochs", "0"], "--epochs must be greater than zero; got 0."),
  ])
  func badFlagsAreUsageErrors(flags: [String], message: String) {
    do {
      _ = try ModelCommand.parse([Self.example("onenet.json")] + flags)
      Issue.record("expected \(flags) to be refused")
    } catch {
      #expect(ModelCommand.message(for: error) == message)
      #expect(ModelCommand.exitCode(for: error) == .validationFailure)
    }
  }

  @Test func batchSizeSeriesExpands() throws {
    #expect(
      try RatioCommand.parseBatchSizes("1,2,4,...,1024") == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024])
    #expect(try RatioCommand.parseBatchSizes("1, 8, 64") == [1, 8, 64])
    let allowed = "whole numbers from 1 to 1099511627776 separated by commas, such as 1,2,4,...,1024"
    #expect(
      throws: EstimateError.outOfRange(
        field: "--batch-sizes", value: "1,...,8",
        allowed: allowed + " ('...' needs two rising sizes before it)")
    ) { try RatioCommand.parseBatchSizes("1,...,8") }
    #expect(throws: EstimateError.outOfRange(field: "--batch-sizes", value: "0,2", allowed: allowed)) {
      try RatioCommand.parseBatchSizes("0,2")
    }
    // Sizes past 2^40 are refused rather than overflowing the series arithmetic.
    #expect(
      throws: EstimateError.outOfRange(
        field: "--batch-sizes", value: "1,2,...,2000000000000", allowed: allowed)
    ) { try RatioCommand.parseBatchSizes("1,2,...,2000000000000") }
    #expect(
      try RatioCommand.parseBatchSizes("2,3037000500,...,9000000000") == [2, 3_037_000_500, 9_000_000_000])
    #expect(try RatioCommand.parseBatchSizes("3,4,...,10") == [3, 4, 5, 6, 8, 10])
  }

  /// LinearNet falls from about 2:1 toward 1:1 as the batch grows (the study's finding).
  @Test func ratioCommandWritesJSONAndAChart() throws {
    let plot = FileManager.default.temporaryDirectory.appendingPathComponent("ratio-\(UUID().uuidString).svg")
      .path
    let command = try RatioCommand.parse([
      Self.example("linearnet.yaml"), "--batch-sizes", "1,2,4,...,1024", "--plot", plot, "--format", "json",
    ])
    try command.run()
    let svg = try String(contentsOfFile: plot, encoding: .utf8)
    #expect(svg.hasPrefix("<svg"))
    #expect(svg.contains("batch size (log scale)"))
    try? FileManager.default.removeItem(atPath: plot)
    let analysis = try command.model.analysis(batchSize: 1)
    let points = analysis.ratios(batchSizes: try RatioCommand.parseBatchSizes(command.batchSizes))
    let json = try RatioReport.render(points, for: analysis, as: .json)
    #expect(json.contains("\"ratios\""))
    #expect(json.contains("\"batch_size\" : 1024"))
    #expect(try #require(points.first).ratio > 1.9)
    #expect(try #require(points.last).ratio < 1.1)
  }

  /// Freezing fc1 of OneNet by name leaves 4096·128 + 128 + 128·10 + 10 trainable parameters.
  @Test func freezeFlagFreezesByName() throws {
    let command = try ModelCommand.parse([Self.example("onenet.json"), "--freeze", "fc1"])
    let analysis = try command.model.analysis(batchSize: 1)
    #expect(analysis.trainableParameters == 4096 * 128 + 128 + 128 * 10 + 10)
  }

  @Test func missingFileFails() throws {
    let command = try ModelCommand.parse(["/nonexistent/model.yaml"])
    let error = #expect(throws: ImportFailure.self) { try command.run() }
    #expect(
      error?.error == ModelImportError.unreadable(path: "/nonexistent/model.yaml", reason: "no such file"))
  }
}
