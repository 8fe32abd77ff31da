/// Multi-head latent attention (DeepSeek-V2 and V3) over a `[seq, d]` input: keys and values are
/// rebuilt from one low-rank latent per token, and queries optionally too.
///
/// Formula, with `h` heads, query/key head size `n + r` (a part without positions `n`, a rotary
/// part `r`), value head size `v`, ranks `c_q` (optional) and `c_kv`, sequence length `T` and
/// `C` positions attended per query (`T`, or Σ nᵢ·Tᵢ² / Σ nᵢ·Tᵢ for mixed lengths):
/// - projections: query `d→c_q`, RMSNorm(`c_q`), `c_q→h·(n+r)` (or `d→h·(n+r)` directly
///   without `c_q`, as DeepSeek-V2-Lite); latent `d→c_kv + r` (the rotary key is shared by all
///   heads), RMSNorm(`c_kv`), `c_kv→h·(n+v)`; output `h·v→d`. Each is a `Linear`; `hasBias`
///   puts biases on the first query projection, the latent one and the output, as
///   `attention_bias` does in Transformers' `modeling_deepseek_v3.py`;
/// - parameters: the projections' plus `c_q + c_kv` norm scales;
/// - forward: the projections on every token; scores `2·h·T·C·(n+r)` and `AV` `2·h·T·C·v`
///   matrix FLOP; scale and softmax 6 element-wise FLOP per score; the norms as `Normalization`;
/// - backward: as `Attention`: projections as `Linear`, the two products twice their forward.
/// Causal counting halves the scores, softmax and `AV`, as `Attention` does.
/// Sources: DeepSeek-AI (2024), "DeepSeek-V2", §2.1.2 and eq. 9–19; DeepSeek-AI (2024),
/// "DeepSeek-V3 Technical Report", §2.1.1.
public struct LatentAttention: Layer, Equatable {
  /// Model width `d`.
  public var modelDimension: Int
  /// Heads `h`.
  public var heads: Int
  /// Query rank `c_q`, or `nil` when queries are projected directly.
  public var queryRank: Int?
  /// Key/value latent rank `c_kv`.
  public var keyValueRank: Int
  /// Query/key head part without positional encoding, `n`.
  public var positionFreeHeadDimension: Int
  /// Query/key head part with rotary positions, `r`.
  public var rotaryHeadDimension: Int
  /// Value head size `v`.
  public var valueHeadDimension: Int
  /// Whether the first query projection, the latent projection and the output have biases.
  public var hasBias: Bool
  /// Whether the score and `AV` work is halved for causal masking.
  public var isCausal: Bool
  /// Positions each query attends to, on average; `nil` means the input's sequence length.
  public var attentionContext: Double?

  /// A latent-attention layer; see each property.
  public init(
    modelDimension: Int, heads: Int, queryRank: Int?, keyValueRank: Int, positionFreeHeadDimension: Int,
    rotaryHeadDimension: Int, valueHeadDimension: Int, hasBias: Bool = false, isCausal: Bool = false,
    attentionContext: Double? = nil
  ) {
    self.modelDimension = modelDimension
    self.heads = heads
    self.queryRank = queryRank
    self.keyValueRank = keyValueRank
    self.positionFreeHeadDimension = positionFreeHeadDimension
    self.rotaryHeadDimension = rotaryHeadDimension
    self.valueHeadDimension = valueHeadDimension
    self.hasBias = hasBias
    self.isCausal = isCausal
    self.attentionContext = attentionContext
  }

  public var kind: String { "latent_attention" }

  /// Query/key head size `n + r`.
  public var keyHeadDimension: Int { positionFreeHeadDimension.adding(saturating: rotaryHeadDimension) }

  /// The projections in the order tokens pass them: query (one or two), latent, key/value
  /// up-projection, output.
  public var projections: [Linear] {
    let queryOutputs = heads.multiplied(saturating: keyHeadDimension)
    var result: [Linear] = []
    if let queryRank {
      result += [
        Linear(inputFeatures: modelDimension, outputFeatures: queryRank, hasBias: hasBias),
        Linear(inputFeatures: queryRank, outputFeatures: queryOutputs, hasBias: false),
      ]
    } else {
      result.append(Linear(inputFeatures: modelDimension, outputFeatures: queryOutputs, hasBias: false))
    }
    return result + [
      Linear(
        inputFeatures: modelDimension, outputFeatures: keyValueRank.adding(saturating: rotaryHeadDimension),
        hasBias: hasBias),
      Linear(
        inputFeatures: keyValueRank,
        outputFeatures: heads.multiplied(
          saturating: positionFreeHeadDimension.adding(saturating: valueHeadDimension)),
        hasBias: false),
      Linear(
        inputFeatures: heads.multiplied(saturating: valueHeadDimension), outputFeatures: modelDimension,
        hasBias: hasBias),
    ]
  }

  /// The RMSNorms on the latents.
  var norms: [Normalization] {
    [queryRank, keyValueRank].compactMap { $0 }.map { Normalization(.rms, features: $0) }
  }

  /// Projection weights and biases plus the norms' scales.
  public var parameterCount: Int {
    Int.sum(saturating: projections.map(\.parameterCount) + norms.map(\.parameterCount))
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(modelDimension, field: "dimension")
    try LayerIssue.positive(heads, field: "heads")
    try LayerIssue.positive(keyValueRank, field: "kv_lora_rank")
    if let queryRank { try LayerIssue.positive(queryRank, field: "q_lora_rank") }
    try LayerIssue.positive(keyHeadDimension, field: "qk head dimension")
    try LayerIssue.positive(valueHeadDimension, field: "v_head_dim")
    return try Attention.sequence(inputs, width: modelDimension)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let input = inputs.first else { return .free }
    let length = input.dimensions.first ?? 1
    let costs = projections.map { $0.cost(for: [TensorShape([length, $0.inputFeatures])]) }
    var cost = costs[0]
    for next in costs.dropFirst() { cost = cost.followed(by: next) }
    for norm in norms {
      cost = cost.followed(by: norm.cost(for: [TensorShape([length, norm.features])]))
    }
    let scores = Double(heads) * Double(length) * (attentionContext ?? Double(length)) * (isCausal ? 0.5 : 1)
    let products = FLOPBreakdown(
      matrix: 2 * scores * Double(keyHeadDimension) + 2 * scores * Double(valueHeadDimension))
    let softmax = FLOPBreakdown.elementwise(scores * (Activation.Function.softmax.flopPerElement + 1))
    return cost.followed(by: LayerCost(forward: products + softmax, inputGradient: products * 2 + softmax))
  }
}
