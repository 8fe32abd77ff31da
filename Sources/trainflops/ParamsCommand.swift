import ArgumentParser
import ModelImport
import TrainingCompute

struct ParamsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "params",
    abstract: "Print a model file's parameter count: total, non-embedding and active (mixture of experts).",
    usage: "trainflops params config.json | model.onnx --dim batch=1 | model.safetensors.index.json",
    discussion: """
      Reads Hugging Face config.json files, ONNX graphs (weights never read), safetensors headers (sharded \
      checkpoints through their index) and spec files. Non-embedding leaves out token and position embeddings \
      and an untied output matrix (Kaplan et al. 2020); active counts the top-k routed experts of each token. \
      Unknown figures print as null (JSON) or "unknown".
      """)

  @Argument(help: "The model file.") var file: String
  @OptionGroup var importOptions: ImportCommandOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    for (flag, isGiven) in [
      ("--seq-len", importOptions.sequenceLength != nil), ("--attention", importOptions.attention != nil),
    ] where isGiven {
      throw ValidationError("\(flag) does not change a parameter count: leave it out of params.")
    }
  }

  func run() throws {
    let model = try importing(file, options: try importOptions.importOptions())
    print(try ParameterReport.render(model.parameters, as: output.format), terminator: "")
  }
}
