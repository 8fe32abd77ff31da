extension TransformerArchitecture {
  /// All parameters, as `model.num_parameters()` counts them (shared matrices once).
  public var totalParameters: Int {
    tokenEmbedding + positionEmbedding + otherParameters + layers.map(\.parameters).reduce(0, +)
      + untiedHeadParameters
  }

  /// Parameters of the output head that are not shared with the embedding.
  public var untiedHeadParameters: Int {
    guard let outputHead, !isOutputHeadTied else { return 0 }
    return outputHead.parameters
  }

  /// Embedding parameters: token, position and token-type embeddings and an untied output matrix.
  /// Kaplan et al. (2020) leave these out of N; so does Qwen's "non-embedding" figure.
  public var embeddingParameters: Int {
    tokenEmbedding + positionEmbedding + untiedHeadParameters
  }

  /// All parameters less embeddings (see `embeddingParameters`).
  public var nonEmbeddingParameters: Int { totalParameters - embeddingParameters }

  /// Parameters one token uses: routed experts count only top-k of them.
  public var activeParameters: Int {
    totalParameters
      - layers.map { $0.feedForward.parameters - $0.feedForward.activeParameters }.reduce(0, +)
  }

  /// Forward multiply-adds per token in weight matrices (projections, experts, routers, output
  /// head); attention's QKᵀ and A·V are separate (`attentionMultiplyAdds(context:)`).
  public var weightMultiplyAdds: Int {
    var total = outputHead?.multiplyAdds ?? 0
    for layer in layers {
      let projections = layer.attention.projections + (layer.crossAttention?.projections ?? [])
      total += projections.map(\.multiplyAdds).reduce(0, +) + layer.feedForward.multiplyAdds
    }
    return total
  }

  /// Forward multiply-adds per token in QKᵀ and A·V when each token attends to `context` others
  /// (the full sequence; halve it for causal masking).
  public func attentionMultiplyAdds(context: Double) -> Double {
    var products = 0
    for layer in layers {
      for block in [layer.attention, layer.crossAttention].compactMap({ $0 }) {
        products += block.heads * (block.keyHeadSize + block.valueHeadSize)
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
        width += block.heads * block.keyHeadSize
      }
    }
    return width
  }

  /// Whether some layers route tokens to experts.
  public var isMixtureOfExperts: Bool { layers.contains { $0.feedForward.experts > 0 } }
}
