import TrainingCompute

extension TransformerArchitecture {
  /// All parameters, as `model.num_parameters()` counts them (shared matrices once).
  public var totalParameters: Int {
    Int.sum(saturating: [
      tokenEmbedding, positionEmbedding, otherParameters,
      Int.sum(saturating: distinctLayers.lazy.map(\.parameters)),
      embeddingNormWidth.multiplied(saturating: 2), relativePositionEmbedding,
      patchProjection?.parameters ?? 0, patches?.hasClassToken == true ? hiddenSize : 0,
      untiedHeadParameters, pooler?.parameters ?? 0,
      Int.sum(saturating: embeddingProjections.map(\.parameters)),
      relativePositionTables.multiplied(saturating: relativePositionBuckets)
        .multiplied(saturating: layers.first?.attention.heads ?? 0),
      audio?.parameters ?? 0, tower?.parameters ?? 0,
    ])
  }

  /// Parameters of the output head that are not shared with the embedding.
  public var untiedHeadParameters: Int {
    guard let outputHead, !isOutputHeadTied else { return 0 }
    return outputHead.parameters
  }

  /// Embedding parameters: token, position and token-type embeddings and an untied output matrix.
  /// Kaplan et al. (2020) leave these out of N; so does Qwen's "non-embedding" figure.
  public var embeddingParameters: Int {
    Int.sum(saturating: [
      tokenEmbedding, positionEmbedding, relativePositionEmbedding, untiedHeadParameters,
      tower?.architecture.embeddingParameters ?? 0,
    ])
  }

  /// All parameters less embeddings (see `embeddingParameters`).
  public var nonEmbeddingParameters: Int { totalParameters - embeddingParameters }

  /// Parameters one token uses: routed experts count only top-k of them.
  public var activeParameters: Int {
    totalParameters
      - Int.sum(
        saturating: distinctLayers.lazy.map { $0.feedForward.parameters - $0.feedForward.activeParameters })
  }

  /// Forward multiply-adds per token in weight matrices (projections, experts, routers, output
  /// head) and DeBERTa's c2p and p2c products (a fixed number of relative positions per token);
  /// attention's QKᵀ and A·V are separate (`attentionMultiplyAdds(context:)`). Cross-attention
  /// over an encoder tower projects only the queries and the output per token; its keys and
  /// values are the tower's positions, counted per sequence.
  public var weightMultiplyAdds: Int {
    var total = Int.sum(
      saturating: [outputHead?.multiplyAdds ?? 0] + embeddingProjections.map(\.multiplyAdds))
    let isOverTower = tower?.role == .encoder
    for layer in layers {
      total = total.adding(saturating: layer.feedForward.multiplyAdds)
        .adding(saturating: layer.attention.disentangled?.relativeMultiplyAddsPerToken ?? 0)
        .adding(saturating: Int.sum(saturating: layer.attention.projections.lazy.map(\.multiplyAdds)))
      if let cross = layer.crossAttention?.projections {
        // Over an encoder tower, only the query and output projections run per token.
        let perToken = isOverTower && cross.count == 4 ? [0, 3] : Array(cross.indices)
        total = total.adding(saturating: Int.sum(saturating: perToken.lazy.map { cross[$0].multiplyAdds }))
      }
    }
    return total
  }

  /// Forward multiply-adds done once per sequence: BERT's pooler on the first token, DeBERTa's
  /// relative-position table through each layer's projections, ViT's patch projection (once per
  /// patch, and an image is one sequence), Whisper's convolutions over the audio, and a second
  /// input's tower with, for an encoder tower, every cross-attention's key and value projections
  /// over its positions.
  public var perSequenceMultiplyAdds: Int {
    var crossKeysAndValues = 0
    if let tower, tower.role == .encoder {
      for layer in layers {
        guard let cross = layer.crossAttention, cross.projections.count == 4 else { continue }
        crossKeysAndValues = crossKeysAndValues.adding(
          saturating: cross.projections[1].multiplyAdds.adding(saturating: cross.projections[2].multiplyAdds)
            .multiplied(saturating: tower.length))
      }
    }
    return Int.sum(
      saturating: [
        pooler?.multiplyAdds ?? 0,
        (patchProjection?.multiplyAdds ?? 0).multiplied(saturating: patches?.count ?? 0),
        audio?.multiplyAdds ?? 0, tower?.multiplyAdds ?? 0, crossKeysAndValues,
      ]
        + [Int.sum(saturating: layers.lazy.map { $0.attention.disentangled?.tableMultiplyAdds ?? 0 })])
  }

  /// Forward multiply-adds per token of QKᵀ and A·V in cross-attention over an encoder tower:
  /// each token attends to the tower's fixed number of positions, whatever the text's length.
  public var fixedContextAttentionMultiplyAdds: Int {
    guard let tower, tower.role == .encoder else { return 0 }
    var products = 0
    for layer in layers {
      guard let cross = layer.crossAttention else { continue }
      products = products.adding(saturating: cross.scoreAndValueWidth)
    }
    return products.multiplied(saturating: tower.length)
  }

  /// Forward multiply-adds per token in QKᵀ and A·V when each token attends to `context` others
  /// (the full sequence; halve it for causal masking).
  public func attentionMultiplyAdds(context: Double) -> Double {
    var products = 0
    for layer in layers {
      products = products.adding(saturating: layer.attention.scoreAndValueWidth)
        .adding(saturating: layer.crossAttention?.scoreAndValueWidth ?? 0)
    }
    return Double(products) * context
  }

  /// Σ over attention blocks of heads × key-head size: d_attn summed over layers, the
  /// `n_layer · d_attn` and `L · H · Q` of Kaplan's and PaLM's formulas.
  public var attentionWidthOverLayers: Int {
    var width = 0
    for layer in layers {
      width = width.adding(
        saturating: layer.attention.heads.multiplied(saturating: layer.attention.keyHeadSize))
      if let cross = layer.crossAttention {
        width = width.adding(saturating: cross.heads.multiplied(saturating: cross.keyHeadSize))
      }
    }
    return width
  }

  /// Whether some layers route tokens to experts.
  public var isMixtureOfExperts: Bool { layers.contains { $0.feedForward.experts > 0 } }
}

extension TransformerArchitecture {
  /// The config keys that set a model's size, named when its counts run past the limit.
  static let sizeKeys = [
    "hidden_size", "d_model", "n_embd", "n_embed", "intermediate_size", "d_ff", "ffn_dim", "n_inner",
    "moe_intermediate_size", "vocab_size", "num_hidden_layers", "num_layers", "n_layer",
    "num_attention_heads", "n_head", "num_heads", "head_dim", "d_kv", "n_routed_experts", "num_experts",
    "num_local_experts", "max_position_embeddings", "n_positions",
    "state_size", "mamba_d_state", "time_step_rank", "mamba_dt_rank", "conv_kernel", "mamba_d_conv",
    "chunk_size", "n_groups", "expand", "image_size", "patch_size", "encoder_ffn_dim", "decoder_ffn_dim",
    "encoder_layers", "decoder_layers", "max_source_positions", "max_target_positions", "num_mel_bins",
    "projection_dim",
  ]

  /// Refuses a model whose parameters, forward multiply-adds per token or per sequence reach
  /// `SizeLimit.parameters` (1e18): every count here saturates instead of trapping, so a saturated
  /// figure fails this check, which names the sizes the config gave (CLIP's under `text_config`
  /// and `vision_config` too).
  func checkSize(_ config: HuggingFaceConfig) throws(ModelImportError) {
    let counts = [
      totalParameters, weightMultiplyAdds, perSequenceMultiplyAdds, fixedContextAttentionMultiplyAdds,
    ]
    guard counts.contains(where: { $0 >= SizeLimit.parameters }) else { return }
    let flat = config.flattening("text_config").flattening("vision_config")
    let keys = ["", "text_config.", "vision_config."].flatMap { prefix in Self.sizeKeys.map { prefix + $0 } }
    let sizes = keys.compactMap { key in
      flat.values[key].flatMap { $0 == .null ? nil : "\(key) = \($0.text)" }
    }
    throw .modelTooLarge(
      path: config.path, sizes: sizes,
      limit: totalParameters >= SizeLimit.parameters || weightMultiplyAdds >= SizeLimit.parameters
        ? "1e18 parameters or more; the tool counts models of fewer, far above any real one"
        : "1e18 multiply-adds per example or more; the tool counts models of fewer, far above any real one")
  }
}

extension TransformerArchitecture.Attention {
  /// Heads × (key-head size + value-head size): the multiply-adds of QKᵀ and A·V per token for
  /// each position attended to.
  var scoreAndValueWidth: Int { heads.multiplied(saturating: keyHeadSize + valueHeadSize) }
}
