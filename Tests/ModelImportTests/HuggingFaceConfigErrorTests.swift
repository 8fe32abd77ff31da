import Foundation
import ModelImport
import Testing
import TrainingCompute

struct HuggingFaceConfigErrorTests {
  func config(_ text: String) throws -> HuggingFaceConfig {
    try HuggingFaceConfig(path: "config.json", data: Data(text.utf8))
  }

  @Test func unknownModelTypeNamesItAndTheSupportedOnes() throws {
    let error = #expect(throws: ModelImportError.self) {
      try HuggingFaceFamily.architecture(of: self.config(#"{"model_type": "hyena"}"#))
    }
    #expect(error?.description.contains("'hyena'") == true)
    #expect(error?.description.contains("llama") == true)
    #expect(error?.description.contains("mamba") == true)
  }

  @Test func stateSpaceConfigWithoutWidthNamesTheKey() throws {
    #expect(throws: ModelImportError.missingKey(path: "config.json", key: "hidden_size' or 'd_model")) {
      try HuggingFaceFamily.architecture(of: self.config(#"{"model_type": "mamba"}"#))
    }
  }

  @Test func missingKeyIsNamed() throws {
    #expect(throws: ModelImportError.missingKey(path: "config.json", key: "num_local_experts")) {
      try HuggingFaceFamily.architecture(
        of: self.config(
          #"{"model_type": "mixtral", "hidden_size": 64, "num_attention_heads": 4, "num_hidden_layers": 2, "intermediate_size": 128, "vocab_size": 100, "num_experts_per_tok": 2}"#
        ))
    }
  }

  @Test func missingModelTypeIsNamed() throws {
    #expect(throws: ModelImportError.missingModelType(path: "config.json")) {
      try HuggingFaceFamily.architecture(of: self.config(#"{"hidden_size": 64}"#))
    }
  }

  @Test func wrongTypesAndRangesAreNamed() throws {
    #expect(
      throws: ModelImportError.invalidValue(
        path: "config.json", key: "hidden_size", value: "\"big\"", allowed: "a whole number greater than zero"
      )
    ) {
      try HuggingFaceFamily.architecture(of: self.config(#"{"model_type": "llama", "hidden_size": "big"}"#))
    }
    #expect(throws: ModelImportError.self) {
      // 3 key/value heads do not divide 4 query heads.
      try HuggingFaceFamily.architecture(
        of: self.config(
          #"{"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "num_key_value_heads": 3, "num_hidden_layers": 2, "intermediate_size": 128, "vocab_size": 100}"#
        ))
    }
  }

  /// The families with grouped-query attention read its shape in one place, with one message.
  @Test(arguments: ["llama", "nemotron", "jamba", "starcoder2", "phi"])
  func keyValueHeadsThatDoNotDivideTheHeadsAreNamed(_ modelType: String) throws {
    let text =
      #"{"model_type": "\#(modelType)", "hidden_size": 64, "num_attention_heads": 4, "num_key_value_heads": 3}"#
    #expect(
      throws: ModelImportError.invalidValue(
        path: "config.json", key: "num_key_value_heads", value: "3",
        allowed: "a divisor of num_attention_heads (4)")
    ) {
      try HuggingFaceFamily.architecture(of: self.config(text))
    }
  }

  @Test func notJSONIsMalformed() {
    #expect(throws: ModelImportError.self) { try self.config("{not json") }
  }

  @Test func gpt2ConventionsMatchFlopCounterModeAtFullAttention() throws {
    // oracle-public.json gpt2_s128: forward + backward = 96,684,539,904 FLOP for 128 tokens.
    let architecture = try HuggingFaceFamily.architecture(of: .read(path: FixturePath.of("hf/gpt2.json")))
    let conventions = TransformerConventions(
      model: architecture.conventionsModel, sequences: .init(length: 128), masking: .full)
    let detailed = try #require(conventions.rows.first).trainingFLOPPerToken.value
    #expect(abs(detailed * 128 / 96_684_539_904 - 1) < 1e-12)
  }

  @Test func mixtureOfExpertsConventionsUseActiveParameters() throws {
    let architecture = try HuggingFaceFamily.architecture(
      of: .read(path: FixturePath.of("hf/mixtral-8x7b.json")))
    let conventions = TransformerConventions(
      model: architecture.conventionsModel, sequences: .init(length: 4096), masking: .causal)
    let sixN = try #require(conventions.rows.first { $0.convention.hasPrefix("6N (all") })
    #expect(sixN.trainingFLOPPerToken.value == 6 * 12_879_925_248)
  }
}
