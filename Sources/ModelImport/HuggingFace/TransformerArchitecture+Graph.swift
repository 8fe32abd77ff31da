public import TrainingCompute

extension TransformerArchitecture {
  /// The model as the core's graph of catalog layers, for the backward analysis: token embedding,
  /// learned positions, then per layer a norm, attention, a norm and the feed-forward block (a
  /// dense MLP or a mixture of experts), then the final norm and the output head (tied to the
  /// embedding when the config says so).
  ///
  /// Approximations, stated because the catalog's layers are generic: latent attention (DeepSeek)
  /// is mapped to attention with its query/key head size, so its low-rank factors are not
  /// represented; encoder-decoder models (T5) are laid out as one stack, cross-attention as a
  /// second attention layer; Q/K/V-only biases (Qwen2) become biases on all four projections.
  /// Exact parameter counts come from `totalParameters`, not from this graph.
  public func modelGraph(sequenceLength: Int, masking: AttentionMasking) -> ModelGraph {
    let d = hiddenSize
    var graph = ModelGraph(name: modelType, inputShape: [sequenceLength])
    let embedding = graph.append(
      Embedding(vocabulary: vocabularySize, dimension: tokenEmbedding / max(vocabularySize, 1)),
      name: "embed_tokens")
    if positionEmbedding > 0 {
      graph.append(
        PositionalEmbedding(maxPositions: positionEmbedding / d, dimension: d), name: "embed_positions")
    }
    let usesRMSNorm = [
      "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "gemma", "gemma2",
      "phi3", "deepseek_v2", "deepseek_v3", "t5",
    ].contains(modelType)
    let norm = Normalization(usesRMSNorm ? .rms : .layer, features: d)
    for (index, layer) in layers.enumerated() {
      let isCausal = !isEncoderOnly && index >= encoderLayers && masking == .causal
      graph.append(norm, name: "layers.\(index).attention_norm")
      graph.append(
        Self.attentionLayer(layer.attention, width: d, isCausal: isCausal), name: "layers.\(index).attention")
      if let cross = layer.crossAttention {
        graph.append(norm, name: "layers.\(index).cross_attention_norm")
        graph.append(
          Self.attentionLayer(cross, width: d, isCausal: false), name: "layers.\(index).cross_attention")
      }
      graph.append(norm, name: "layers.\(index).mlp_norm")
      appendFeedForward(layer.feedForward, to: &graph, prefix: "layers.\(index).mlp")
    }
    graph.append(norm, name: "norm")
    if let head = outputHead {
      graph.append(
        TrainingCompute.Linear(
          inputFeatures: head.inputs, outputFeatures: head.outputs, hasBias: head.hasBias), name: "lm_head",
        sharesParametersWith: isOutputHeadTied ? embedding : nil)
    }
    return graph
  }

  private static func attentionLayer(_ block: Attention, width: Int, isCausal: Bool)
    -> TrainingCompute.Attention
  {
    let keyValueOutputs =
      block.projections.count == 4 ? block.projections[1].outputs : block.heads * block.keyHeadSize
    return TrainingCompute.Attention(
      modelDimension: width, heads: block.heads,
      keyValueHeads: max(1, keyValueOutputs / max(block.keyHeadSize, 1)), headDimension: block.keyHeadSize,
      hasBias: block.projections.first?.hasBias ?? false, isCausal: isCausal)
  }

  private func appendFeedForward(_ block: FeedForward, to graph: inout ModelGraph, prefix: String) {
    let d = hiddenSize
    if block.experts > 0, let first = block.expert.first {
      let sharedInner = block.dense.count >= 3 ? block.dense[0].outputs : 0
      graph.append(
        MixtureOfExperts(
          modelDimension: d, expertDimension: first.outputs, experts: block.experts,
          topK: block.activeExperts,
          sharedExperts: sharedInner > 0 ? max(1, sharedInner / first.outputs) : 0,
          isGated: block.expert.count == 3),
        name: prefix)
      return
    }
    guard let up = block.dense.first, let down = block.dense.last else { return }
    let isGated = block.dense.count == 3
    graph.append(
      TrainingCompute.Linear(inputFeatures: d, outputFeatures: up.outputs, hasBias: up.hasBias),
      name: "\(prefix).up")
    if isGated {
      graph.append(
        TrainingCompute.Linear(inputFeatures: d, outputFeatures: up.outputs, hasBias: up.hasBias),
        name: "\(prefix).gate",
        inputs: [graph.nodes[graph.nodes.count - 2].name])
      graph.append(Activation(.silu), name: "\(prefix).act")
    } else {
      graph.append(Activation(.gelu), name: "\(prefix).act")
    }
    graph.append(
      TrainingCompute.Linear(inputFeatures: up.outputs, outputFeatures: d, hasBias: down.hasBias),
      name: "\(prefix).down")
  }
}
