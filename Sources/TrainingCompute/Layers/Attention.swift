/// Multi-head self-attention over a `[seq, d]` input, with grouped-query (`kvHeads < heads`) and
/// multi-query (`kvHeads = 1`) variants and an optional causal count.
///
/// Formula, with `h` query heads, `g` key/value heads, head size `e` and sequence length `n`:
/// - parameters: `d·h·e` (query) + `2·d·g·e` (key, value) + `h·e·d` (output), plus biases
///   `h·e + 2·g·e + d` when present;
/// - forward: the four projections as `Linear` layers; scores `QKᵀ` `2·h·n·n·e` and `AV`
///   `2·h·n·n·e` matrix FLOP (a shared key/value head changes the projections, not these);
///   scaling by `1/√e` 1 and softmax 5 element-wise FLOP per score;
/// - backward: projections as `Linear`; `QKᵀ` and `AV` each need the gradient with respect to
///   both operands, twice their forward FLOP; softmax as much as forward.
///
/// With sequences of mixed lengths, each query attends to the positions of its own sequence, so
/// the score and `AV` work per token follows the tokens-weighted mean length Σ nᵢ·Tᵢ² / Σ nᵢ·Tᵢ
/// (`attentionContext`, see `SequenceLengths`) rather than the length of the input.
///
/// QK-norm (`queryKeyNorm`) RMS-normalizes queries and keys before the scores: per head with one
/// scale vector of `e` each, `2·e` parameters (Qwen3, Gemma 3: `modeling_qwen3.py`), or across
/// all heads with `h·e` and `g·e` scales (OLMo 2, OLMoE: `modeling_olmo2.py`); 4 element-wise
/// FLOP per query and key element either way (Wortsman et al. 2023; Dehghani et al. 2023).
///
/// Cross-attention (an encoder-decoder's decoder attending to the encoder's output: Vaswani et al.
/// 2017, §3.2.3) is the same layer given a second input `[m, d]`: the query and output
/// projections run on the `n` positions of the first input, the key and value projections on the
/// `m` positions of the second, and each query attends to all `m` of them (`2·h·n·m·e` each for
/// `QKᵀ` and `AV`); the output has the first input's shape.
///
/// Causal counting (`isCausal`) halves the score, softmax and `AV` work, since a position
/// attends only to itself and earlier ones (the convention of Megatron-LM's FLOP formula with
/// masking exploited). The default is the full count: what dense attention kernels compute and
/// what PyTorch's FlopCounterMode counts.
/// Sources: Vaswani et al. (2017); Ainslie et al. (2023) for grouped-query attention.
public struct Attention: Layer, Equatable {
  /// Model (residual stream) width `d`.
  public var modelDimension: Int
  /// Query heads `h`.
  public var heads: Int
  /// Key/value heads `g`: equal to `heads` for multi-head, 1 for multi-query attention.
  public var keyValueHeads: Int
  /// Size of each head `e`; `d/h` by default.
  public var headDimension: Int
  /// Whether the projections have biases.
  public var hasBias: Bool
  /// Whether the key projection has a bias; `hasBias` by default (Whisper's key projection has
  /// none: `modeling_whisper.py`).
  public var hasKeyBias: Bool
  /// Whether the score and `AV` work is halved for causal masking.
  public var isCausal: Bool
  /// Whether the output projection has a bias (Qwen2 puts biases on Q, K and V only).
  public var hasOutputBias: Bool
  /// Positions each query attends to, on average; `nil` means the input's sequence length.
  public var attentionContext: Double?
  /// Whether and how queries and keys are RMS-normalized (QK-norm).
  public var queryKeyNorm: QueryKeyNorm

  /// Where QK-norm's scale vectors sit.
  public enum QueryKeyNorm: String, Sendable, Codable, CaseIterable {
    /// No QK-norm.
    case none
    /// One scale vector of the head size for queries and one for keys, shared by the heads.
    case perHead = "per_head"
    /// Scale vectors over all query heads and all key heads.
    case acrossHeads = "across_heads"
  }

  /// An attention layer; `keyValueHeads` defaults to `heads`, `headDimension` to `d/h`.
  public init(
    modelDimension: Int, heads: Int, keyValueHeads: Int? = nil, headDimension: Int? = nil,
    hasBias: Bool = true, isCausal: Bool = false, hasOutputBias: Bool? = nil, attentionContext: Double? = nil,
    queryKeyNorm: QueryKeyNorm = .none, hasKeyBias: Bool? = nil
  ) {
    self.modelDimension = modelDimension
    self.heads = heads
    self.keyValueHeads = keyValueHeads ?? heads
    self.headDimension = headDimension ?? (heads > 0 ? modelDimension / heads : 0)
    self.hasBias = hasBias
    self.hasKeyBias = hasKeyBias ?? hasBias
    self.isCausal = isCausal
    self.hasOutputBias = hasOutputBias ?? hasBias
    self.attentionContext = attentionContext
    self.queryKeyNorm = queryKeyNorm
  }

  public var kind: String { "attention" }

  var queryProjection: Linear {
    Linear(
      inputFeatures: modelDimension, outputFeatures: heads.multiplied(saturating: headDimension),
      hasBias: hasBias)
  }
  var keyValueProjection: Linear {
    Linear(
      inputFeatures: modelDimension, outputFeatures: keyValueHeads.multiplied(saturating: headDimension),
      hasBias: hasBias)
  }
  var keyProjection: Linear {
    var key = keyValueProjection
    key.hasBias = hasKeyBias
    return key
  }
  var outputProjection: Linear {
    Linear(
      inputFeatures: heads.multiplied(saturating: headDimension), outputFeatures: modelDimension,
      hasBias: hasOutputBias)
  }

  /// Parameters of the four projections.
  public var parameterCount: Int {
    Int.sum(saturating: [
      queryProjection.parameterCount, keyProjection.parameterCount, keyValueProjection.parameterCount,
      outputProjection.parameterCount, queryKeyNormParameters,
    ])
  }

  /// Scale parameters of QK-norm.
  public var queryKeyNormParameters: Int {
    switch queryKeyNorm {
    case .none: return 0
    case .perHead: return headDimension.multiplied(saturating: 2)
    case .acrossHeads: return heads.adding(saturating: keyValueHeads).multiplied(saturating: headDimension)
    }
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(modelDimension, field: "dimension")
    try LayerIssue.positive(heads, field: "heads")
    try LayerIssue.positive(keyValueHeads, field: "kv_heads")
    try LayerIssue.positive(headDimension, field: "head_dimension")
    guard heads % keyValueHeads == 0 else {
      throw LayerIssue(
        field: "kv_heads", value: String(keyValueHeads), allowed: "a divisor of the \(heads) heads")
    }
    guard inputs.count == 2 else { return try Self.sequence(inputs, width: modelDimension) }
    let output = try Self.sequence([inputs[0]], width: modelDimension)
    _ = try Self.sequence([inputs[1]], width: modelDimension)
    return output
  }

  /// The one input of an attention layer, which must be `[sequence length, width]`.
  static func sequence(_ inputs: [TensorShape], width: Int) throws(LayerIssue) -> TensorShape {
    let input = try LayerIssue.single(inputs)
    guard input.rank == 2 else {
      throw LayerIssue(
        field: "input shape", value: input.description, allowed: "[sequence length, \(width)] (dimension)")
    }
    try LayerIssue.lastDimension(of: input, equals: width, field: "dimension")
    return input
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let input = inputs.first else { return .free }
    let tokens = TensorShape([input.dimensions.first ?? 1, modelDimension])
    // Cross-attention: keys and values come from the second input's positions.
    let memory = inputs.count == 2 ? TensorShape([inputs[1].dimensions.first ?? 1, modelDimension]) : tokens
    var projections = queryProjection.cost(for: [tokens])
      .alongside(keyProjection.cost(for: [memory]))
      .alongside(keyValueProjection.cost(for: [memory]))
    if queryKeyNorm != .none {
      let normalized = Double(tokens.dimensions[0]) * Double(heads + keyValueHeads) * Double(headDimension)
      projections = projections.followed(
        by: LayerCost(
          parameters: queryKeyNormParameters, forward: .elementwise(4 * normalized),
          inputGradient: .elementwise(4 * normalized), weightGradient: .elementwise(2 * normalized)))
    }
    let length = Double(input.dimensions.first ?? 1)
    let share = isCausal ? 0.5 : 1.0
    let attended = inputs.count == 2 ? Double(memory.dimensions[0]) : (attentionContext ?? length)
    let scores = Double(heads) * length * attended * share
    let products = FLOPBreakdown(matrix: 2 * 2 * scores * Double(headDimension))
    let softmax = FLOPBreakdown.elementwise(
      scores * (Activation.Function.softmax.flopPerElement + 1))
    let mixing = LayerCost(forward: products + softmax, inputGradient: products * 2 + softmax)
    let output = outputProjection.cost(for: [
      TensorShape([Int(length), heads.multiplied(saturating: headDimension)])
    ])
    return projections.followed(by: mixing).followed(by: output)
  }
}
