/// A Mamba (Mamba-1) mixer: the selective state-space block of Gu & Dao (2023), "Mamba:
/// Linear-Time Sequence Modeling with Selective State Spaces" (arXiv 2312.00752, Algorithm 2 and
/// §3.4, Figure 3), as Hugging Face Transformers' `MambaMixer` lays it out. Input `[L, d]`,
/// output `[L, d]`; `D` is the inner size, `N` the state size, `R` the time-step rank, `K` the
/// convolution width.
///
/// Stages and parameters:
/// - `in_proj` `d → 2D` (x and the gate z), a `Linear`;
/// - a depthwise causal convolution over time, `D` channels of width `K` (+ `D` biases), then
///   SiLU, a `Convolution`. It is counted over `L + K − 1` outputs per sequence, as PyTorch's
///   `nn.Conv1d` with padding `K − 1` computes them before the last `K − 1` are dropped
///   (Transformers' path, and what FlopCounterMode counts);
/// - `x_proj` `D → R + 2N` (Δ's low-rank input, B and C), no bias; `dt_proj` `R → D` with bias;
/// - `A` (`D·N`, stored as `A_log`) and the skip `D` (`D`); Jamba adds RMSNorms on Δ, B and C
///   (`R + 2N` scales);
/// - `out_proj` `D → d`.
///
/// The selective scan, per token, for each of the `D·N` state elements: `Ā = exp(Δ·A)` (2 FLOP),
/// `B̄·x = Δ·B·x` (2), `h = Ā·h + B̄·x` (2): 6 element-wise FLOP; the readout `y = C·h` is a
/// product over N, `2·D·N` matrix FLOP per token (Transformers computes it with `matmul`, which
/// FlopCounterMode counts as a `bmm`). Per token and channel: softplus on Δ 3 (exp, add, log), the
/// skip `y + D·x` 2, the gate `y·SiLU(z)` 6 (SiLU 5, see `Activation`, and a product).
///
/// Backward, by the catalog's method (`LayerCost.followed(by:)`): every projection and the
/// convolution as `Linear` and `Convolution` count theirs; the readout's two gradients (to C and
/// to h) each cost as much as its forward product; the scan's element-wise work (the gradient
/// through the recurrence included) as much as forward; the weight gradients of `A` and `D`
/// sum over the tokens, one add per element and token.
public struct Mamba: SequenceMixingLayer, Equatable {
  /// Width of the residual stream, `d`.
  public var modelDimension: Int
  /// Inner size `D` (`expand · d`).
  public var innerDimension: Int
  /// State size `N` per channel.
  public var stateSize: Int
  /// Rank `R` of Δ's projection.
  public var timeStepRank: Int
  /// Width `K` of the causal convolution.
  public var convolutionWidth: Int
  /// Whether `in_proj` and `out_proj` have biases.
  public var hasProjectionBias: Bool
  /// Whether the convolution has biases.
  public var hasConvolutionBias: Bool
  /// Whether Δ, B and C are RMS-normalized before use (Jamba).
  public var hasInnerNorms: Bool

  /// A Mamba mixer.
  public init(
    modelDimension: Int, innerDimension: Int, stateSize: Int, timeStepRank: Int, convolutionWidth: Int,
    hasProjectionBias: Bool = false, hasConvolutionBias: Bool = true, hasInnerNorms: Bool = false
  ) {
    self.modelDimension = modelDimension
    self.innerDimension = innerDimension
    self.stateSize = stateSize
    self.timeStepRank = timeStepRank
    self.convolutionWidth = convolutionWidth
    self.hasProjectionBias = hasProjectionBias
    self.hasConvolutionBias = hasConvolutionBias
    self.hasInnerNorms = hasInnerNorms
  }

  public var kind: String { "mamba" }

  var inputProjection: Linear {
    Linear(inputFeatures: modelDimension, outputFeatures: 2 * innerDimension, hasBias: hasProjectionBias)
  }
  var convolution: Convolution {
    Convolution(
      inputChannels: innerDimension, outputChannels: innerDimension, kernel: [convolutionWidth],
      padding: [convolutionWidth - 1], groups: innerDimension, hasBias: hasConvolutionBias)
  }
  var selectionProjection: Linear {
    Linear(inputFeatures: innerDimension, outputFeatures: timeStepRank + 2 * stateSize, hasBias: false)
  }
  var timeStepProjection: Linear {
    Linear(inputFeatures: timeStepRank, outputFeatures: innerDimension, hasBias: true)
  }
  var outputProjection: Linear {
    Linear(inputFeatures: innerDimension, outputFeatures: modelDimension, hasBias: hasProjectionBias)
  }

  /// `A` and the skip `D`, and Jamba's norms on Δ, B and C.
  var scanParameters: Int {
    innerDimension.multiplied(saturating: stateSize + 1)
      .adding(saturating: hasInnerNorms ? timeStepRank + 2 * stateSize : 0)
  }

  /// Every parameter of the mixer.
  public var parameterCount: Int {
    Int.sum(saturating: [
      inputProjection.parameterCount, convolution.parameterCount, selectionProjection.parameterCount,
      timeStepProjection.parameterCount, outputProjection.parameterCount, scanParameters,
    ])
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(innerDimension, field: "intermediate_size")
    try LayerIssue.positive(stateSize, field: "state_size")
    try LayerIssue.positive(timeStepRank, field: "time_step_rank")
    try LayerIssue.positive(convolutionWidth, field: "conv_kernel")
    return try LayerIssue.tokens(inputs, width: modelDimension)
  }

  /// Element-wise FLOP of the scan per token and state element, and per token and channel
  /// (see `Mamba`).
  public static let scanFLOPPerStateElement = 6.0
  /// Softplus 3, skip 2, gate 6 (see `Mamba`).
  public static let scanFLOPPerChannel = 11.0

  /// How the mixer is counted, for an estimate's assumptions.
  public var assumption: String {
    let states = NumberFormatting.plain(Double(innerDimension) * Double(stateSize))
    return
      "Mamba mixers (Gu & Dao 2023): the selective scan is our count, not FlopCounterMode's: per token \(Int(Self.scanFLOPPerStateElement)) element-wise FLOP per state element (exp(Δ·A), Δ·B·x, h = Ā·h + B̄·x) over D·N = \(states) elements and \(Int(Self.scanFLOPPerChannel)) per channel (softplus, skip, gate); its readout y = C·h is a product, 2·D·N matrix FLOP per token; the causal convolution (width \(convolutionWidth)) is counted over L + \(convolutionWidth - 1) outputs per sequence, as PyTorch computes it"
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let length = inputs.first?.dimensions.first ?? 1
    let tokens = Double(length)
    let inner = Double(innerDimension)
    let states = inner * Double(stateSize)
    let tokenRows = TensorShape([length, 1])
    func linear(_ layer: Linear) -> LayerCost { layer.cost(tokens: length) }
    let convolved = convolution.cost(for: [TensorShape([innerDimension, length])])
    let convolutionActivation = Activation(.silu).cost(for: [TensorShape([length, innerDimension])])
    var selection = linear(selectionProjection)
    if hasInnerNorms {
      for width in [timeStepRank, stateSize, stateSize] {
        selection = selection.followed(
          by: Normalization(.rms, features: width).cost(for: [tokenRows.replacingLast(with: width)]))
      }
    }
    let readout = FLOPBreakdown(matrix: 2 * states * tokens)
    let elementwise = FLOPBreakdown.elementwise(
      (Self.scanFLOPPerStateElement * states + Self.scanFLOPPerChannel * inner) * tokens)
    let scan = LayerCost(
      parameters: scanParameters - (hasInnerNorms ? timeStepRank + 2 * stateSize : 0),
      forward: readout + elementwise, inputGradient: readout * 2 + elementwise,
      weightGradient: .elementwise((states + inner) * tokens))
    return linear(inputProjection).followed(by: convolved).followed(by: convolutionActivation)
      .followed(by: selection).followed(by: linear(timeStepProjection)).followed(by: scan)
      .followed(by: linear(outputProjection))
  }
}
