/// A model as a directed acyclic graph of layers: one input of a given shape (and, for a model
/// that reads two things, such as Whisper's audio and text or CLIP's image and text, named
/// further inputs), then nodes in order, each reading a model input or earlier nodes (so the
/// order is a topological order and no cycle can be written). The last node is the output the
/// loss is taken on.
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
  /// Further model inputs, each read by the nodes that name it (none for most models).
  public var otherInputs: [Input] = []
  /// What the graph's builder approximated or assumed (a shared layer group, how a state-space
  /// scan is counted), as sentences that the analysis carries into the estimate's assumptions.
  public var assumptions: [String] = []

  /// A further model input: its name (which nodes list among their inputs) and the shape of one
  /// example of it.
  public struct Input: Sendable, Equatable {
    /// The name nodes read it by.
    public var name: String
    /// Its shape, without the batch dimension.
    public var shape: TensorShape
    /// An input.
    public init(name: String, shape: TensorShape) {
      self.name = name
      self.shape = shape
    }
  }

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

  /// For each node, the positions of the nodes it reads (−1 for the model input, −2 − i for
  /// `otherInputs[i]`), checking names.
  public func inputIndices() throws(ModelError) -> [[Int]] {
    guard !nodes.isEmpty else { throw .emptyModel(name: name) }
    for shape in [inputShape] + otherInputs.map(\.shape) {
      guard shape.isValid, shape.elements <= SizeLimit.elements else { throw .invalidInputShape(shape) }
    }
    var positions: [String: Int] = [:]
    positions.reserveCapacity(nodes.count + otherInputs.count)
    for (index, input) in otherInputs.enumerated() {
      guard input.name != Self.inputName, positions[input.name] == nil else {
        throw .duplicateName(index: 0, name: input.name)
      }
      positions[input.name] = -2 - index
    }
    var result: [[Int]] = []
    result.reserveCapacity(nodes.count)
    // By position, not by copying each node out: a model has thousands.
    for index in nodes.indices {
      let inputs = nodes[index].inputs
      let indices: [Int]
      if inputs.isEmpty {
        indices = [index - 1]
      } else {
        var named: [Int] = []
        named.reserveCapacity(inputs.count)
        for source in inputs {
          if source == Self.inputName {
            named.append(-1)
          } else if let position = positions[source] {
            named.append(position)
          } else {
            throw .unknownInput(index: index + 1, name: nodes[index].name, input: source)
          }
        }
        indices = named
      }
      let name = nodes[index].name
      guard name != Self.inputName, positions.updateValue(index, forKey: name) == nil else {
        throw .duplicateName(index: index + 1, name: name)
      }
      result.append(indices)
    }
    return result
  }

  /// The output shape of every node, inferred from the input shape, or the first error. Sizes
  /// beyond `SizeLimit` (an output shape's elements, a layer's or the model's parameters) are
  /// refused here, so that no later count works with them.
  public func outputShapes() throws(ModelError) -> [TensorShape] { try layout().shapes }

  /// In one pass, each node's sources (as `inputIndices()` gives them), output shape and cost,
  /// checked as `outputShapes()` says.
  func layout() throws(ModelError) -> (sources: [[Int]], shapes: [TensorShape], costs: [LayerCost]) {
    let sources = try inputIndices()
    var shapes: [TensorShape] = []
    var costs: [LayerCost] = []
    shapes.reserveCapacity(nodes.count)
    costs.reserveCapacity(nodes.count)
    var modelParameters = 0
    for index in nodes.indices {
      let inputs = sources[index].map { shape(of: $0, outputs: shapes) }
      let layer = nodes[index].layer
      do {
        let shape = try layer.outputShape(for: inputs)
        let cost = layer.cost(for: inputs)
        modelParameters = modelParameters.adding(saturating: cost.parameters)
        try SizeLimit.check(output: shape, parameters: cost.parameters, modelParameters: modelParameters)
        shapes.append(shape)
        costs.append(cost)
      } catch {
        throw .invalidLayer(
          index: index + 1, name: nodes[index].name, field: error.field, value: error.value,
          allowed: error.allowed)
      }
    }
    return (sources, shapes, costs)
  }

  /// The shape a source position of `inputIndices()` stands for, given the nodes' output shapes.
  func shape(of source: Int, outputs: [TensorShape]) -> TensorShape {
    source >= 0 ? outputs[source] : source == -1 ? inputShape : otherInputs[-2 - source].shape
  }

  /// The position of the node whose parameters each node reuses, if any, checked.
  func sharingTargets(costs: [LayerCost]) throws(ModelError) -> [Int?] {
    var targets: [Int?] = []
    targets.reserveCapacity(nodes.count)
    for index in nodes.indices {
      guard let target = nodes[index].sharesParametersWith else {
        targets.append(nil)
        continue
      }
      let node = nodes[index]
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
