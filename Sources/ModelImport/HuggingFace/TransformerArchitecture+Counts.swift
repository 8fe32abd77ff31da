import TrainingCompute

extension TransformerArchitecture {
  /// All parameters, as `model.num_parameters()` counts them (shared matrices once).
  public var totalParameters: Int {
    Int.sum(saturating: [
      tokenEmbedding, positionEmbedding, otherParameters, Int.sum(saturating: layers.map(\.parameters)),
      untiedHeadParameters, pooler?.parameters ?? 0,
      Int.sum(saturating: embeddingProjections.map(\.parameters)),
      relativePositionTables.multiplied(saturating: relativePositionBuckets)
        .multiplied(saturating: layers.first?.attention.heads ?? 0),
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
    Int.sum(saturating: [tokenEmbedding, positionEmbedding, untiedHeadParameters])
  }

  /// All parameters less embeddings (see `embeddingParameters`).
  public var nonEmbeddingParameters: Int { totalParameters - embeddingParameters }

  /// Parameters one token uses: routed experts count only top-k of them.
  public var activeParameters: Int {
    totalParameters
      - Int.sum(saturating: layers.map { $0.feedForward.parameters - $0.feedForward.activeParameters })
  }

  /// Forward multiply-adds per token in weight matrices (projections, experts, routers, output
  /// head); attention's QKᵀ and A·V are separate (`attentionMultiplyAdds(context:)`).
  public var weightMultiplyAdds: Int {
    var total = Int.sum(
      saturating: [outputHead?.multiplyAdds ?? 0] + embeddingProjections.map(\.multiplyAdds))
    for layer in layers {
      let projections = layer.attention.projections + (layer.crossAttention?.projections ?? [])
      total = Int.sum(saturating: [total, layer.feedForward.multiplyAdds] + projections.map(\.multiplyAdds))
    }
    return total
  }

  /// Forward multiply-adds per token in QKᵀ and A·V when each token attends to `context` others
  /// (the full sequence; halve it for causal masking).
  public func attentionMultiplyAdds(context: Double) -> Double {
    var products = 0
    for layer in layers {
      for block in [layer.attention, layer.crossAttention].compactMap({ $0 }) {
        products = products.adding(
          saturating: block.heads.multiplied(saturating: block.keyHeadSize + block.valueHeadSize))
      }
    }
    return Double(products) * context
  }

  /// Σ over attention blocks of heads × key-head size: d_attn summed over layers, the
  /// `n_layer · d_attn` and `L · H · Q` of Kaplan's and PaLM's formulas.
  public var attentionWidthOverLayers: Int {
    var width = 0
    for layer in layers {
      for block in [layer.attention, layer.crossAttention].compactMap({ $0 }) {
        width = width.adding(saturating: block.heads.multiplied(saturating: block.keyHeadSize))
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
  ]

  /// Refuses a model whose parameters or forward multiply-adds per token reach
  /// `SizeLimit.parameters` (1e18): every count here saturates instead of trapping, so a saturated
  /// figure fails this check, which names the sizes the config gave.
  func checkSize(_ config: HuggingFaceConfig) throws(ModelImportError) {
    guard totalParameters >= SizeLimit.parameters || weightMultiplyAdds >= SizeLimit.parameters
    else { return }
    let sizes = Self.sizeKeys.compactMap { key in
      config.values[key].flatMap { $0 == .null ? nil : "\(key) = \($0.text)" }
    }
    throw .modelTooLarge(
      path: config.path, sizes: sizes,
      limit: "1e18 parameters or more; the tool counts models of fewer, far above any real one")
  }
}
