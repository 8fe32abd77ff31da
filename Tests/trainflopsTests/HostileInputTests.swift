import Foundation
import Testing

/// Inputs a careless user or an attacker gives (issue 8): each ends the command with exit 1 and
/// one sentence of ours on standard error — never a trap, a hang, `inf`, or system text.
struct HostileInputTests {
  /// Exit 1 and exactly one line, `Error: ` and one sentence, with no text of Foundation's.
  static func expectOneSentence(_ result: CommandRunner.Result, _ arguments: [String]) {
    #expect(result.status == 1, "trainflops \(arguments) exited \(result.status): \(result.error)")
    // The reader's "note:" lines (what it assumed) are not part of the error sentence.
    let lines = result.error.split(separator: "\n").filter { !$0.hasPrefix("note: ") }
    #expect(lines.count == 1, "trainflops \(arguments) printed \(lines.count) lines: \(result.error)")
    let line = String(lines.first ?? "")
    #expect(line.hasPrefix("Error: ") && line.hasSuffix(".") && !line.hasSuffix(".."), "\(line)")
    #expect(line.range(of: #"\. [A-Z]"#, options: .regularExpression) == nil, "two sentences: \(line)")
    for system in ["NSCocoaErrorDomain", "DecodingError", "Debug description", "EncodingError", "inf FLOP"] {
      #expect(!line.contains(system), "\(line)")
    }
    #expect(result.output.isEmpty)
  }

  static let fixtures = CommandRunner.repository.appendingPathComponent("Tests/ModelImportTests/Fixtures")

  /// The product of three inputs past `Double`: named, with their values, in one sentence.
  @Test func totalPastDoubleIsOneSentence() throws {
    let arguments = [
      "ops", "--params", "1e308", "--tokens", "1e308", "--epochs", "1e308", "--format", "json",
    ]
    let result = try CommandRunner.run(arguments)
    Self.expectOneSentence(result, arguments)
    #expect(
      result.error
        == "Error: the training compute from params 1e308, tokens 1e308 and epochs 1e308 exceeds 1.8e308, the largest number the tool can represent; check those inputs.\n"
    )
  }

  @Test(arguments: [
    ["--epochs", "1e300", "--count", "1", "--hours", "1"],
    ["--chip-hours", "4.9e-324"],
    ["--count", "1", "--hours", "1", "--format", "json", "--epochs", "1e300"],
  ])
  func compareWithNonFiniteResultIsOneSentence(extra: [String]) throws {
    let arguments = ["compare", "--params", "175B", "--tokens", "300B", "--hardware", "V100"] + extra
    Self.expectOneSentence(try CommandRunner.run(arguments), arguments)
  }

  /// Training FLOP per token × 1e308 tokens: refused, not printed as `inf`.
  @Test func conventionsTotalPastDoubleIsOneSentence() throws {
    let arguments = [
      "conventions", Self.fixtures.appendingPathComponent("hf/llama-3-8b.json").path, "--tokens", "1e308",
    ]
    let result = try CommandRunner.run(arguments)
    Self.expectOneSentence(result, arguments)
    #expect(
      result.error.split(separator: "\n").filter { !$0.hasPrefix("note: ") }.joined() + "\n"
        == "Error: the training compute from tokens 1e308 exceeds 1.8e308, the largest number the tool can represent; check those inputs.\n"
    )
  }

  /// The 335-byte "billion laughs" YAML of the before-stop probe: refused by the value limit.
  @Test func yamlAliasBombIsRefused() throws {
    let folder = try CommandRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bomb = """
      a: &a [x,x,x,x,x,x,x,x,x,x]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]

      """
    try bomb.write(to: folder.appendingPathComponent("bomb.yaml"), atomically: false, encoding: .utf8)
    let result = try CommandRunner.run(["model", "bomb.yaml"], in: folder)
    Self.expectOneSentence(result, ["model", "bomb.yaml"])
    #expect(result.error.contains("more than 20000 values"))
  }

  /// A directory, a device and a named pipe are refused by what they are, before any read.
  @Test func nonFilesAreRefused() throws {
    let folder = try CommandRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("pipe.yaml").path
    #expect(mkfifo(pipe, 0o600) == 0)
    for (path, reason) in [
      (folder.path, "it is a directory, not a regular file"),
      ("/dev/null", "it is a device, not a regular file"),
      (pipe, "it is a named pipe, not a regular file (give '-' to read standard input)"),
    ] {
      for command in ["model", "params"] {
        let result = try CommandRunner.run([command, path], in: folder, timeout: 10)
        Self.expectOneSentence(result, [command, path])
        #expect(result.error == "Error: cannot read '\(path)': \(reason).\n")
      }
    }
  }

  /// A sharded checkpoint's index whose shard is a named pipe ends at once, not blocked on it.
  @Test func safetensorsShardThatIsAPipeDoesNotHang() throws {
    let folder = try CommandRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(mkfifo(folder.appendingPathComponent("shard.safetensors").path, 0o600) == 0)
    try #"{"weight_map": {"w": "shard.safetensors"}}"#.write(
      to: folder.appendingPathComponent("model.safetensors.index.json"), atomically: false, encoding: .utf8)
    let arguments = ["params", "model.safetensors.index.json"]
    let result = try CommandRunner.run(arguments, in: folder, timeout: 10)
    Self.expectOneSentence(result, arguments)
    #expect(result.error.contains("named pipe"))
  }

  /// `-` reads the spec from standard input.
  @Test func dashReadsStandardInput() throws {
    let spec = try Data(
      contentsOf: CommandRunner.repository.appendingPathComponent("examples/models/onenet.json"))
    let result = try CommandRunner.run(["model", "-", "--format", "json"], input: spec)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("\"backward_forward_ratio\""))
  }

  /// `--plot` never replaces a symbolic link or a directory, and a missing folder is one sentence.
  @Test func plotRefusesLinksAndDirectories() throws {
    let folder = try CommandRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("keep.txt")
    try "keep".write(to: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("link.svg"), withDestinationURL: target)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder.svg"), withIntermediateDirectories: false)
    for (plot, reason) in [
      ("link.svg", "it is a symbolic link, which the tool does not replace"),
      ("folder.svg", "it is a directory, which the tool does not replace"),
      ("missing/ratio.svg", "its folder does not exist"),
    ] {
      let arguments = ["ratio", "examples/models/onenet.json", "--batch-sizes", "1,2", "--plot", plot]
      let result = try CommandRunner.run(arguments, in: folder)
      Self.expectOneSentence(result, arguments)
      #expect(result.error.hasPrefix("Error: --plot: cannot write '\(plot)': \(reason)"), "\(result.error)")
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.appendingPathComponent("link.svg").path)
    #expect(link == target.path)
  }

  /// The commands no other test ran: onnx, compare, conventions, hardware.
  @Test func everyCommandRuns() throws {
    let runs: [([String], String)] = [
      (
        ["onnx", Self.fixtures.appendingPathComponent("onnx/linear.onnx").path, "--dim", "batch=2"],
        "Coverage:"
      ),
      (
        [
          "conventions", Self.fixtures.appendingPathComponent("hf/llama-3-8b.json").path, "--seq-len", "8192",
        ],
        "6N"
      ),
      (
        [
          "compare", "--params", "175e9", "--tokens", "300e9", "--hardware", "V100", "--count", "10000",
          "--hours", "355", "--precision", "fp16",
        ], "implied_utilization"
      ),
      (["hardware", "list"], "V100"),
      (["hardware", "show", "V100"], "V100"),
      (
        ["params", Self.fixtures.appendingPathComponent("safetensors/model.safetensors.index.json").path],
        "total"
      ),
    ]
    for (arguments, expected) in runs {
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 0, "trainflops \(arguments): \(result.error)")
      #expect(result.output.contains(expected), "trainflops \(arguments) lacks \(expected)")
    }
  }
}
