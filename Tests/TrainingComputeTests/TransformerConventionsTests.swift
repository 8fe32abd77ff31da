import Testing
import TrainingCompute

struct TransformerConventionsTests {
  /// GPT-2 small (12 layers, d = 768, 12 heads of 64, vocabulary 50,257, 1,024 positions, tied head).
  static let gpt2 = TransformerConventions.Model(
    activeParameters: 124_439_808, embeddingParameters: 50_257 * 768 + 1_024 * 768,
    inputEmbeddingParameters: 50_257 * 768 + 1_024 * 768, attentionWidth: 12 * 768,
    weightMultiplyAdds: 12 * 7_077_888 + 768 * 50_257, maskableAttentionMultiplyAdds: 12 * 12 * 128,
    unmaskedAttentionMultiplyAdds: 0)

  func row(_ name: String, _ conventions: TransformerConventions) throws -> Double {
    try #require(conventions.rows.first { $0.convention.hasPrefix(name) }).trainingFLOPPerToken.value
  }

  @Test func detailedFullAttentionEqualsFlopCounterMode() throws {
    // oracle-public.json gpt2_s128 batch_1: FlopCounterMode forward 32,228,179,968 and backward
    // 64,456,359,936 FLOP for 128 tokens (attention counted in full).
    let conventions = TransformerConventions(model: Self.gpt2, sequences: .init(length: 128), masking: .full)
    #expect(conventions.detailedForwardPerToken.value == 32_228_179_968 / 128)
    let training = try row("detailed", conventions)
    #expect(abs(training * 128 / (32_228_179_968 + 64_456_359_936) - 1) < 1e-12)
  }

  @Test func formulasFollowTheirSources() throws {
    let t = 1_024.0
    let conventions = TransformerConventions(
      model: Self.gpt2, sequences: .init(length: 1_024), masking: .causal)
    let n = 124_439_808.0
    let nonEmbedding = n - Double(51_281 * 768)
    #expect(try row("6N (all", conventions) == 6 * n)
    #expect(try row("6N (non", conventions) == 6 * nonEmbedding)
    // Kaplan et al. 2020 §2.1: C_forward = 2N + 2·n_layer·n_ctx·d_attn; training 3×.
    #expect(try row("Kaplan", conventions) == 3 * (2 * nonEmbedding + 2 * 12 * t * 768))
    // PaLM Appendix B: 6N + 12·L·H·Q·T; causal-halved: 6N + 6·L·H·Q·T.
    #expect(try row("PaLM (full", conventions) == 6 * nonEmbedding + 12 * 12 * 12 * 64 * t)
    #expect(try row("PaLM, causal", conventions) == 6 * nonEmbedding + 6 * 12 * 12 * 64 * t)
    // Full recomputation adds one forward pass: 4 passes instead of 3.
    #expect(abs(try row("hardware", conventions) / row("detailed", conventions) - 4.0 / 3) < 1e-12)
  }

  @Test func causalMaskingHalvesOnlyAttention() {
    let full = TransformerConventions(model: Self.gpt2, sequences: .init(length: 128), masking: .full)
    let causal = TransformerConventions(model: Self.gpt2, sequences: .init(length: 128), masking: .causal)
    let attention = 2.0 * 12 * 12 * 128 * 128
    #expect(
      abs((full.detailedForwardPerToken.value - causal.detailedForwardPerToken.value) - attention / 2) < 1e-6)
  }

  @Test func attentionCostFollowsTheSquareOfEachSequence() throws {
    // Three sequences of 512 and one of 2,048 tokens: tokens 3,584; Σ n·T² = 3·512² + 2,048²;
    // the attention context is their ratio (1,390.3), not the mean length (896).
    let lengths = try SequenceLengths.parse("512x3,2048x1")
    #expect(lengths.meanLength == 896)
    #expect(abs(lengths.attentionContext - (3 * 512.0 * 512 + 2_048.0 * 2_048) / 3_584) < 1e-9)
    #expect(SequenceLengths(length: 2_048).attentionContext == 2_048)
  }

  @Test(arguments: ["", "0", "abc", "512x0", "512x-1"])
  func badSequenceLengthsNameTheField(_ text: String) {
    #expect(throws: EstimateError.self) { try SequenceLengths.parse(text) }
  }
}
