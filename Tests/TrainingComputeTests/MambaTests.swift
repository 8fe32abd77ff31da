import Testing
import TrainingCompute

/// The Mamba mixer against Hugging Face Transformers 5.24 and PyTorch FlopCounterMode (torch 2.15)
/// on state-spaces/mamba-130m-hf's config (d 768, D 1536, N 16, R 48, K 4; 24 layers, vocabulary
/// 50,280), run by scripts/reference/hf_flop_reference.py's method on one sequence of 8 tokens.
struct MambaTests {
  static let mamba130m = Mamba(
    modelDimension: 768, innerDimension: 1536, stateSize: 16, timeStepRank: 48, convolutionWidth: 4)

  /// `num_parameters(exclude_embeddings=True)` = 90,520,320 = 24 × (mixer + RMSNorm 768) + the
  /// final RMSNorm 768, so one mixer holds 90,519,552 / 24 − 768 = 3,770,880.
  @Test func parametersMatchTransformers() throws {
    #expect(Self.mamba130m.parameterCount == 3_770_880)
    #expect(try Self.mamba130m.outputShape(for: [[8, 768]]) == [8, 768])
  }

  /// FlopCounterMode over the 24 layers at 8 tokens: aten.mm 2,052,292,608 less the head's
  /// 2·8·768·50,280 = 617,840,640, aten.convolution 3,244,032 and aten.bmm 9,437,184; per layer
  /// 59,768,832 + 135,168 + 393,216 = 60,297,216.
  @Test func forwardMatrixFLOPMatchesFlopCounterMode() {
    let cost = Self.mamba130m.cost(for: [[8, 768]])
    #expect(cost.forward.matrix.value == 60_297_216)
  }

  /// The scan's element-wise work per token (Gu & Dao 2023, Algorithm 2): 6 per state element
  /// (Δ·A and its exp, Δ·B and ·x, Ā·h + B̄·x) and 11 per channel (softplus 3, skip 2, gate 6);
  /// with the conv's SiLU 5·D and the bias adds of the convolution (over 11 outputs), dt_proj.
  @Test func scanElementwiseWorkFollowsItsFormula() {
    let cost = Self.mamba130m.cost(for: [[8, 768]])
    let scan: Double = 8 * (6 * 1_536 * 16 + 11 * 1_536)
    let silu: Double = 8 * 5 * 1_536
    let biases: Double = 11 * 1_536 + 8 * 1_536
    #expect(cost.forward.elementwise.value == scan + silu + biases)
  }

  /// Backward by the catalog's method: only in_proj's input gradient leaves the block
  /// (2·8·768·3,072); the weight gradients are the products' and the convolution's own; the
  /// readout's two gradients (to C and to h) are internal, twice its 393,216.
  @Test func backwardFollowsTheCatalogMethod() {
    let cost = Self.mamba130m.cost(for: [[8, 768]])
    #expect(cost.inputGradient.matrix.value == 37_748_736)
    #expect(cost.weightGradient.matrix.value == 60_297_216 - 393_216)
    #expect(cost.internalGradient.matrix.value == 60_297_216 - 393_216 - 37_748_736 + 2 * 393_216)
  }

  /// Jamba's mixer (`JambaMambaMixer`) adds RMSNorms on Δ, B and C: R + 2N scales.
  @Test func jambaNormsAddTheirScales() {
    var jamba = Self.mamba130m
    jamba.hasInnerNorms = true
    #expect(jamba.parameterCount == 3_770_880 + 48 + 32)
  }

  @Test func refusesAnInputOfTheWrongWidth() {
    #expect(throws: LayerIssue.self) { try Self.mamba130m.outputShape(for: [[8, 512]]) }
  }
}
