/// A Mamba-2 mixer: the state-space-duality (SSD) block of Dao & Gu (2024), "Transformers are
/// SSMs" (arXiv 2405.21060, §6–7 and Listing 1), as Hugging Face Transformers' `Mamba2Mixer`
/// lays it out. Input `[L, d]`, output `[L, d]`; `D = H·P` is the inner size (`H` heads of `P`
/// channels), `N` the state size, `G` the groups sharing B and C, `K` the convolution width, `Q`
/// the chunk length.
///
/// Stages and parameters:
/// - `in_proj` `d → 2D + 2G·N + H` (z, x, B, C and Δ in one product), a `Linear`;
/// - a depthwise causal convolution over x, B and C (`D + 2G·N` channels, width `K`, + biases),
///   then SiLU; counted over `L + K − 1` outputs as PyTorch's `nn.Conv1d` with padding `K − 1`
///   computes them (see `Mamba`);
/// - `A`, Δ's bias and the skip `D`, one of each per head (`3H`); a gated RMSNorm over `D`;
/// - `out_proj` `D → d`.
///
/// The SSD scan is the paper's chunked algorithm: the sequence is padded to `c = ⌈L/Q⌉` whole
/// chunks and, per chunk and head, four products (2 FLOP per multiply-add): `C·Bᵀ` (`Q²·N`), the
/// masked scores times x (`Q²·P`), the chunk's final state `Bᵀ·x` (`Q·N·P`) and the output from
/// the incoming state `C·h` (`Q·N·P`); the states pass between chunks by one product over the
/// chunks, `(c + 1)²·P·N` per head and sequence. These are what FlopCounterMode counts on
/// Transformers' path (its `einsum`s run as `bmm`), so they are the matrix part. Element-wise
/// (ours, FlopCounterMode counts none): per token and head 5 (Δ's bias add, softplus 3, `A·Δ`);
/// per token and channel 5 (`x·Δ`, the skip's multiply and add, the chunk-state decay's multiply,
/// the sum of the two outputs); per chunk and head `3·Q²` (segment sums, their exp, the mask's
/// product) plus `Q·(3 + N)` (the decays' exps and their product with B); the gate `y·SiLU(z)` 6
/// per channel and the RMSNorm as `Normalization` counts it.
///
/// Backward by the catalog's method (`LayerCost.followed(by:)`): the projections and the
/// convolution as `Linear` and `Convolution`; every scan product multiplies two activations, so
/// its two gradients each cost as much as its forward product (internal); the element-wise work
/// as much as forward; the weight gradients of `A`, Δ's bias and `D` one add per head and token.
public struct Mamba2: SequenceMixingLayer, Equatable {
  /// Width of the residual stream, `d`.
  public var modelDimension: Int
  /// Heads `H`.
  public var heads: Int
  /// Channels per head `P`.
  public var headDimension: Int
  /// State size `N`.
  public var stateSize: Int
  /// Groups `G` sharing B and C.
  public var groups: Int
  /// Width `K` of the causal convolution.
  public var convolutionWidth: Int
  /// Chunk length `Q` of the SSD algorithm.
  public var chunkSize: Int
  /// Whether `in_proj` and `out_proj` have biases.
  public var hasProjectionBias: Bool
  /// Whether the convolution has biases.
  public var hasConvolutionBias: Bool

  /// A Mamba-2 mixer.
  public init(
    modelDimension: Int, heads: Int, headDimension: Int, stateSize: Int, groups: Int, convolutionWidth: Int,
    chunkSize: Int, hasProjectionBias: Bool = false, hasConvolutionBias: Bool = true
  ) {
    self.modelDimension = modelDimension
    self.heads = heads
    self.headDimension = headDimension
    self.stateSize = stateSize
    self.groups = groups
    self.convolutionWidth = convolutionWidth
    self.chunkSize = chunkSize
    self.hasProjectionBias = hasProjectionBias
    self.hasConvolutionBias = hasConvolutionBias
  }

  public var kind: String { "mamba2" }

  /// Inner size `D = H·P`.
  public var innerDimension: Int { heads.multiplied(saturating: headDimension) }
  /// Channels of the convolution: x, B and C.
  var convolutionChannels: Int {
    innerDimension.adding(saturating: groups.multiplied(saturating: stateSize).multiplied(saturating: 2))
  }

  var inputProjection: Linear {
    Linear(
      inputFeatures: modelDimension,
      outputFeatures: innerDimension.adding(saturating: convolutionChannels).adding(saturating: heads),
      hasBias: hasProjectionBias)
  }
  var convolution: Convolution {
    Convolution(
      inputChannels: convolutionChannels, outputChannels: convolutionChannels, kernel: [convolutionWidth],
      padding: [convolutionWidth - 1], groups: convolutionChannels, hasBias: hasConvolutionBias)
  }
  var gateNorm: Normalization { Normalization(.rms, features: innerDimension) }
  var outputProjection: Linear {
    Linear(inputFeatures: innerDimension, outputFeatures: modelDimension, hasBias: hasProjectionBias)
  }

  /// Every parameter of the mixer.
  public var parameterCount: Int {
    Int.sum(saturating: [
      inputProjection.parameterCount, convolution.parameterCount, heads.multiplied(saturating: 3),
      gateNorm.parameterCount, outputProjection.parameterCount,
    ])
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(heads, field: "num_heads")
    try LayerIssue.positive(headDimension, field: "head_dim")
    try LayerIssue.positive(stateSize, field: "state_size")
    try LayerIssue.positive(groups, field: "n_groups")
    try LayerIssue.positive(convolutionWidth, field: "conv_kernel")
    try LayerIssue.positive(chunkSize, field: "chunk_size")
    guard heads % groups == 0 else {
      throw LayerIssue(field: "n_groups", value: String(groups), allowed: "a divisor of the \(heads) heads")
    }
    return try LayerIssue.tokens(inputs, width: modelDimension)
  }

  /// Multiply-adds of the chunked SSD scan for one sequence of `length` tokens (see `Mamba2`).
  func scanMultiplyAdds(length: Int) -> Double {
    let q = Double(chunkSize)
    let chunks = (Double(length) / q).rounded(.up)
    let (n, p) = (Double(stateSize), Double(headDimension))
    let perChunk = q * q * (n + p) + 2 * q * n * p
    return Double(heads) * (chunks * perChunk + (chunks + 1) * (chunks + 1) * p * n)
  }

  /// Element-wise FLOP of the scan for one sequence of `length` tokens (see `Mamba2`).
  func scanElementwise(length: Int) -> Double {
    let q = Double(chunkSize)
    let chunks = (Double(length) / q).rounded(.up)
    let perToken = 5 * Double(heads) + 5 * Double(innerDimension)
    let perChunk = Double(heads) * (3 * q * q + q * (3 + Double(stateSize)))
    return perToken * Double(length) + perChunk * chunks
  }

  /// How the mixer is counted, for an estimate's assumptions.
  public var assumption: String {
    "Mamba-2 mixers (Dao & Gu 2024): the SSD scan is counted as the paper's chunked algorithm with chunks of \(chunkSize) tokens, each sequence padded to whole chunks (as Transformers runs it): per chunk and head C·Bᵀ, scores·x, Bᵀ·x and C·h, and the chunk-to-chunk state product, as matrix FLOP; its element-wise work (decays, softplus, skip, gate) is our count, not FlopCounterMode's; the causal convolution (width \(convolutionWidth)) is counted over L + \(convolutionWidth - 1) outputs per sequence"
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let length = max(inputs.first?.dimensions.first ?? 1, 1)
    let tokens = TensorShape([length, 1])
    func linear(_ layer: Linear) -> LayerCost { layer.cost(tokens: length) }
    let convolved = convolution.cost(for: [TensorShape([convolutionChannels, length])])
    let activation = Activation(.silu).cost(for: [tokens.replacingLast(with: convolutionChannels)])
    let products = FLOPBreakdown(matrix: 2 * scanMultiplyAdds(length: length))
    let elementwise = FLOPBreakdown.elementwise(scanElementwise(length: length))
    let scan = LayerCost(
      parameters: heads.multiplied(saturating: 3), forward: products + elementwise,
      inputGradient: products * 2 + elementwise,
      weightGradient: .elementwise(3 * Double(heads) * Double(length)))
    let inner = tokens.replacingLast(with: innerDimension)
    let gate = Activation(.silu).cost(for: [inner])
      .followed(
        by: LayerCost(forward: .elementwise(inner.elements), inputGradient: .elementwise(inner.elements)))
    return linear(inputProjection).followed(by: convolved).followed(by: activation).followed(by: scan)
      .followed(by: gate).followed(by: gateNorm.cost(for: [inner])).followed(by: linear(outputProjection))
  }
}
