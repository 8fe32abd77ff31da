public import TrainingCompute

extension TransformerArchitecture {
  /// The plain numbers the core's convention formulas take.
  public var conventionsModel: TransformerConventions.Model {
    var maskable = 0
    var unmasked = 0
    for (index, layer) in layers.enumerated() {
      let selfProducts = layer.attention.heads * (layer.attention.keyHeadSize + layer.attention.valueHeadSize)
      if isEncoderOnly || index < encoderLayers { unmasked += selfProducts } else { maskable += selfProducts }
      if let cross = layer.crossAttention {
        unmasked += cross.heads * (cross.keyHeadSize + cross.valueHeadSize)
      }
    }
    var model = TransformerConventions.Model(
      activeParameters: Double(activeParameters), embeddingParameters: Double(embeddingParameters),
      inputEmbeddingParameters: Double(tokenEmbedding + positionEmbedding),
      attentionWidth: Double(attentionWidthOverLayers), weightMultiplyAdds: Double(weightMultiplyAdds),
      maskableAttentionMultiplyAdds: Double(maskable), unmaskedAttentionMultiplyAdds: Double(unmasked))
    model.perSequenceMultiplyAdds = Double(pooler?.multiplyAdds ?? 0)
    return model
  }

  /// Parameter counts as `trainflops params` prints them.
  public var parameterCount: ParameterCount {
    ParameterCount(total: totalParameters, nonEmbedding: nonEmbeddingParameters, active: activeParameters)
  }
}
