import Foundation
import Testing
import TrainingCompute

@testable import ModelImport

/// GGUF headers written by scripts/fixtures/make_gguf_fixtures.py (the gguf package), weights
/// omitted, read like the config.json they came from.
struct GGUFTests {
  static func path(_ name: String) throws -> String { try FixturePath.of("gguf/" + name) }

  @Test func llama3HasMetasParameterCount() throws {
    // Meta Llama 3 8B: 8,030,261,248 parameters (the safetensors index's total of the published
    // checkpoint; also what the Hugging Face reader gives for Fixtures/hf/llama-3-8b.json).
    let file = try GGUFFile.read(path: Self.path("llama-3-8b.gguf"))
    #expect(file.version == 3)
    #expect(file.tensors.count == 2 + 32 * 9 + 1)
    #expect(try file.parameterTotal == 8_030_261_248)
    // Norm weights are F32: 65 vectors of 4,096.
    #expect(file.parametersByType["F32"] == 65 * 4096)
  }

  @Test func llama3GivesTheSameParametersAndFLOPAsItsConfig() throws {
    let options = ImportOptions(sequences: .init(length: 2048))
    let gguf = try ModelImporter.open(path: Self.path("llama-3-8b.gguf"), options: options)
    let config = try ModelImporter.open(path: FixturePath.of("hf/llama-3-8b.json"), options: options)
    #expect(gguf.format == .gguf)
    #expect(gguf.parameters.total == config.parameters.total)
    let fromGGUF = try BackwardAnalysis(#require(gguf.graph), counting: .matrixOnly)
    let fromConfig = try BackwardAnalysis(#require(config.graph), counting: .matrixOnly)
    #expect(fromGGUF.forward == fromConfig.forward)
    #expect(fromGGUF.parameters == fromConfig.parameters)
    #expect(gguf.conventions?.model == config.conventions?.model)
  }

  @Test func notGGUFIsAClearError() {
    #expect(
      throws: ModelImportError.malformed(
        path: "x.gguf", format: "GGUF", reason: "it does not start with the magic bytes 'GGUF'")
    ) {
      try GGUFFile(path: "x.gguf", data: Data("GGML0000".utf8))
    }
  }

  @Test func aHugeMetadataCountIsRefused() {
    var data = Data("GGUF".utf8)
    data.append(contentsOf: [3, 0, 0, 0])  // version 3
    data.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0])  // no tensors
    data.append(contentsOf: [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])  // 2^64 − 1 entries
    #expect(
      throws: ModelImportError.malformed(
        path: "x.gguf", format: "GGUF",
        reason: "its metadata count is 18446744073709551615, more than 1000000")
    ) {
      try GGUFFile(path: "x.gguf", data: data)
    }
  }

  /// Every byte of the fixture's first 4 KiB replaced in turn: an answer or an error, never a trap.
  @Test func corruptedHeadersAreAnswersOrErrors() throws {
    let original = try Data(contentsOf: URL(fileURLWithPath: Self.path("llama-3-8b.gguf")))
    var answered = 0
    for index in original.indices.prefix(4096) {
      for value: UInt8 in [0x00, 0xff] where original[index] != value {
        var data = original
        data[index] = value
        if let file = try? GGUFFile(path: "x.gguf", data: data), (try? file.parameterTotal) != nil {
          answered += 1
        }
      }
    }
    #expect(answered > 0)
  }
}
