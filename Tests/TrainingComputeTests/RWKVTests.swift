import Testing
import TrainingCompute

/// RWKV-4's blocks against Hugging Face Transformers 5.24 and PyTorch FlopCounterMode (torch
/// 2.15) on RWKV/rwkv-4-169m-pile's config (d 768, A 768, I 3,072; 12 layers, vocabulary 50,277,
/// untied head): `num_parameters()` 169,342,464 = 2 × 50,277 × 768 + 12 × (time mix + channel mix
/// + two LayerNorms 3,072) + pre_ln and ln_out 2 × 1,536; FlopCounterMode at 8 tokens counts
/// aten.mm 2,090,004,480 = 12 × (37,748,736 + 84,934,656) + the head's 617,803,776.
struct RWKVTests {
  static let timeMix = RWKVTimeMix(modelDimension: 768, attentionDimension: 768)
  static let channelMix = RWKVChannelMix(modelDimension: 768, innerDimension: 3072)

  /// 4 × 768² projections + 3 mixing vectors + decay and bonus; 2 × 768 × 3,072 + 768² + 2 vectors.
  @Test func parametersMatchTransformers() {
    #expect(Self.timeMix.parameterCount == 2_363_136)
    #expect(Self.channelMix.parameterCount == 5_309_952)
    let embeddings = 2 * 50_277 * 768
    let layers = 12 * (Self.timeMix.parameterCount + Self.channelMix.parameterCount + 3_072)
    #expect(embeddings + layers + 2 * 1_536 == 169_342_464)
  }

  @Test func forwardMatrixFLOPMatchesFlopCounterMode() {
    #expect(Self.timeMix.cost(for: [[8, 768]]).forward.matrix.value == 37_748_736)
    #expect(Self.channelMix.cost(for: [[8, 768]]).forward.matrix.value == 84_934_656)
  }

  /// Per token and channel: three token-shift mixes of 3, the WKV recurrence's 24 (Transformers'
  /// stable CPU form, `rwkv_linear_attention_cpu`), sigmoid 4 and the product σ(r)·wkv.
  @Test func timeMixElementwiseFollowsItsFormula() {
    let expected: Double = 8 * 768 * (3 * 3 + 24 + 4 + 1)
    #expect(Self.timeMix.cost(for: [[8, 768]]).forward.elementwise.value == expected)
  }

  /// The projections' input gradients: only those reading the block's input leave it — the
  /// token shift comes first, so every projection's is internal and none is at the boundary.
  @Test func backwardFollowsTheCatalogMethod() {
    let cost = Self.channelMix.cost(for: [[8, 768]])
    #expect(cost.inputGradient.matrix.value == 0)
    #expect(cost.internalGradient.matrix.value == 84_934_656)
    #expect(cost.weightGradient.matrix.value == 84_934_656)
  }
}
