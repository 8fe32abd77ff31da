/// RWKV-4's channel mixing, the block that takes the MLP's place: Peng et al. (2023), "RWKV:
/// Reinventing RNNs for the Transformer Era" (arXiv 2305.13048, §3.1, equations 18–20), as
/// Hugging Face Transformers' `RwkvFeedForward` lays it out. Input `[L, d]`, output `[L, d]`; `I`
/// is the inner size.
///
/// Stages and parameters: token shift for r and k (`2d` mixing vectors, 3 element-wise FLOP per
/// element as in `RWKVTimeMix`); the key `d → I`, value `I → d` and receptance `d → d`
/// projections, no biases (`Linear`); `ReLU(k)²` (2 per inner element), `σ(r) ⊙ v` (sigmoid 4,
/// a product). FlopCounterMode counts the three projections. Backward by the catalog's method:
/// the projections as `Linear` counts them, the element-wise work as much as forward, the mixing
/// vectors' weight gradients one add per element and token.
public struct RWKVChannelMix: SequenceMixingLayer, Equatable {
  /// Width of the residual stream, `d`.
  public var modelDimension: Int
  /// Inner size `I` of the key and value projections.
  public var innerDimension: Int

  /// A channel-mixing block.
  public init(modelDimension: Int, innerDimension: Int) {
    self.modelDimension = modelDimension
    self.innerDimension = innerDimension
  }

  public var kind: String { "rwkv_channel_mix" }

  var key: Linear { Linear(inputFeatures: modelDimension, outputFeatures: innerDimension, hasBias: false) }
  var value: Linear { Linear(inputFeatures: innerDimension, outputFeatures: modelDimension, hasBias: false) }
  var receptance: Linear {
    Linear(inputFeatures: modelDimension, outputFeatures: modelDimension, hasBias: false)
  }

  /// Every parameter of the block.
  public var parameterCount: Int {
    Int.sum(saturating: [
      key.parameterCount, value.parameterCount, receptance.parameterCount,
      modelDimension.multiplied(saturating: 2),
    ])
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(innerDimension, field: "intermediate_size")
    return try LayerIssue.tokens(inputs, width: modelDimension)
  }

  /// How the block is counted, for an estimate's assumptions.
  public var assumption: String {
    "RWKV-4 channel mixing (Peng et al. 2023): its key, value and receptance projections are matrix FLOP; squared ReLU (2 per inner element), the token-shift mixes (\(Int(RWKVTimeMix.tokenShiftFLOPPerElement)) per element) and σ(r)·v are our element-wise count"
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let tokens = max(inputs.first?.dimensions.first ?? 1, 1)
    let length = Double(tokens)
    let (d, i) = (Double(modelDimension), Double(innerDimension))
    let shiftWork = 2 * RWKVTimeMix.tokenShiftFLOPPerElement * d * length
    let shift = LayerCost(
      parameters: modelDimension.multiplied(saturating: 2), forward: .elementwise(shiftWork),
      inputGradient: .elementwise(shiftWork), weightGradient: .elementwise(2 * d * length))
    let squaredReLU = LayerCost(
      forward: .elementwise(2 * i * length), inputGradient: .elementwise(2 * i * length))
    let keyValue = key.cost(tokens: tokens).followed(by: squaredReLU).followed(by: value.cost(tokens: tokens))
    let gateWork = (Activation.Function.sigmoid.flopPerElement + 1) * d * length
    let gate = receptance.cost(tokens: tokens).followed(
      by: LayerCost(forward: .elementwise(gateWork), inputGradient: .elementwise(gateWork)))
    return shift.followed(by: keyValue.alongside(gate))
  }
}
