/// DeBERTa's disentangled self-attention over a `[seq, d]` input: content attention plus
/// content-to-position (c2p) and position-to-content (p2c) scores against a table of relative
/// position vectors.
///
/// Formula, with the content part an `Attention` of `h` heads of size `e` on `T` tokens, and a
/// relative-position table of `R` rows (`2·k`, `k` the bucket count or the largest relative
/// distance) that the layer reads (the table and its norm belong to the encoder):
/// - parameters: the content part's, plus a key projection `d→h·e` (c2p) and a query projection
///   `d→h·e` (p2c) of the table with biases when they are not shared with the content ones
///   (`share_att_key`);
/// - forward: the content part as `Attention`; the table through the key and query projections
///   (both when shared, as Transformers computes them; otherwise one per term), `2·R·d·h·e`
///   matrix FLOP each, once per sequence; c2p `Q·K_rᵀ` and p2c `K·Q_rᵀ`, `2·T·R·h·e` matrix FLOP
///   each; the gathers by relative distance and the score adds are copies and `T·T·h` adds each;
/// - backward: the content part as `Attention`; the table projections compute their weight
///   gradient and the table's gradient (internal), as much as forward each; c2p and p2c need the
///   gradient with respect to both operands, twice their forward (internal).
/// Sources: He et al. (2021), "DeBERTa: Decoding-enhanced BERT with Disentangled Attention",
/// §3.1, eq. 2–4; He et al. (2023), "DeBERTaV3", for the shared key and log buckets;
/// `DisentangledSelfAttention` in Transformers' `modeling_deberta_v2.py`.
public struct DisentangledAttention: Layer, Equatable {
  /// The content attention (projections, `QKᵀ`, `AV`).
  public var content: Attention
  /// Rows `R` of the relative-position table read by the layer.
  public var relativePositions: Int
  /// Whether content-to-position scores are added.
  public var hasContentToPosition: Bool
  /// Whether position-to-content scores are added.
  public var hasPositionToContent: Bool
  /// Whether the table goes through the content key and query projections (`share_att_key`)
  /// rather than projections of its own.
  public var sharesProjections: Bool

  /// A disentangled attention layer.
  public init(
    content: Attention, relativePositions: Int, hasContentToPosition: Bool = true,
    hasPositionToContent: Bool = true, sharesProjections: Bool = true
  ) {
    self.content = content
    self.relativePositions = relativePositions
    self.hasContentToPosition = hasContentToPosition
    self.hasPositionToContent = hasPositionToContent
    self.sharesProjections = sharesProjections
  }

  public var kind: String { "disentangled_attention" }

  /// Width of all heads together, `h·e`.
  var headsWidth: Int { content.heads.multiplied(saturating: content.headDimension) }

  /// The terms present, c2p and p2c.
  var relativeTerms: Int { (hasContentToPosition ? 1 : 0) + (hasPositionToContent ? 1 : 0) }

  /// Projections the table goes through: both content ones when shared, else one per term.
  public var tableProjections: Int { sharesProjections ? 2 : relativeTerms }

  /// Parameters of the table's own projections (0 when shared).
  public var positionProjectionParameters: Int {
    guard !sharesProjections else { return 0 }
    let projection = Linear(inputFeatures: content.modelDimension, outputFeatures: headsWidth)
    return relativeTerms.multiplied(saturating: projection.parameterCount)
  }

  /// All parameters.
  public var parameterCount: Int { content.parameterCount.adding(saturating: positionProjectionParameters) }

  /// Multiply-adds of the table projections, once per sequence: `projections · R · d · h·e`.
  public var tableMultiplyAdds: Int {
    tableProjections.multiplied(saturating: relativePositions)
      .multiplied(saturating: content.modelDimension).multiplied(saturating: headsWidth)
  }

  /// Multiply-adds of c2p and p2c per token: `terms · R · h·e`.
  public var relativeMultiplyAddsPerToken: Int {
    relativeTerms.multiplied(saturating: relativePositions).multiplied(saturating: headsWidth)
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(relativePositions, field: "relative_positions")
    return try content.outputShape(for: inputs)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let input = inputs.first else { return .free }
    let length = Double(input.dimensions.first ?? 1)
    let table = 2 * Double(tableMultiplyAdds)
    let relative = 2 * Double(relativeMultiplyAddsPerToken) * length
    let scoreAdds =
      Double(relativeTerms) * Double(content.heads) * length * (content.attentionContext ?? length)
    let extra = LayerCost(
      parameters: positionProjectionParameters,
      forward: FLOPBreakdown(matrix: table + relative) + .elementwise(scoreAdds),
      internalGradient: FLOPBreakdown(matrix: table + 2 * relative) + .elementwise(scoreAdds),
      weightGradient: FLOPBreakdown(matrix: table))
    return content.cost(for: inputs).alongside(extra)
  }
}
