public import ArgumentParser
import Foundation
import ModelImport
import TrainingCompute

extension AttentionMasking: ExpressibleByArgument {}

/// `--seq-len`, `--dim NAME=VALUE` and `--attention`, shared by the commands that read model files.
struct ImportCommandOptions: ParsableArguments {
  @Option(
    name: .customLong("seq-len"),
    help:
      "Training sequence length (transformer configs), or lengths with counts for packed or variable-length data: 2048 or 512x3,2048x1. Default: the config's context length."
  )
  var sequenceLength: String?

  @Option(
    name: .customLong("dim"),
    help: "Value of a symbolic ONNX dimension, NAME=VALUE (repeatable): --dim batch=8 --dim sequence=2048.")
  var dimensions: [String] = []

  @Option(
    help:
      "causal (default) halves QKᵀ and A·V of decoder self-attention, as masked kernels compute and Megatron-LM counts; full counts every product, as PyTorch's FlopCounterMode and PaLM's formula do."
  )
  var attention: AttentionMasking?

  @Option(
    help:
      "Read a Hugging Face config as this model_type (llama, gpt2 …) whatever its own says, for families laid out like a known one."
  )
  var family: String?

  /// The options as the importer takes them; a bad --dim or --seq-len is a usage error.
  func importOptions() throws -> ImportOptions {
    var bound: [String: Int] = [:]
    for text in dimensions {
      do {
        let (name, value) = try ImportOptions.dimension(text)
        bound[name] = value
      } catch { throw ValidationError(error.description) }
    }
    let sequences = try sequenceLength.map { text in
      try validating { () throws(EstimateError) in try SequenceLengths.parse(text, field: "--seq-len") }
    }
    return ImportOptions(sequences: sequences, dimensions: bound, attention: attention, family: family)
  }
}

/// Reads a model file through the front door, turning import errors into a failure that prints
/// the importer's sentence; what the reader assumed or chose goes to standard error, one
/// "note:" line each, so that JSON on standard output stays one document.
func importing(_ path: String, options: ImportOptions) throws -> ImportedModel {
  let model: ImportedModel
  do { model = try ModelImporter.open(path: path, options: options) } catch { throw ImportFailure(error) }
  for note in model.notes {
    FileHandle.standardError.write(Data("note: \(note).\n".utf8))
  }
  return model
}

/// A model-import error as the command line's error: prints the sentence, exits 1.
struct ImportFailure: Error, CustomStringConvertible {
  let error: ModelImportError
  init(_ error: ModelImportError) { self.error = error }
  var description: String { error.description }
}
