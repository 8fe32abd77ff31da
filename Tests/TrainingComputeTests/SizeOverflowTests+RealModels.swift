import Testing
import TrainingCompute

extension SizeOverflowTests {
  /// Llama 3.1 405B's block (Meta's model card and config.json: d 16384, 128 heads, 8 key/value
  /// heads of 128, SwiGLU FFN 53248, RMSNorm, no biases):
  /// attention 16384·16384 (q) + 2·16384·1024 (k, v) + 16384·16384 (o) = 570,425,344;
  /// FFN 3·16384·53248 = 2,617,245,696; two RMSNorms 2·16384 = 32,768; in all 3,187,703,808.
  static let llamaBlock = TransformerBlock(
    modelDimension: 16384, heads: 128, keyValueHeads: 8, feedForwardDimension: 53248, activation: .silu,
    isGated: true, normalization: .rms, hasBias: false, isCausal: true)

  @Test func llama405BBlockIsAccepted() throws {
    #expect(Self.llamaBlock.parameterCount == 3_187_703_808)
    let attention = Attention(modelDimension: 16384, heads: 128, keyValueHeads: 8, hasBias: false)
    #expect(attention.parameterCount == 570_425_344)
    let graph = Self.graph([8192, 16384], Self.llamaBlock)
    #expect(try graph.outputShapes() == [[8192, 16384]])
  }

  /// The whole Llama 3.1 405B: embeddings 128,256·16384, 126 blocks, a final RMSNorm and an
  /// untied output layer 16384·128,256: 126·3,187,703,808 + 2·2,101,346,304 + 16,384 =
  /// 405,853,388,800: what Hugging Face Transformers counts for this config, built on the meta device
  /// (Tests/ModelImportTests/Fixtures/hf/transformers-counts.json, made by scripts/fixtures).
  @Test func llama405BModelIsAccepted() throws {
    var graph = ModelGraph(name: "llama-3.1-405b", inputShape: [8192])
    graph.append(Embedding(vocabulary: 128_256, dimension: 16384))
    for _ in 0..<126 { graph.append(Self.llamaBlock) }
    graph.append(Normalization(.rms, features: 16384))
    graph.append(Linear(inputFeatures: 16384, outputFeatures: 128_256, hasBias: false))
    let analysis = try BackwardAnalysis(graph)
    #expect(analysis.parameters == 405_853_388_800)
  }

  /// A DeepSeek-V3-like MoE layer (DeepSeek-AI 2024, config.json: d 7168, 256 routed experts,
  /// top 8, 1 shared, expert FFN 2048, gated, no biases): each expert 3·7168·2048 = 44,040,192;
  /// 257 of them 11,318,329,344; the router 7168·256 = 1,835,008; in all 11,320,164,352.
  @Test func deepSeekV3MoEIsAccepted() throws {
    let layer = MixtureOfExperts(
      modelDimension: 7168, expertDimension: 2048, experts: 256, topK: 8, sharedExperts: 1)
    #expect(layer.expertParameterCount == 44_040_192)
    #expect(layer.parameterCount == 11_320_164_352)
    let analysis = try BackwardAnalysis(Self.graph([4096, 7168], layer))
    #expect(analysis.parameters == 11_320_164_352)
  }
}
