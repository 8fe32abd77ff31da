import Foundation

/// One fuzz target: a name (`FUZZ_TARGET=numbers`) and a function that feeds bytes to one parser
/// or entry point. The function may throw the parser's own errors (refusing bad input is the
/// point); a trap, a sanitizer report, a leak or a run past libFuzzer's `-timeout` is a finding.
struct FuzzTarget: Sendable {
  /// The name given in `FUZZ_TARGET` and used for the corpus folder.
  let name: String
  /// Folders (relative to the repository root) whose files seed the corpus.
  let seeds: [String]
  /// Feeds one input.
  let run: @Sendable (Data) throws -> Void
}

/// Every target. A new parser is one file defining a `FuzzTarget` and one line here.
enum FuzzTargets {
  static let all: [FuzzTarget] = [
    numbers, durations, specJSON, specYAML, huggingFace, onnx, safetensors, apiBodies, gguf, ledger, batch,
  ]

  /// The target `FUZZ_TARGET` names; the process stops with a list when it names none.
  static let selected: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = all.first(where: { $0.name == name }) else {
      let names = all.map(\.name).joined(separator: ", ")
      FileHandle.standardError.write(Data("FUZZ_TARGET must be one of: \(names); got '\(name)'.\n".utf8))
      exit(2)
    }
    return target
  }()
}

/// One input, one call of the selected target.
func runOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
  _ = try? FuzzTargets.selected.run(data)
  return 0
}

/// libFuzzer's callback, under its own name for its own `main` when the linker keeps that one.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { runOneInput(bytes, count) }
