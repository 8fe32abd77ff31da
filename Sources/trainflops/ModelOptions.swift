import ArgumentParser
import Foundation
import ModelImport
import TrainingCompute

/// The model file and the analysis settings shared by `model` and `ratio`.
struct ModelOptions: ParsableArguments {
  @Argument(
    help:
      "A model file: a spec in JSON or YAML (see examples/models and docs/model-spec.md), a Hugging Face config.json, an .onnx graph or a .gguf file."
  )
  var file: String

  @OptionGroup var importOptions: ImportCommandOptions

  @Option(
    help: "Weight update rule: \(Optimizer.allCases.map(\.rawValue).joined(separator: ", ")) (default sgd).")
  var optimizer: String = "sgd"

  @Flag(
    name: .customLong("matmul-only"),
    help: "Count matrix products and convolutions only, as PyTorch's FlopCounterMode does.")
  var matrixOnly = false

  @Option(
    help: ArgumentHelp(
      "Freeze layers for fine-tuning: comma-separated layer names or name prefixes ending in '.' or '*'.",
      discussion: "Frozen layers compute no weight gradient and are not updated; e.g. --freeze 'wte,h.0.*'."))
  var freeze: String?

  /// The optimizer, or the error naming the flag.
  func parsedOptimizer() throws(EstimateError) -> Optimizer {
    do {
      return try Optimizer(parsing: optimizer)
    } catch {
      throw .unknownOption(
        field: "--optimizer", value: optimizer, allowed: Optimizer.allCases.map(\.rawValue))
    }
  }

  /// The model graph in the file, with `--freeze` applied.
  func graph() throws -> ModelGraph {
    var graph = try importing(file, options: importOptions.importOptions()).layerGraph()
    if let freeze, let unmatched = graph.freeze(matching: freeze) {
      throw ValidationError(
        "--freeze '\(unmatched)' matches no layer of '\(file)': give layer names or prefixes ending in '.' or '*' (the layer table of 'trainflops model \(file)' lists them)."
      )
    }
    return graph
  }

  /// The analysis at one batch size.
  func analysis(batchSize: Int) throws -> BackwardAnalysis {
    let optimizer = try validating(parsedOptimizer)
    let graph = try graph()
    do {
      return try BackwardAnalysis(
        graph, batchSize: batchSize, optimizer: optimizer, counting: matrixOnly ? .matrixOnly : .all)
    } catch {
      throw ModelImportError.invalidModel(path: file, error)
    }
  }
}
