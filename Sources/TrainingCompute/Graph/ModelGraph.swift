/// A model as a directed acyclic graph of layers: one input of a given shape, then nodes in
/// order, each reading the model input or earlier nodes (so the order is a topological order and
/// no cycle can be written). The last node is the output the loss is taken on.
///
/// Build one programmatically:
/// ```swift
/// var graph = ModelGraph(name: "mlp", inputShape: [784])
/// graph.append(Linear(inputFeatures: 784, outputFeatures: 128), name: "fc1")
/// graph.append(Activation(.relu))
/// graph.append(Linear(inputFeatures: 128, outputFeatures: 10), name: "fc2")
/// let analysis = try BackwardAnalysis(graph, batchSize: 32, optimizer: .adam)
/// ```
public struct ModelGraph: Sendable {
  /// The name of the model input, which nodes may list among their inputs.
  public static let inputName = "input"

  /// The model's name, for reports.
  public var name: String
  /// The shape of one example, without the batch dimension.
  public var inputShape: TensorShape
  /// The layers, in order.
  public var nodes: [ModelNode]

  /// A graph with an input shape and, optionally, its nodes.
  public init(name: String = "model", inputShape: TensorShape, nodes: [ModelNode] = []) {
    self.name = name
    self.inputShape = inputShape
    self.nodes = nodes
  }

  /// Appends a layer and returns its name. Without a name it is called after its kind and
  /// position (`linear3`); without inputs it reads the previous node.
  @discardableResult
  public mutating func append(
    _ layer: any Layer, name: String? = nil, inputs: [String] = [], isFrozen: Bool = false,
    sharesParametersWith: String? = nil
  ) -> String {
    let nodeName = name ?? "\(layer.kind)\(nodes.count + 1)"
    nodes.append(
      ModelNode(
        name: nodeName, layer: layer, inputs: inputs, isFrozen: isFrozen,
        sharesParametersWith: sharesParametersWith))
    return nodeName
  }

  /// Freezes (or unfreezes) every node whose name is accepted, for fine-tuning.
  public mutating func setFrozen(_ isFrozen: Bool = true, where accepts: (String) -> Bool) {
    for index in nodes.indices where accepts(nodes[index].name) { nodes[index].isFrozen = isFrozen }
  }

  /// For each node, the positions of the nodes it reads (−1 for the model input), checking
  /// names.
  public func inputIndices() throws(ModelError) -> [[Int]] {
    guard !nodes.isEmpty else { throw .emptyModel(name: name) }
    guard inputShape.isValid, inputShape.elements <= SizeLimit.elements else {
      throw .invalidInputShape(inputShape)
    }
    var positions: [String: Int] = [:]
    var result: [[Int]] = []
    for (index, node) in nodes.enumerated() {
      let sources = node.inputs.isEmpty ? [index == 0 ? Self.inputName : nodes[index - 1].name] : node.inputs
      var indices: [Int] = []
      for source in sources {
        if source == Self.inputName {
          indices.append(-1)
        } else if let position = positions[source] {
          indices.append(position)
        } else {
          throw .unknownInput(index: index + 1, name: node.name, input: source)
        }
      }
      guard node.name != Self.inputName, positions[node.name] == nil else {
        throw .duplicateName(index: index + 1, name: node.name)
      }
      positions[node.name] = index
      result.append(indices)
    }
    return result
  }

  /// The output shape of every node, inferred from the input shape, or the first error. Sizes
  /// beyond `SizeLimit` (an output shape's elements, a layer's or the model's parameters) are
  /// refused here, so that no later count works with them.
  public func outputShapes() throws(ModelError) -> [TensorShape] {
    let sources = try inputIndices()
    var shapes: [TensorShape] = []
    var modelParameters = 0
    for (index, node) in nodes.enumerated() {
      let inputs = sources[index].map { $0 < 0 ? inputShape : shapes[$0] }
      do {
        let shape = try node.layer.outputShape(for: inputs)
        let parameters = node.layer.cost(for: inputs).parameters
        modelParameters = modelParameters.adding(saturating: parameters)
        try SizeLimit.check(output: shape, parameters: parameters, modelParameters: modelParameters)
        shapes.append(shape)
      } catch {
        throw .invalidLayer(
          index: index + 1, name: node.name, field: error.field, value: error.value, allowed: error.allowed)
      }
    }
    return shapes
  }

  /// The position of the node whose parameters each node reuses, if any, checked.
  func sharingTargets(costs: [LayerCost]) throws(ModelError) -> [Int?] {
    var targets: [Int?] = []
    for (index, node) in nodes.enumerated() {
      guard let target = node.sharesParametersWith else {
        targets.append(nil)
        continue
      }
      guard let position = nodes[..<index].firstIndex(where: { $0.name == target }) else {
        throw .invalidSharing(
          index: index + 1, name: node.name, target: target, reason: "is not an earlier layer")
      }
      guard costs[position].parameters == costs[index].parameters else {
        throw .invalidSharing(
          index: index + 1, name: node.name, target: target,
          reason: "holds \(costs[position].parameters) parameters, this layer \(costs[index].parameters)")
      }
      targets.append(position)
    }
    return targets
  }
}
