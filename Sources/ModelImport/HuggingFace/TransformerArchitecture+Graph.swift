public import TrainingCompute

extension TransformerArchitecture {
  /// The model as the core's graph of catalog layers, for the backward analysis: token embedding,
  /// learned positions (OPT's projection to the hidden size), then per layer its norms, attention
  /// (latent attention for DeepSeek) or the layer's state-space or recurrent mixers (Mamba, Mamba-2,
  /// RWKV), cross-attention in decoder layers of encoder-decoder models,
  /// and the feed-forward block (a dense MLP or a mixture of experts), then the final norms, the
  /// output head (tied to the embedding when the config says so) and BERT's pooler. Its
  /// parameters are exactly `totalParameters`, its forward products exactly the conventions'
  /// detailed count (`FamilyAgreementTests`).
  ///
  /// One example is one sequence of the mean length; with several lengths, attention uses the
  /// tokens-weighted length Σ n·T² / Σ n·T. A model with a second input (Whisper's audio, CLIP's
  /// image) first lays out its tower on that input (nodes named after it); Whisper's
  /// cross-attention reads the tower's output, CLIP's head compares the two pooled states. Stated
  /// approximations: BART and T5 are laid out as one stack with source and target of the same
  /// length, each cross-attention reading its decoder layer's input; parallel attention and MLP (GPT-J, Falcon) are laid out in sequence,
  /// which changes no count; norms are placed before each sub-layer in the order they come.
  public func modelGraph(sequences: SequenceLengths, masking: AttentionMasking) -> ModelGraph {
    let d = hiddenSize
    let length = patches?.positions ?? max(1, Int(sequences.meanLength.rounded()))
    let context = sequences.groups.count > 1 ? sequences.attentionContext : nil
    var graph = ModelGraph(
      name: modelType,
      inputShape: patches.map { TensorShape([$0.count, $0.values]) } ?? audio?.inputShape
        ?? TensorShape([length]))
    // A second input's tower comes first; the main stack then starts from the model input.
    let towerOutput = tower.map { Self.append($0, masking: masking, to: &graph) }
    let start = [ModelGraph.inputName]
    let embedding: String
    if let patches, let projection = patchProjection {
      // An image is read as its patches, one row of channels × size² values each.
      embedding = graph.append(
        TrainingCompute.Linear(
          inputFeatures: projection.inputs, outputFeatures: d, hasBias: projection.hasBias),
        name: "patch_embeddings", inputs: start)
      if patches.hasClassToken { graph.append(ClassToken(dimension: d), name: "cls_token") }
    } else if let audio {
      for (index, convolution) in audio.convolutions.enumerated() {
        graph.append(convolution, name: "conv\(index + 1)", inputs: index == 0 ? start : [])
        graph.append(Activation(.gelu), name: "conv\(index + 1).act")
      }
      // [channels, positions] read as [positions, channels]: a transpose, no products.
      embedding = graph.append(Reshape(.shape([audio.positions, d])), name: "conv.transpose")
    } else {
      embedding = graph.append(
        Embedding(vocabulary: vocabularySize, dimension: embeddingWidth), name: "embed_tokens", inputs: start)
    }
    for table in 0..<relativePositionTables {
      let heads = layers.first?.attention.heads ?? 1
      graph.append(
        Embedding(vocabulary: relativePositionBuckets, dimension: heads),
        name: "relative_position_bias.\(table)",
        inputs: [ModelGraph.inputName])
      graph.append(
        Reshape(.shape([length, d])), name: "relative_position_bias.\(table).done", inputs: [embedding])
    }
    let projections = embeddingProjections.map {
      TrainingCompute.Linear(inputFeatures: $0.inputs, outputFeatures: $0.outputs, hasBias: $0.hasBias)
    }
    // OPT projects the tokens up before adding positions; ALBERT adds positions and normalizes at
    // the embedding width, then projects.
    let projectsFirst = projections.count == 2
    if projectsFirst, let projectIn = projections.first { graph.append(projectIn, name: "project_in") }
    if relativePositionEmbedding > 0 {
      // DeBERTa's relative-position table holds parameters that every layer's attention reads; a
      // lookup beside the token path stands for it (no products), then the token path goes on.
      graph.append(
        Embedding(vocabulary: relativePositionEmbedding / d, dimension: d), name: "rel_embeddings",
        inputs: [ModelGraph.inputName])
      graph.append(
        Reshape(.shape([length, embeddingWidth])), name: "rel_embeddings.done", inputs: [embedding])
    }
    if positionEmbedding > 0 {
      let width = projectsFirst || patches != nil || audio != nil ? d : embeddingWidth
      graph.append(
        PositionalEmbedding(maxPositions: positionEmbedding / width, dimension: width),
        name: "embed_positions")
    }
    if embeddingNormWidth > 0 {
      graph.append(Normalization(.layer, features: embeddingNormWidth), name: "embedding_norm")
    }
    if !projectsFirst, let projectIn = projections.first { graph.append(projectIn, name: "project_in") }
    let norm = Normalization(normalization, features: d, hasBias: normHasBias)
    for (index, layer) in layers.enumerated() {
      let isCausal = !isEncoderOnly && index >= encoderLayers && masking == .causal
      let source = sharedLayerSources.isEmpty ? index : sharedLayerSources[index]
      // A layer that runs another's weights names that layer's node for each of its own.
      let owner: (String) -> String? = { part in source == index ? nil : "layers.\(source).\(part)" }
      var norms = layer.normParameters / max(norm.parameterCount, 1)
      func appendNorm(_ name: String) {
        guard norms > 0 else { return }
        graph.append(norm, name: "layers.\(index).\(name)", sharesParametersWith: owner(name))
        norms -= 1
      }
      if layer.mixers.isEmpty {
        appendNorm("attention_norm")
        graph.append(
          Self.attentionLayer(layer.attention, width: d, isCausal: isCausal, context: context),
          name: "layers.\(index).attention", sharesParametersWith: owner("attention"))
      }
      for (position, mixer) in layer.mixers.enumerated() {
        appendNorm("mixer_norm.\(position)")
        let part = "\(mixer.layer.kind).\(position)"
        graph.append(mixer.layer, name: "layers.\(index).\(part)", sharesParametersWith: owner(part))
      }
      if let cross = layer.crossAttention {
        appendNorm("cross_attention_norm")
        // Over an encoder tower, the keys and values come from the tower's output.
        let memory = tower?.role == .encoder ? towerOutput : nil
        graph.append(
          Self.attentionLayer(cross, width: d, isCausal: false, context: context),
          name: "layers.\(index).cross_attention",
          inputs: memory.map { [graph.nodes.last?.name ?? ModelGraph.inputName, $0] } ?? [],
          sharesParametersWith: owner("cross_attention"))
      }
      appendNorm("mlp_norm")
      appendFeedForward(layer.feedForward, to: &graph, prefix: "layers.\(index).mlp") { owner("mlp" + $0) }
      while norms > 0 { appendNorm("post_norm.\(norms)") }
    }
    for index in 0..<(otherParameters / max(norm.parameterCount, 1)) {
      graph.append(norm, name: "norm.\(index)")
    }
    if projectsFirst, let projectOut = projections.last { graph.append(projectOut, name: "project_out") }
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
    if let tower, let towerOutput, case .contrastive(let text, let image) = tower.role {
      Self.appendContrastiveHead(
        text: text, image: image, towerOutput: towerOutput, towerWidth: tower.architecture.hiddenSize,
        towerLength: tower.length, width: d, length: length, to: &graph)
    }
    graph.assumptions = assumptions
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
    if var disentangled = block.disentangled {
      disentangled.content.isCausal = isCausal
      disentangled.content.attentionContext = context
      return disentangled
    }
    let keyValueOutputs =
      block.projections.count == 4 ? block.projections[1].outputs : block.heads * block.keyHeadSize
    return TrainingCompute.Attention(
      modelDimension: width, heads: block.heads,
      keyValueHeads: max(1, keyValueOutputs / max(block.keyHeadSize, 1)), headDimension: block.keyHeadSize,
      hasBias: block.projections.first?.hasBias ?? false, isCausal: isCausal,
      hasOutputBias: block.projections.last?.hasBias ?? false, attentionContext: context,
      queryKeyNorm: block.queryKeyNorm,
      hasKeyBias: block.projections.count == 4 ? block.projections[1].hasBias : nil)
  }

  /// Appends the feed-forward block; `owner` names the node whose weights a part (`""`, `".up"`,
  /// …) shares, for a layer that runs another's weights.
  private func appendFeedForward(
    _ block: FeedForward, to graph: inout ModelGraph, prefix: String, owner: (String) -> String?
  ) {
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
        name: prefix, sharesParametersWith: owner(""))
      return
    }
    guard let up = block.dense.first, let down = block.dense.last else { return }
    let isGated = block.dense.count == 3
    graph.append(
      TrainingCompute.Linear(inputFeatures: d, outputFeatures: up.outputs, hasBias: up.hasBias),
      name: "\(prefix).up", sharesParametersWith: owner(".up"))
    if isGated {
      graph.append(
        TrainingCompute.Linear(inputFeatures: d, outputFeatures: up.outputs, hasBias: up.hasBias),
        name: "\(prefix).gate",
        inputs: [graph.nodes[graph.nodes.count - 2].name], sharesParametersWith: owner(".gate"))
    }
    graph.append(Activation(activation), name: "\(prefix).act")
    graph.append(
      TrainingCompute.Linear(inputFeatures: up.outputs, outputFeatures: d, hasBias: down.hasBias),
      name: "\(prefix).down", sharesParametersWith: owner(".down"))
  }
}
