import ModelImport
import Testing
import TrainingCompute

/// The state-space and recurrent families (Mamba, Mamba-2, RWKV, Jamba): their conventions say
/// that an attention-free model has no T² term, and their notes state how the scan is counted.
struct StateSpaceFamilyTests {
  static func open(_ file: String, length: Int = 2048) throws -> ImportedModel {
    try ModelImporter.open(
      path: FixturePath.of("hf/" + file),
      options: ImportOptions(sequences: .init(length: length), attention: .full))
  }

  /// Attention-free: Kaplan's `2·n_layer·n_ctx·d_attn` and PaLM's `12·L·H·Q·T` are zero, so those
  /// rows equal their 6N parts at any length, and the report says why.
  @Test(arguments: ["mamba-130m.json", "mamba-codestral-7b.json", "rwkv-4-169m-pile.json"])
  func attentionFreeModelsHaveNoQuadraticTerm(_ file: String) throws {
    let conventions = try #require(try Self.open(file).conventions)
    let rows = Dictionary(
      uniqueKeysWithValues: conventions.rows.map { ($0.convention, $0.trainingFLOPPerToken) })
    #expect(rows["Kaplan et al. 2020"] == rows["6N (non-embedding)"])
    #expect(rows["PaLM (full attention)"] == rows["PaLM, causal-halved"])
    #expect(conventions.caveats.count == 1)
    #expect(conventions.caveats.first?.hasPrefix("attention-free model") == true)
    let text = try ConventionsReport.render(
      conventions, parameters: try Self.open(file).parameters, tokens: nil, as: .text)
    #expect(text.contains("Note: attention-free model"))
  }

  /// The detailed count grows with T only through the convolution's K − 1 extra outputs per
  /// sequence (Mamba): per token, 2048 tokens cost less than 128.
  @Test func mambaDetailedCountIsLinearInT() throws {
    let short = try #require(try Self.open("mamba-130m.json", length: 128).conventions)
    let long = try #require(try Self.open("mamba-130m.json", length: 2048).conventions)
    // 24 layers × 2·1,536·4·3 padded products per sequence, spread over 128 or 2048 tokens.
    let padding = 24.0 * 2 * 1_536 * 4 * 3
    let difference = short.detailedForwardPerToken.value - long.detailedForwardPerToken.value
    #expect(abs(difference / (padding / 128 - padding / 2048) - 1) < 1e-9)
  }

  @Test func notesStateHowTheScanIsCounted() throws {
    let notes = try Self.open("mamba-130m.json").notes
    #expect(notes.contains { $0.hasPrefix("Mamba mixers (Gu & Dao 2023)") && $0.contains("D·N = 24,576") })
    let mamba2 = try Self.open("mamba-codestral-7b.json").notes
    #expect(
      mamba2.contains {
        $0.hasPrefix("Mamba-2 mixers (Dao & Gu 2024)") && $0.contains("chunks of 256 tokens")
      })
  }

  /// Mamba-2 pads each sequence to whole chunks of 256: 200 tokens cost one chunk's products,
  /// as 256 do, so per token the shorter sequence costs more.
  @Test func mamba2PadsToWholeChunks() throws {
    let padded = try #require(try Self.open("mamba-codestral-7b.json", length: 200).conventions)
    let whole = try #require(try Self.open("mamba-codestral-7b.json", length: 256).conventions)
    #expect(padded.detailedForwardPerToken.value > whole.detailedForwardPerToken.value)
  }

  @Test func mamba2HeadsMustCoverTheInnerSize() throws {
    let config = HuggingFaceConfig(
      path: "m.json",
      values: [
        "model_type": .string("mamba2"), "hidden_size": .number(64), "num_heads": .number(3),
        "head_dim": .number(64), "num_hidden_layers": .number(2), "vocab_size": .number(100),
      ])
    #expect(
      throws: ModelImportError.invalidValue(
        path: "m.json", key: "num_heads", value: "3",
        allowed: "num_heads × head_dim (64) equal to expand × hidden_size (128)")
    ) {
      try HuggingFaceFamily.architecture(of: config)
    }
  }

  /// Jamba-v0.1: attention at layers 4, 12, 20 and 28 (`i % 8 == 4`), Mamba elsewhere; experts
  /// every other layer from 1 (`i % 2 == 1`); only the attention layers have a T² term.
  @Test func jambaInterleavesAttentionMambaAndExperts() throws {
    let model = try Self.open("jamba-v0.1.json")
    let layers = try #require(model.architecture?.layers)
    let attention = layers.indices.filter { layers[$0].mixers.isEmpty }
    #expect(attention == [4, 12, 20, 28])
    #expect(
      layers.indices.filter { layers[$0].feedForward.experts == 16 } == Array(stride(from: 1, to: 32, by: 2)))
    let conventions = try #require(model.conventions)
    #expect(
      conventions.caveats.first?.hasPrefix("hybrid model: only its attention layers have a T² term (28")
        == true)
    // The attention term: 4 layers × 32 heads × (128 + 128) per attended position, halved when causal.
    #expect(conventions.model.maskableAttentionMultiplyAdds == 4 * 32 * 256)
  }
}
