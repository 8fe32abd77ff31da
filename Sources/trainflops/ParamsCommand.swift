import ArgumentParser
import ModelImport
import TrainingCompute

struct ParamsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "params",
    abstract: "Print a model file's parameter count: total, non-embedding and active (mixture of experts).",
    usage: "trainflops params config.json | model.onnx --dim batch=1 | model.safetensors.index.json",
    discussion: """
      Reads Hugging Face config.json files, ONNX graphs (weights never read), safetensors headers (sharded
      checkpoints through their index) and spec files. Non-embedding leaves out token and position embeddings
      and an untied output matrix (Kaplan et al. 2020); active counts the top-k routed experts of each token.
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
    print(try ParamsCommand.render(model.parameters, as: output.format), terminator: "")
  }

  static func render(_ count: ParameterCount, as format: OutputFormat) throws -> String {
    if format == .json { return try JSONOutput.string(count) + "\n" }
    func text(_ value: Int?) -> String { value.map(grouped) ?? "unknown" }
    var rows = [
      ["total", text(count.total)], ["non_embedding", text(count.nonEmbedding)],
      ["active", text(count.active)],
    ]
    for (dtype, elements) in count.byDataType.sorted(by: { $0.key < $1.key }) {
      rows.append(["dtype \(dtype)", text(elements)])
    }
    return Table(header: ["parameters", "count"], rows: rows, rightAligned: [1]).render(format)
  }
}

/// `6738415616` → `6,738,415,616`.
func grouped(_ value: Int) -> String {
  let digits = String(value.magnitude)
  var result = ""
  for (index, digit) in digits.enumerated() {
    if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
    result.append(digit)
  }
  return (value < 0 ? "-" : "") + result
}
