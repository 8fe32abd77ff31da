public import TrainingCompute

extension TransformerArchitecture {
  /// The model as the core's graph of catalog layers, for the backward analysis: token embedding,
  /// learned positions (OPT's projection to the hidden size), then per layer its norms, attention
  /// (latent attention for DeepSeek), cross-attention in decoder layers of encoder-decoder models,
  /// and the feed-forward block (a dense MLP or a mixture of experts), then the final norms, the
  /// output head (tied to the embedding when the config says so) and BERT's pooler. Its
  /// parameters are exactly `totalParameters`, its forward products exactly the conventions'
  /// detailed count (`FamilyAgreementTests`).
  ///
  /// One example is one sequence of the mean length; with several lengths, attention uses the
  /// tokens-weighted length Σ n·T² / Σ n·T. Stated approximations: an encoder-decoder model is laid
  /// out as one stack with source and target of the same length, each cross-attention reading its
  /// decoder layer's input; parallel attention and MLP (GPT-J, Falcon) are laid out in sequence,
  /// which changes no count; norms are placed before each sub-layer in the order they come.
  public func modelGraph(sequences: SequenceLengths, masking: AttentionMasking) -> ModelGraph {
    let d = hiddenSize
    let length = max(1, Int(sequences.meanLength.rounded()))
    let context = sequences.groups.count > 1 ? sequences.attentionContext : nil
    var graph = ModelGraph(name: modelType, inputShape: [length])
    let embedding = graph.append(
      Embedding(vocabulary: vocabularySize, dimension: embeddingWidth), name: "embed_tokens")
    for table in 0..<relativePositionTables {
      let heads = layers.first?.attention.heads ?? 1
      graph.append(
        Embedding(vocabulary: relativePositionBuckets, dimension: heads),
        name: "relative_position_bias.\(table)",
        inputs: [ModelGraph.inputName])
      graph.append(
        Reshape(.shape([length, d])), name: "relative_position_bias.\(table).done", inputs: [embedding])
    }
    if positionEmbedding > 0 {
      graph.append(
        PositionalEmbedding(maxPositions: positionEmbedding / d, dimension: d), name: "embed_positions")
    }
    let projections = embeddingProjections.map {
      TrainingCompute.Linear(inputFeatures: $0.inputs, outputFeatures: $0.outputs, hasBias: $0.hasBias)
    }
    if let projectIn = projections.first { graph.append(projectIn, name: "project_in") }
    let norm = Normalization(normalization, features: d, hasBias: normHasBias)
    for (index, layer) in layers.enumerated() {
      let isCausal = !isEncoderOnly && index >= encoderLayers && masking == .causal
      var norms = layer.normParameters / max(norm.parameterCount, 1)
      func appendNorm(_ name: String) {
        guard norms > 0 else { return }
        graph.append(norm, name: "layers.\(index).\(name)")
        norms -= 1
      }
      appendNorm("attention_norm")
      graph.append(
        Self.attentionLayer(layer.attention, width: d, isCausal: isCausal, context: context),
        name: "layers.\(index).attention")
      if let cross = layer.crossAttention {
        appendNorm("cross_attention_norm")
        graph.append(
          Self.attentionLayer(cross, width: d, isCausal: false, context: context),
          name: "layers.\(index).cross_attention")
      }
      appendNorm("mlp_norm")
      appendFeedForward(layer.feedForward, to: &graph, prefix: "layers.\(index).mlp")
      while norms > 0 { appendNorm("post_norm.\(norms)") }
    }
    for index in 0..<(otherParameters / max(norm.parameterCount, 1)) {
      graph.append(norm, name: "norm.\(index)")
    }
    if let projectOut = projections.last { graph.append(projectOut, name: "project_out") }
    if let head = outputHead {
      graph.append(
        TrainingCompute.Linear(
          inputFeatures: head.inputs, outputFeatures: head.outputs, hasBias: head.hasBias), name: "lm_head",
        sharesParametersWith: isOutputHeadTied ? embedding : nil)
    }
    if let pooler {
      // The first token of the sequence: a reshape to [d, T] and a max over the T positions
      // stand in for the slice (no products), then the dense layer and tanh.
      graph.append(Reshape(.shape([d, length])), name: "pooler.first_token")
      graph.append(Pooling(.max, window: .global, spatialRank: 1), name: "pooler.select")
      graph.append(Reshape(.shape([1, d])), name: "pooler.row")
      graph.append(
        TrainingCompute.Linear(
          inputFeatures: pooler.inputs, outputFeatures: pooler.outputs, hasBias: pooler.hasBias),
        name: "pooler.dense")
      graph.append(Activation(.tanh), name: "pooler.activation")
    }
    return graph
  }

  private static func attentionLayer(_ block: Attention, width: Int, isCausal: Bool, context: Double?)
    -> any TrainingCompute.Layer
  {
    if var latent = block.latent {
      latent.isCausal = isCausal
      latent.attentionContext = context
      return latent
    }
    let keyValueOutputs =
      block.projections.count == 4 ? block.projections[1].outputs : block.heads * block.keyHeadSize
    return TrainingCompute.Attention(
      modelDimension: width, heads: block.heads,
      keyValueHeads: max(1, keyValueOutputs / max(block.keyHeadSize, 1)), headDimension: block.keyHeadSize,
      hasBias: block.projections.first?.hasBias ?? false, isCausal: isCausal,
      hasOutputBias: block.projections.last?.hasBias ?? false, attentionContext: context,
      queryKeyNorm: block.queryKeyNorm)
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
          isGated: block.expert.count == 3, activation: activation, hasRouterBias: block.otherParameters > 0,
          hasSharedExpertGate: block.dense.count == 4),
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
    }
    graph.append(Activation(activation), name: "\(prefix).act")
    graph.append(
      TrainingCompute.Linear(inputFeatures: up.outputs, outputFeatures: d, hasBias: down.hasBias),
      name: "\(prefix).down")
  }
}
