import Foundation
import Testing

/// Every `trainflops …` command in the README's usage block runs as written, through the built
/// executable, and succeeds. Commands naming a file the repository does not ship yet are listed in
/// `awaitingFiles`, so a new README line cannot slip past untested.
struct ReadmeExampleTests {
  /// README commands whose input file (a Hugging Face `config.json`, an ONNX or sharded
  /// safetensors checkpoint at the top level) is not in `examples/` yet: the `hf` branch adds them.
  static let awaitingFiles: Set<String> = ["config.json", "model.safetensors.index.json", "model.onnx"]

  /// The README's example commands, as argument lists (shell quotes and `# comments` removed).
  static func commands() throws -> [[String]] {
    let readme = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
    return readme.split(separator: "\n").compactMap { line -> [String]? in
      guard line.hasPrefix("trainflops ") else { return nil }
      let command = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? String(line)
      return Array(words(command).dropFirst())
    }
  }

  /// Splits a command line on spaces, keeping 'single-quoted' words whole.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var isQuoted = false
    var hasWord = false
    for character in line {
      if character == "'" {
        isQuoted.toggle()
        hasWord = true
      } else if character == " ", !isQuoted {
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      } else {
        current.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(current) }
    return words
  }

  @Test func readmeListsTheCommands() throws {
    let commands = try Self.commands()
    #expect(commands.count >= 19)
    #expect(commands.contains(["ops", "--params", "175B", "--tokens", "300B"]))
    #expect(commands.contains(["hardware", "show", "A100 SXM4 80 GB"]))
  }

  @Test(arguments: try ReadmeExampleTests.commands())
  func readmeCommandRuns(arguments: [String]) throws {
    if let file = arguments.first(where: Self.awaitingFiles.contains) {
      #expect(
        !FileManager.default.fileExists(atPath: CommandRunner.repository.appendingPathComponent(file).path))
      return
    }
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 0, "trainflops \(arguments) failed: \(result.error)")
    // Standard error holds at most the reader's "note:" lines (what it assumed), never an error.
    #expect(result.error.split(separator: "\n").allSatisfy { $0.hasPrefix("note: ") }, "\(result.error)")
    #expect(!result.output.isEmpty)
  }

  /// The README's first example is GPT-3: 6 × 175e9 × 300e9 = 3.15e23 FLOP (Brown et al. 2020,
  /// table D.1, report 3.14e23 FLOP for GPT-3 175B).
  @Test func readmeGPT3ExampleGivesThePublishedTotal() throws {
    let result = try CommandRunner.run(["ops", "--params", "175B", "--tokens", "300B"])
    #expect(result.output.contains("Training compute: 3.15e23 FLOP"))
  }

  /// `ratio --plot ratio.svg` writes an SVG in the folder it runs in.
  @Test func ratioPlotWritesTheChart() throws {
    let folder = try CommandRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      ["ratio", "examples/models/onenet.json", "--batch-sizes", "1,2,4", "--plot", "ratio.svg"], in: folder)
    #expect(result.status == 0)
    let svg = try String(contentsOf: folder.appendingPathComponent("ratio.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
  }
}
