import ArgumentParser
import ModelImport
import TrainingCompute

struct ONNXCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "onnx",
    abstract:
      "Forward FLOP of an ONNX graph's products, per operator, with its coverage (weights never read).",
    usage: "trainflops onnx model.onnx --dim batch=1 --dim sequence=2048 [--nodes]",
    discussion: """
      Shapes are inferred node by node; symbolic dimensions must be bound with --dim NAME=VALUE. FLOP count \
      matrix products, convolutions, recurrent cells and attention (2 per multiply-add), as PyTorch's \
      FlopCounterMode does. Unsupported operators are listed with their node count and share of all nodes; \
      when any node cannot be counted, the report says which and the command exits 1 unless --allow-partial \
      is given.
      """)

  @Argument(help: "The .onnx file.") var file: String
  @Flag(help: "List every node with its output shape and FLOP.") var nodes = false
  @Flag(help: "Exit 0 even when some nodes cannot be counted (the report still lists them).")
  var allowPartial = false
  @OptionGroup var importOptions: ImportCommandOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let model = try importing(file, options: try importOptions.importOptions())
    guard let analysis = model.onnx else {
      throw ValidationError("'\(file)' is not an ONNX file: give a .onnx file.")
    }
    print(try Self.render(analysis, listingNodes: nodes, as: output.format), terminator: "")
    if let partial = analysis.coverage.partialSentence, !allowPartial {
      throw PartialCount(message: "'\(file)': \(partial); pass --allow-partial to accept a partial count.")
    }
  }

  /// A report printed in full whose count is incomplete: exits 1 with one sentence.
  struct PartialCount: Error, Equatable, CustomStringConvertible {
    let message: String
    var description: String { message }
  }

  static func render(_ analysis: ONNXAnalysis, listingNodes: Bool, as format: OutputFormat) throws -> String {
    if format == .json {
      return try JSONOutput.string(ONNXReport(analysis, listingNodes: listingNodes)) + "\n"
    }
    let byOperator = analysis.forwardFLOPByOperator.filter { $0.value > 0 }.sorted { $0.value > $1.value }
    let table = Table(
      header: ["operator", "forward FLOP"],
      rows: byOperator.map { [$0.key, NumberFormatting.scientific($0.value)] }
        + [["total", NumberFormatting.scientific(analysis.forwardFLOP)]], rightAligned: [1])
    let coverage = analysis.coverage
    var lines = [
      "\(analysis.path): \(ParameterReport.grouped(analysis.parameters)) parameters (dims only\(analysis.externalInitializers > 0 ? "; \(analysis.externalInitializers) initializers in external data, not opened" : "")).",
      "Coverage: \(coverage.supportedNodes) of \(coverage.totalNodes) nodes (\(NumberFormatting.percent(coverage.supportedShare))) understood.",
    ]
    if !coverage.unsupported.isEmpty {
      lines.append("Unsupported operators: " + coverage.lines.joined(separator: "; ") + ".")
    }
    if coverage.skippedNodes > 0 {
      lines.append("\(coverage.skippedNodes) nodes skipped: an input came from an unsupported node.")
    }
    if let partial = coverage.partialSentence { lines.append("Partial count: \(partial).") }
    // CSV readers skip '#' comment lines; the coverage stays in the file.
    if format == .csv { lines = lines.map { "# " + $0 } }
    var text = lines.joined(separator: "\n") + "\n\n" + table.render(format)
    if listingNodes {
      text +=
        "\n"
        + Table(
          header: ["node", "op", "layer", "output shape", "forward FLOP"],
          rows: analysis.nodes.map {
            [
              $0.name, $0.op, $0.layer ?? "unsupported", "\($0.outputShape)",
              NumberFormatting.scientific($0.forwardFLOP),
            ]
          }, rightAligned: [4]
        ).render(format)
    }
    return text
  }
}
