import Testing
import TrainingCompute

/// Embedding, positional embedding, attention and the transformer block.
struct SequenceLayerTests {
  /// A lookup multiplies nothing; its weight gradient is a scatter-add of seq·d.
  @Test func embeddingLookupIsFree() throws {
    let layer = Embedding(vocabulary: 1000, dimension: 64)
    #expect(try layer.outputShape(for: [[32]]) == [32, 64])
    let cost = layer.cost(for: [[32]])
    #expect(cost.parameters == 64_000)
    #expect(cost.forward == .zero)
    #expect(cost.weightGradient == .elementwise(32 * 64))
    #expect(!layer.passesGradientToInputs)
  }

  @Test func positionalEmbeddingChecksLength() throws {
    let layer = PositionalEmbedding(maxPositions: 16, dimension: 8)
    #expect(try layer.outputShape(for: [[16, 8]]) == [16, 8])
    #expect(throws: LayerIssue.self) { try layer.outputShape(for: [[17, 8]]) }
    #expect(PositionalEmbedding(maxPositions: 16, dimension: 8, isLearned: false).parameterCount == 0)
  }

  /// d 64, 8 heads of 8, seq 10: projections 4·2·10·64·64; QKᵀ and AV 2·2·8·10·10·8.
  @Test func multiHeadAttention() {
    let layer = Attention(modelDimension: 64, heads: 8, hasBias: false)
    let cost = layer.cost(for: [[10, 64]])
    #expect(cost.parameters == 4 * 64 * 64)
    #expect(cost.forward.matrix.isApproximatelyEqual(to: FLOPs(4 * 2 * 10 * 64 * 64 + 2 * 2 * 8 * 100 * 8)))
    // Only the three input projections' gradients reach the input.
    #expect(cost.inputGradient.matrix.isApproximatelyEqual(to: FLOPs(3 * 2 * 10 * 64 * 64)))
    #expect(cost.weightGradient.matrix.isApproximatelyEqual(to: FLOPs(4 * 2 * 10 * 64 * 64)))
    // Output projection's input gradient plus both operands of QKᵀ and AV.
    #expect(
      cost.internalGradient.matrix.isApproximatelyEqual(to: FLOPs(2 * 10 * 64 * 64 + 2 * 2 * 2 * 8 * 100 * 8))
    )
  }

  /// Multi-query: one key/value head of 8 shrinks K and V to 64·8 each.
  @Test func multiQueryAttentionShrinksKeyValueProjections() {
    let layer = Attention(modelDimension: 64, heads: 8, keyValueHeads: 1, hasBias: false)
    #expect(layer.parameterCount == 2 * 64 * 64 + 2 * 64 * 8)
    #expect(throws: LayerIssue.self) {
      try Attention(modelDimension: 64, heads: 8, keyValueHeads: 3).outputShape(for: [[4, 64]])
    }
  }

  /// GPT-2 small's block: 7,087,872 parameters (124,439,808 − embeddings 39,383,808 − ln_f 1,536, ÷ 12).
  @Test func gpt2BlockParameters() {
    #expect(TransformerBlock(modelDimension: 768, heads: 12).parameterCount == 7_087_872)
  }

  /// A gated (SwiGLU) feed-forward layer has three d·f matrices.
  @Test func gatedFeedForward() {
    let block = TransformerBlock(
      modelDimension: 8, heads: 2, feedForwardDimension: 16, activation: .silu, isGated: true,
      normalization: .rms, hasBias: false)
    #expect(block.parameterCount == 2 * 8 + 4 * 64 + 3 * 8 * 16)
  }
}
