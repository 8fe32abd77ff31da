import Testing
import TrainingCompute

/// DeBERTa's disentangled attention, worked by hand from He et al. (2021), §3.1, eq. 2–4, and
/// `DisentangledSelfAttention` in Transformers' `modeling_deberta_v2.py`, on a width 8, two heads
/// of 4, a table of R = 6 relative positions and T = 5 tokens. (The full-size layer is checked
/// against PyTorch FlopCounterMode through the deberta-v3-base fixture in ModelImportTests.)
struct DisentangledAttentionTests {
  static let content = Attention(modelDimension: 8, heads: 2, hasBias: true)

  @Test func sharedProjectionsAddOnlyProducts() {
    let layer = DisentangledAttention(content: Self.content, relativePositions: 6)
    let cost = layer.cost(for: [[5, 8]])
    // Q, K, V, O with biases: 4 × (8·8 + 8) = 288; the table reuses K and Q.
    #expect(cost.parameters == 288)
    // Content: projections 4 × 2·5·8·8 = 2,560; QKᵀ and AV 2 × 2·2·5·5·4 = 800.
    // Table through K and Q once: 2 × 2·6·8·8 = 1,536. c2p and p2c: 2 × 2·5·6·8 = 960.
    #expect(cost.forward.matrix.value == 5_856)  // 2,560 + 800 + 1,536 + 960
    #expect(layer.tableMultiplyAdds == 768)
    #expect(layer.relativeMultiplyAddsPerToken == 96)
  }

  @Test func ownProjectionsPerTerm() {
    let layer = DisentangledAttention(
      content: Self.content, relativePositions: 6, hasContentToPosition: true, hasPositionToContent: false,
      sharesProjections: false)
    let cost = layer.cost(for: [[5, 8]])
    // One position-key projection of its own for c2p: 8·8 + 8 = 72 more.
    #expect(cost.parameters == 288 + 72)
    // Table once through it: 2·6·8·8 = 768; c2p alone: 2·5·6·8 = 480.
    #expect(cost.forward.matrix.value == 4_608)  // 2,560 + 800 + 768 + 480
    // Its weight gradient as much as its forward product, besides the content projections'.
    #expect(cost.weightGradient.matrix.value == 3_328)  // 2,560 + 768
  }
}
