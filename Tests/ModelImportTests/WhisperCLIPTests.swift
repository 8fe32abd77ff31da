import Foundation
import ModelImport
import Testing
import TrainingCompute

/// Whisper and CLIP read a second input (audio, an image) beside their text; what that input is
/// goes into the assumptions, and an option they cannot honour is refused by name. Their counts
/// are checked against Transformers and FlopCounterMode with every other fixture
/// (`TransformersCountTests`, `FlopCounterReferenceTests`, `FamilyAgreementTests`).
struct WhisperCLIPTests {
  static let whisperTiny =
    #"{"model_type": "whisper", "d_model": 384, "encoder_attention_heads": 6, "decoder_attention_heads": 6, "encoder_ffn_dim": 1536, "decoder_ffn_dim": 1536, "encoder_layers": 4, "decoder_layers": 4, "max_source_positions": 1500, "max_target_positions": 448, "num_mel_bins": 80, "vocab_size": 51865}"#

  func config(_ text: String) throws -> HuggingFaceConfig {
    try HuggingFaceConfig(path: "config.json", data: Data(text.utf8))
  }

  @Test func whisperHeadsThatDoNotDivideTheWidthAreNamed() throws {
    let text = Self.whisperTiny.replacingOccurrences(
      of: #""encoder_attention_heads": 6"#, with: #""encoder_attention_heads": 7"#)
    #expect(
      throws: ModelImportError.invalidValue(
        path: "config.json", key: "encoder_attention_heads", value: "7",
        allowed: "a divisor of the hidden size 384")
    ) {
      try HuggingFaceFamily.architecture(of: self.config(text))
    }
  }

  @Test func whisperStatesItsAudioAndDefaultsToItsDecoderPositions() throws {
    let model = try ModelImporter.huggingFace(try config(Self.whisperTiny), options: ImportOptions())
    #expect(
      model.notes.contains(
        "assuming 30 s of audio per example (3000 frames of 10 ms, 80 mel bins): 1500 encoder positions after the two convolutions, every one read by each decoder layer's cross-attention; a token is a decoder token, and the encoder's work is counted once per example"
      ))
    #expect(model.notes.contains("assuming sequences of the context length, 448"))
    let graph = try model.layerGraph()
    #expect(graph.inputShape == [448])
    #expect(graph.otherInputs == [ModelGraph.Input(name: "input_features", shape: [80, 3000])])
    #expect(graph.assumptions.contains { $0.hasPrefix("assuming 30 s of audio") })
  }

  /// Transformers 5.24 counts 8,208,384 parameters in whisper-tiny's `model.encoder`, and
  /// 87,456,000 in clip-vit-base-patch32's `vision_model` beside its projections of 393,216 and
  /// 262,144 and the one logit scale: these run once per example, which the conventions say.
  @Test(arguments: [
    ("whisper-tiny.json", "8,208,384"), ("clip-vit-base-patch32.json", "88,111,361"),
  ])
  func conventionsSayWhatRunsOncePerExample(_ file: String, _ parameters: String) throws {
    let model = try ModelImporter.open(path: FixturePath.of("hf/" + file), options: ImportOptions())
    let conventions = try #require(model.conventions)
    #expect(
      conventions.caveats.first?.hasPrefix(parameters + " of the parameters run once per example") == true)
  }

  @Test func decoderTokensPastTheTableAreRefused() throws {
    #expect(
      throws: ModelImportError.invalidValue(
        path: "config.json", key: "seq-len", value: "449",
        allowed: "at most 448 tokens, the text positions of 'whisper'")
    ) {
      try ModelImporter.huggingFace(
        try self.config(Self.whisperTiny), options: ImportOptions(sequences: SequenceLengths(length: 449)))
    }
  }

  @Test func clipTextPastItsPositionsIsRefused() throws {
    let path = try FixturePath.of("hf/clip-vit-base-patch32.json")
    #expect(
      throws: ModelImportError.invalidValue(
        path: path, key: "seq-len", value: "512×3, 77×1",
        allowed: "at most 77 tokens, the text positions of 'clip'")
    ) {
      try ModelImporter.open(
        path: path, options: ImportOptions(sequences: try SequenceLengths.parse("512x3,77x1")))
    }
  }

  @Test func clipCountsOneImagePerText() throws {
    let model = try ModelImporter.open(
      path: FixturePath.of("hf/clip-vit-base-patch32.json"), options: ImportOptions())
    #expect(
      model.notes.contains { $0.hasPrefix("assuming one 224×224 image of 3 channels per text: 49 patches") })
    let graph = try model.layerGraph()
    #expect(graph.inputShape == [77])
    // The image read as its 7 × 7 patches of 3 × 32 × 32 values.
    #expect(graph.otherInputs == [ModelGraph.Input(name: "pixel_values", shape: [49, 3072])])
    #expect(graph.nodes.last?.name == "logit_scale")
  }
}
