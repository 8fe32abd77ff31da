public import TrainingCompute

extension TransformerArchitecture {
  /// The plain numbers the core's convention formulas take.
  public var conventionsModel: TransformerConventions.Model {
    var maskable = 0
    var unmasked = 0
    for (index, layer) in layers.enumerated() {
      let selfProducts = layer.attention.heads * (layer.attention.keyHeadSize + layer.attention.valueHeadSize)
      if isEncoderOnly || index < encoderLayers { unmasked += selfProducts } else { maskable += selfProducts }
      if let cross = layer.crossAttention, tower?.role != .encoder {
        unmasked += cross.heads * (cross.keyHeadSize + cross.valueHeadSize)
      }
    }
    var model = TransformerConventions.Model(
      activeParameters: Double(activeParameters), embeddingParameters: Double(embeddingParameters),
      inputEmbeddingParameters: Double(tokenEmbedding + positionEmbedding + relativePositionEmbedding),
      attentionWidth: Double(attentionWidthOverLayers), weightMultiplyAdds: Double(weightMultiplyAdds),
      maskableAttentionMultiplyAdds: Double(maskable), unmaskedAttentionMultiplyAdds: Double(unmasked))
    model.perSequenceMultiplyAdds = Double(perSequenceMultiplyAdds)
    model.fixedContextAttentionMultiplyAdds = Double(fixedContextAttentionMultiplyAdds)
    model.perExampleParameters = Double(tower?.parameters ?? 0)
    model.sequenceMixers = layers.flatMap(\.mixers)
    return model
  }

  /// Parameter counts as `trainflops params` prints them.
  public var parameterCount: ParameterCount {
    ParameterCount(total: totalParameters, nonEmbedding: nonEmbeddingParameters, active: activeParameters)
  }
}

extension TransformerArchitecture {
  /// How the state-space and recurrent layers are counted, once per kind of layer; the reader adds
  /// them to `assumptions`, which the graph carries into the estimate and the notes.
  public var recurrentAssumptions: [String] {
    var seen: [String] = []
    for mixer in layers.lazy.flatMap(\.mixers) where !seen.contains(mixer.assumption) {
      seen.append(mixer.assumption)
    }
    return seen
  }
}
