import Foundation
import ModelImport
import Testing
import TrainingCompute

/// How a config that does not name a known family is read: `--family`, `architectures`, a nested
/// `text_config`; and the shipped examples the README runs.
struct HuggingFaceFamilyOverrideTests {
  static let llama = try? String(contentsOfFile: FixturePath.of("hf/llama-3-8b.json"), encoding: .utf8)

  func model(_ text: String, family: String? = nil) throws -> ImportedModel {
    try ModelImporter.read(Data(text.utf8), name: "config.json", options: ImportOptions(family: family))
  }

  /// Llama 3 8B's config with its model_type replaced (or removed).
  func llama(modelType: String?) throws -> String {
    let text = try #require(Self.llama)
    let line = #""model_type": "llama","#
    return text.replacingOccurrences(of: line, with: modelType.map { #""model_type": "\#($0)","# } ?? "")
  }

  @Test func unknownModelTypeSuggestsFamilyAndFamilyIsHonoured() throws {
    let renamed = try llama(modelType: "my_llama")
    let error = #expect(throws: ModelImportError.self) { try self.model(renamed) }
    #expect(error?.description.contains("'my_llama'") == true)
    #expect(error?.description.contains("--family llama") == true)
    let read = try model(renamed, family: "llama")
    // meta-llama/Meta-Llama-3-8B: 8,030,261,248 (as HuggingFaceParameterTests cites).
    #expect(read.parameters.total == 8_030_261_248)
    #expect(read.notes.contains("read as model_type 'llama' (--family)"))
  }

  @Test func missingModelTypeIsReadFromArchitectures() throws {
    let read = try model(try llama(modelType: nil))
    #expect(read.parameters.total == 8_030_261_248)
    #expect(read.notes.contains("read as model_type 'llama', from architectures"))
  }

  @Test func textConfigIsReadAsTheLanguageModelAndSaidSo() throws {
    let inner = try llama(modelType: "llama")
    let outer = #"{"model_type": "llava", "vision_config": {"hidden_size": 1024}, "text_config": \#(inner)}"#
    let read = try model(outer)
    #expect(read.parameters.total == 8_030_261_248)
    #expect(
      read.notes.contains(
        "counted the language model in text_config (model_type llama) only; the vision or audio parts of 'llava' are left out"
      ))
  }

  @Test func exampleFilesOfTheReadmeRead() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let config = try ModelImporter.open(
      path: root.appendingPathComponent("examples/hf/llama-3-8b/config.json").path)
    #expect(config.parameters.total == 8_030_261_248)
    let index = try ModelImporter.open(
      path: root.appendingPathComponent("examples/safetensors/model.safetensors.index.json").path)
    #expect(index.format == .safetensorsIndex)
    // The tiny checkpoint of scripts/fixtures/make_import_fixtures.py: the same tensors as its
    // unsharded model.safetensors fixture.
    let single = try ModelImporter.open(path: FixturePath.of("safetensors/model.safetensors"))
    #expect(index.parameters.total == single.parameters.total)
  }

  @Test func optionsAFormatDoesNotUseAreRefused() throws {
    let spec = #"{"input_shape": [4], "layers": [{"type": "linear", "in_features": 4, "out_features": 2}]}"#
    #expect(
      throws: ModelImportError.unusedOption(path: "spec.json", option: "seq-len", format: .jsonSpec)
    ) {
      try ModelImporter.read(
        Data(spec.utf8), name: "spec.json", options: ImportOptions(sequences: .init(length: 8)))
    }
    let text = try #require(Self.llama)
    #expect(
      throws: ModelImportError.unusedOption(path: "config.json", option: "dim", format: .huggingFaceConfig)
    ) {
      try ModelImporter.read(
        Data(text.utf8), name: "config.json", options: ImportOptions(dimensions: ["batch": 8]))
    }
  }
}
