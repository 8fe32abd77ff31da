import Foundation
import ModelImport
import Testing
import TrainingCompute

/// The budget of every file read and every spec (issue 8): sizes, file kinds, YAML aliases,
/// expanded layers, names, element counts — each an exact error naming what was wrong.
struct ImportLimitTests {
  static func temporaryFile(_ contents: Data, named name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try contents.write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func fileOverTheLimitNamesItsSize() throws {
    let path = try Self.temporaryFile(Data(repeating: 0x20, count: 11), named: "big.yaml")
    #expect(throws: ModelImportError.tooLarge(path: path, size: 11, limit: 10)) {
      try FileContents.read(path, limit: 10)
    }
    #expect(
      ModelImportError.tooLarge(path: "big.yaml", size: 1_073_741_824, limit: 16_777_216).description
        == "'big.yaml' is 1,073,741,824 bytes long, over the limit of 16,777,216 bytes for a file of its kind; give a smaller file."
    )
    #expect(try FileContents.read(path, limit: 11).count == 11)
  }

  /// A spec of 1 MiB and a byte is refused before parsing, with the exact size.
  @Test func specOverOneMebibyteIsRefused() throws {
    let path = try Self.temporaryFile(Data(repeating: 0x20, count: (1 << 20) + 1), named: "large.yaml")
    #expect(throws: ModelImportError.tooLarge(path: path, size: 1_048_577, limit: 1_048_576)) {
      try ModelImporter.open(path: path)
    }
  }

  @Test func directoriesDevicesAndPipesAreRefused() throws {
    let folder = FileManager.default.temporaryDirectory.path
    #expect(
      throws: ModelImportError.unreadable(path: folder, reason: "it is a directory, not a regular file")
    ) {
      try FileContents.read(folder)
    }
    #expect(
      throws: ModelImportError.unreadable(path: "/dev/null", reason: "it is a device, not a regular file")
    ) {
      try FileContents.read("/dev/null")
    }
    let pipe = try Self.temporaryFile(Data(), named: "p")
    try FileManager.default.removeItem(atPath: pipe)
    #expect(mkfifo(pipe, 0o600) == 0)
    #expect(
      throws: ModelImportError.unreadable(
        path: pipe, reason: "it is a named pipe, not a regular file (give '-' to read standard input)")
    ) { try FileContents.read(pipe, offset: 0, count: 8) }
  }

  static let shapeLimit = "whose product is over 1e18 elements, far above any real model"

  /// Shapes past 1e18 elements (or `Int`) are refused, not multiplied: a product of two huge
  /// dimensions, of 100 small ones, one dimension alone, and ten tensors together.
  @Test(arguments: [
    (
      #"{"w": {"dtype": "F32", "shape": [999999999999999, 999999999999999]}}"#,
      "tensor 'w' has a shape of 2 dimensions \(shapeLimit)"
    ),
    (
      #"{"w": {"dtype": "F32", "shape": ["# + Array(repeating: "2", count: 100).joined(separator: ",")
        + "]}}",
      "tensor 'w' has a shape of 100 dimensions \(shapeLimit)"
    ),
    (
      #"{"w": {"dtype": "F32", "shape": [1e19, 1]}}"#,
      "tensor 'w' has a dimension of 1e19, over the 1e18 elements a checkpoint may hold"
    ),
    (
      "{"
        + (0..<10).map { #""w\#($0)": {"dtype": "F32", "shape": [1000000000, 1000000000]}"# }
        .joined(separator: ",") + "}",
      "its tensors hold over 1e18 elements in all, far above any real model"
    ),
  ])
  func safetensorsElementsPastTheLimitAreRefused(header: String, reason: String) {
    #expect(throws: ModelImportError.malformed(path: "h.safetensors", format: "safetensors", reason: reason))
    {
      try SafetensorsHeader(path: "h.safetensors", json: Data(header.utf8))
    }
  }

  /// "Billion laughs": 461 bytes that expand to 10^9 values are refused before expansion.
  @Test func yamlAliasBombIsRefused() {
    var yaml = "l0: &l0 [" + Array(repeating: "x", count: 10).joined(separator: ",") + "]\n"
    for level in 1...8 {
      yaml +=
        "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",")
        + "]\n"
    }
    yaml += "input_shape: [4]\nlayers: [*l8]\n"
    #expect(
      throws: ModelImportError.malformedSpec(
        path: "bomb.yaml",
        reason:
          "it expands to more than 20000 values once its YAML aliases are resolved, the limit for a spec")
    ) { try ModelSpecReader.graph(from: yaml, format: .yaml, path: "bomb.yaml") }
  }

  /// A JSON spec's values are counted in one pass before it is parsed; commas inside strings do
  /// not count.
  @Test func jsonSpecWithTooManyValuesIsRefusedBeforeParsing() throws {
    let many =
      #"{"input_shape": [4], "layers": [], "x": ["#
      + Array(repeating: "0", count: 20_000).joined(separator: ",") + "]}"
    #expect(
      throws: ModelImportError.malformedSpec(
        path: "m.json", reason: "it holds more than 20000 values, the limit for a spec")
    ) { try ModelSpecReader.graph(from: many, format: .json, path: "m.json") }
    let commas = String(repeating: ",:[{", count: 10_000)
    let text = #"{"input_shape": [4], "layers": [{"type": "relu"}], "description": "\#(commas) \" \\"}"#
    let graph = try ModelSpecReader.graph(from: text, format: .json, path: "d.json")
    #expect(graph.nodes.count == 1)
  }

  @Test(arguments: [("999999", "999999"), ("1e9", "1000000000")])
  func repeatPastTheLayerLimitIsRefusedBeforeBuilding(count: String, shown: String) {
    let yaml = "input_shape: [4]\nlayers:\n  - repeat: \(count)\n    layers:\n      - {type: relu}\n"
    #expect(
      throws: ModelImportError.invalidSpecField(
        path: "r.yaml", layer: "", field: "layers", value: shown,
        allowed: "at most 20000 after every repeat is expanded (a repeat count times its block's layers)")
    ) { try ModelSpecReader.graph(from: yaml, format: .yaml, path: "r.yaml") }
  }

  @Test func longNamesAreRefusedWithAnExcerpt() {
    let name = String(repeating: "n", count: 300)
    let yaml = "input_shape: [4]\nlayers:\n  - {type: relu, name: \(name)}\n"
    #expect(
      throws: ModelImportError.invalidSpecField(
        path: "n.yaml", layer: "layer 1", field: "name",
        value: "'" + String(repeating: "n", count: 59) + "…'",
        allowed: "at most 256 characters")
    ) { try ModelSpecReader.graph(from: yaml, format: .yaml, path: "n.yaml") }
  }

  /// A zero-filled file is refused without echoing it.
  @Test func zeroFilledFileIsNotEchoed() {
    let error = #expect(throws: ModelImportError.self) {
      try ModelImporter.read(Data(count: 100_000), name: "zero.yaml", options: ImportOptions())
    }
    #expect(
      error?.description
        == "'zero.yaml' is not a valid JSON or YAML model spec: control characters are not allowed at byte 0."
    )
  }

  /// A plain YAML scalar such as `1:0:0:0:0:0:0:0:0:0:0:0` is a base-60 number in YAML 1.1, which
  /// overflowed `Int` inside Yams and ended the process (found by the spec-yaml fuzzer on
  /// 2026-12-01, `Fuzz/RESULTS.md`); it is now text, refused by name like any other.
  @Test func baseSixtyNumberIsRefusedNotATrap() {
    let cases = [
      (
        "input_shape: [4]\nlayers:\n  - type: linear\n    in_features: 4\n    out_features: 1:0:0:0:0:0:0:0:0:0:0:0\n",
        "'s.yaml': layer 1: out_features must be a whole number; got '1:0:0:0:0:0:0:0:0:0:0:0'."
      ),
      (
        "input_shape: [1:0:0:0:0:0:0:0:0:0:0:0]\nlayers: []\n",
        "'s.yaml': input_shape must be a whole number or a list of whole numbers; got ['1:0:0:0:0:0:0:0:0:0:0:0']."
      ),
    ]
    for (text, message) in cases {
      do {
        _ = try ModelSpecReader.graph(from: text, format: .yaml, path: "s.yaml")
        Issue.record("no error for \(text)")
      } catch {
        #expect(error.description == message)
      }
    }
  }

  /// A YAML syntax error gives the problem and its place, not the file.
  @Test func yamlSyntaxErrorNamesThePlace() {
    #expect(
      throws: ModelImportError.malformedSpec(
        path: "b.yaml", reason: "did not find expected ',' or ']' at line 2, column 7")
    ) { try ModelSpecReader.graph(from: "input_shape: [4\nlayers: x\n", format: .yaml, path: "b.yaml") }
  }

  /// Malformed JSON: where it breaks, in a sentence that ends in one full stop.
  @Test func malformedJSONMessageEndsOnce() {
    let error = ModelImportError.malformed(
      path: "c.json", format: "JSON", reason: "the JSON cannot be parsed (unexpected character 'x' at byte 6)"
    )
    #expect(throws: error) { try JSONValue.parse(Data(#"{"a": x}"#.utf8), path: "c.json") }
    #expect(
      error.description
        == "'c.json' is not a valid JSON file: the JSON cannot be parsed (unexpected character 'x' at byte 6)."
    )
  }
}
