import Testing
import TrainingCompute

/// Cross-attention is `Attention` with a second input, the encoder's output, which a graph feeds
/// through a second model input.
struct CrossAttentionTests {
  /// Whisper-tiny's first decoder layer's `encoder_attn` (d 384, 6 heads, no key bias), 128 decoder
  /// tokens over 1,500 encoder positions: PyTorch FlopCounterMode (torch 2.15, Transformers 5.24,
  /// scripts/reference/hf_flop_reference.py's model, counted per module) gives addmm 517,865,472
  /// + mm 442,368,000 + bmm 294,912,000 = 1,255,145,472 forward FLOP; the module holds 590,976
  /// parameters (4 · 384² weights, biases on query, value and output only).
  @Test func crossAttentionMatchesFlopCounterMode() throws {
    let layer = Attention(modelDimension: 384, heads: 6, hasKeyBias: false)
    let inputs: [TensorShape] = [[128, 384], [1500, 384]]
    #expect(try layer.outputShape(for: inputs) == [128, 384])
    let cost = layer.cost(for: inputs)
    #expect(cost.parameters == 590_976)
    #expect(cost.forward.matrix.value == 1_255_145_472)
  }

  @Test func memoryOfAnotherWidthIsRefused() {
    #expect(
      throws: LayerIssue(
        field: "input shape", value: "[1500, 512]", allowed: "a shape whose last dimension is 384 (dimension)"
      )
    ) {
      try Attention(modelDimension: 384, heads: 6).outputShape(for: [[128, 384], [1500, 512]])
    }
  }

  @Test func graphReadsASecondInputByName() throws {
    var graph = ModelGraph(name: "seq2seq", inputShape: [128, 384])
    graph.otherInputs = [ModelGraph.Input(name: "memory", shape: [1500, 384])]
    graph.append(Attention(modelDimension: 384, heads: 6), name: "cross", inputs: ["input", "memory"])
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    #expect(analysis.forward.value == 1_255_145_472)
    // Neither input carries a gradient, so only the weights are differentiated.
    #expect(analysis.layers[0].needsInputGradient == false)
  }

  @Test func unknownSecondInputIsNamed() {
    var graph = ModelGraph(name: "seq2seq", inputShape: [128, 384])
    graph.append(Attention(modelDimension: 384, heads: 6), name: "cross", inputs: ["input", "memory"])
    #expect(throws: ModelError.unknownInput(index: 1, name: "cross", input: "memory")) {
      try graph.outputShapes()
    }
  }
}
