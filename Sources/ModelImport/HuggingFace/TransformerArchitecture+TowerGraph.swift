import TrainingCompute

extension TransformerArchitecture {
  /// Appends `tower`'s own graph, its nodes named `<input>.<node>` and reading the graph's second
  /// input, and returns the name of its last node (the tower's output).
  static func append(_ tower: Tower, masking: AttentionMasking, to graph: inout ModelGraph) -> String {
    let own = tower.architecture.modelGraph(
      sequences: SequenceLengths(length: tower.length), masking: masking)
    let prefix = tower.inputName + "."
    graph.otherInputs.append(ModelGraph.Input(name: tower.inputName, shape: own.inputShape))
    for (index, node) in own.nodes.enumerated() {
      var node = node
      let sources =
        node.inputs.isEmpty ? [index == 0 ? ModelGraph.inputName : own.nodes[index - 1].name] : node.inputs
      node.inputs = sources.map { $0 == ModelGraph.inputName ? tower.inputName : prefix + $0 }
      node.name = prefix + node.name
      node.sharesParametersWith = node.sharesParametersWith.map { prefix + $0 }
      graph.nodes.append(node)
    }
    return graph.nodes.last?.name ?? tower.inputName
  }

  /// Appends CLIP's head: the text's and the tower's pooled states (a reshape and a max over the
  /// positions stand in for taking one position, with no products), each projected to the joint
  /// space, then their dot product and the learned logit scale.
  static func appendContrastiveHead(
    text: Linear, image: Linear, towerOutput: String, towerWidth: Int, towerLength: Int, width: Int,
    length: Int, to graph: inout ModelGraph
  ) {
    @discardableResult
    func pooled(_ name: String, width: Int, length: Int, from source: String?, projection: Linear) -> String {
      graph.append(Reshape(.shape([width, length])), name: "\(name).pool", inputs: source.map { [$0] } ?? [])
      graph.append(Pooling(.max, window: .global, spatialRank: 1), name: "\(name).select")
      graph.append(Reshape(.shape([1, width])), name: "\(name).row")
      return graph.append(
        TrainingCompute.Linear(
          inputFeatures: projection.inputs, outputFeatures: projection.outputs, hasBias: projection.hasBias),
        name: "\(name).projection")
    }
    let textEmbedding = pooled("text", width: width, length: length, from: nil, projection: text)
    pooled("image", width: towerWidth, length: towerLength, from: towerOutput, projection: image)
    let column = graph.append(Reshape(.shape([image.outputs, 1])), name: "image.column")
    graph.append(MatrixProduct(), name: "logits", inputs: [textEmbedding, column])
    graph.append(Elementwise("Mul", output: TensorShape([1, 1]), parameters: 1), name: "logit_scale")
  }
}
