import ArgumentParser
import Foundation
import TrainingCompute

struct RatioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ratio",
    abstract: "The backward/forward FLOP ratio of a model across batch sizes, optionally as an SVG chart.",
    usage: "trainflops ratio examples/models/onenet.json --batch-sizes 1,2,4,...,1024 --plot ratio.svg",
    discussion: """
      The layers' FLOP per example do not depend on the batch size; the weight update's share \
      (optimizer FLOP × parameters ÷ batch size) does, which moves the ratio between 1:1 and 3:1.
      """)

  @OptionGroup var model: ModelOptions

  @Option(
    name: .customLong("batch-sizes"),
    help: "Comma-separated batch sizes; '...' continues a geometric series (default 1,2,4,...,1024).")
  var batchSizes: String = "1,2,4,...,1024"

  @Option(help: "Write an SVG line chart of the ratio to this file.")
  var plot: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    _ = try validating { () throws(EstimateError) in try Self.parseBatchSizes(batchSizes) }
    _ = try validating(model.parsedOptimizer)
  }

  /// Reads `1,8,64` or `1,2,4,...,1024` (the step of the last two sizes repeated up to the size
  /// after the dots).
  static func parseBatchSizes(_ text: String) throws(EstimateError) -> [Int] {
    let field = "--batch-sizes"
    let largest = 1 << 40
    let allowed = "whole numbers from 1 to \(largest) separated by commas, such as 1,2,4,...,1024"
    var sizes: [Int] = []
    var isContinuing = false
    for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      if item == "..." || item == "…" {
        guard sizes.count >= 2, sizes[sizes.count - 1] > sizes[sizes.count - 2], !isContinuing else {
          throw .outOfRange(
            field: field, value: text, allowed: allowed + " ('...' needs two rising sizes before it)")
        }
        isContinuing = true
        continue
      }
      guard let size = Int(item), size >= 1, size <= largest else {
        throw .outOfRange(field: field, value: text, allowed: allowed)
      }
      if isContinuing, let last = sizes.last, sizes.count >= 2 {
        let previous = sizes[sizes.count - 2]
        // Sizes are at most 2^40, so these products stay exact in Double and never overflow.
        let step = Double(last) / Double(previous)
        var next = (Double(last) * step).rounded(.down)
        while next < Double(size), next > Double(sizes[sizes.count - 1]), sizes.count < 10_000 {
          sizes.append(Int(next))
          next = (next * step).rounded(.down)
        }
        isContinuing = false
      }
      sizes.append(size)
    }
    guard !sizes.isEmpty, !isContinuing else {
      throw .outOfRange(field: field, value: text, allowed: allowed)
    }
    return sizes
  }

  func run() throws {
    let sizes = try validating { () throws(EstimateError) in try Self.parseBatchSizes(batchSizes) }
    let analysis = try model.analysis(batchSize: sizes[0])
    let points = analysis.ratios(batchSizes: sizes)
    if let plot {
      let svg = RatioChart.svg(
        points, title: "\(analysis.model): backward/forward ratio (\(analysis.optimizer.rawValue))")
      try OutputFile(flag: "--plot", path: plot).write(svg)
    }
    print(try RatioReport.render(points, for: analysis, as: output.format), terminator: "")
  }
}
