/// RWKV-4's time mixing, the block that takes attention's place: Peng et al. (2023), "RWKV:
/// Reinventing RNNs for the Transformer Era" (arXiv 2305.13048, §3.1, equations 11–17), as
/// Hugging Face Transformers' `RwkvSelfAttention` lays it out (Transformers implements RWKV-4).
/// Input `[L, d]`, output `[L, d]`; `A` is the attention size (`attention_hidden_size`, usually d).
///
/// Stages and parameters:
/// - token shift: each of r, k, v reads `μ·x_t + (1 − μ)·x_{t−1}` with its own mixing vector `μ`
///   (`3d` parameters; 3 element-wise FLOP per element: two products and a sum);
/// - the receptance, key and value projections `d → A` and the output projection `A → d`, no
///   biases (`Linear`);
/// - the WKV recurrence with the decay `w` and the bonus `u` (`2A` parameters), per token and
///   channel 24 element-wise FLOP in the numerically stable form Transformers runs on the CPU
///   (for the output: two maxima and sums, two exps, the numerator's and denominator's products
///   and sums, a division; the same again to update the state), and `σ(r) ⊙ wkv` (sigmoid 4, a
///   product, see `Activation`).
///
/// FlopCounterMode counts the four projections only. Backward by the catalog's method
/// (`LayerCost.followed(by:)`): the projections as `Linear` counts them; the element-wise work,
/// the gradient through the recurrence included, as much as forward; the weight gradients of the
/// mixing vectors, `w` and `u` one add per element and token.
public struct RWKVTimeMix: SequenceMixingLayer, Equatable {
  /// Width of the residual stream, `d`.
  public var modelDimension: Int
  /// Size `A` of receptance, key and value.
  public var attentionDimension: Int

  /// A time-mixing block.
  public init(modelDimension: Int, attentionDimension: Int) {
    self.modelDimension = modelDimension
    self.attentionDimension = attentionDimension
  }

  public var kind: String { "rwkv_time_mix" }

  /// Element-wise FLOP per token and channel of the WKV recurrence (see `RWKVTimeMix`).
  public static let recurrenceFLOPPerChannel = 24.0
  /// Element-wise FLOP per element of a token shift's mix (see `RWKVTimeMix`).
  public static let tokenShiftFLOPPerElement = 3.0

  var projections: [Linear] {
    Array(
      repeating: Linear(inputFeatures: modelDimension, outputFeatures: attentionDimension, hasBias: false),
      count: 3)
      + [Linear(inputFeatures: attentionDimension, outputFeatures: modelDimension, hasBias: false)]
  }

  /// Mixing vectors, decay and bonus.
  var vectorParameters: Int {
    modelDimension.multiplied(saturating: 3).adding(saturating: attentionDimension.multiplied(saturating: 2))
  }

  /// Every parameter of the block.
  public var parameterCount: Int {
    Int.sum(saturating: projections.map(\.parameterCount) + [vectorParameters])
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(attentionDimension, field: "attention_hidden_size")
    return try LayerIssue.tokens(inputs, width: modelDimension)
  }

  /// How the block is counted, for an estimate's assumptions.
  public var assumption: String {
    "RWKV-4 time mixing (Peng et al. 2023): the WKV recurrence is our count, not FlopCounterMode's: \(Int(Self.recurrenceFLOPPerChannel)) element-wise FLOP per token and channel in the numerically stable form, \(Int(Self.tokenShiftFLOPPerElement)) per element of each token-shift mix; only the receptance, key, value and output projections are matrix FLOP"
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let length = Double(inputs.first?.dimensions.first ?? 1)
    let (d, a) = (Double(modelDimension), Double(attentionDimension))
    let tokens = max(inputs.first?.dimensions.first ?? 1, 1)
    let shift = LayerCost(
      forward: .elementwise(3 * Self.tokenShiftFLOPPerElement * d * length),
      inputGradient: .elementwise(3 * Self.tokenShiftFLOPPerElement * d * length),
      weightGradient: .elementwise(3 * d * length))
    let receptanceKeyValue = projections.prefix(3).map { $0.cost(tokens: tokens) }
      .reduce(LayerCost.free) { $0.alongside($1) }
    let recurrence =
      (Self.recurrenceFLOPPerChannel + Activation.Function.sigmoid.flopPerElement + 1) * a * length
    let wkv = LayerCost(
      parameters: attentionDimension.multiplied(saturating: 2), forward: .elementwise(recurrence),
      inputGradient: .elementwise(recurrence), weightGradient: .elementwise(2 * a * length))
    let output = projections[3].cost(tokens: tokens)
    var total = shift.followed(by: receptanceKeyValue).followed(by: wkv).followed(by: output)
    total.parameters = parameterCount
    return total
  }
}
