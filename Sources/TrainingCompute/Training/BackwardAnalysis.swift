/// The backward/forward analysis of a model (Hobbhahn & Sevilla 2021): per layer and in total,
/// per example, the forward FLOP, the input-gradient and weight-gradient FLOP, and the weight
/// update, which happens once per batch and so adds `optimizer FLOP × trainable parameters ÷
/// batch size` per example.
///
/// Gradient reachability decides the backward cost exactly: a node computes the gradient with
/// respect to its input only if a trainable parameter lies upstream of it (the first layer does
/// not, hence 1:1), and the gradient with respect to its weights only if it is trainable. The
/// ratio counts the update as part of the backward pass:
/// `(input gradient + weight gradient + update ÷ batch size) ÷ forward`. Where a node's output is
/// read by several nodes on the gradient path (a residual branch, an attention input used as Q,
/// K and V), their gradients are summed: `(readers − 1) × elements` element-wise adds, counted
/// with that node's activation gradients.
public struct BackwardAnalysis: Sendable, Equatable {
  /// The model's name.
  public var model: String
  /// The shape of one example.
  public var inputShape: TensorShape
  /// Examples per batch (per weight update).
  public var batchSize: Int
  /// The update rule.
  public var optimizer: Optimizer
  /// Which work is counted: everything, or matrix products and convolutions alone.
  public var counting: FLOPCounting
  /// Every node, in order.
  public var layers: [LayerAnalysis]
  /// Parameters, counting shared parameters once.
  public var parameters: Int
  /// Parameters that are trained (not frozen), counting shared ones once.
  public var trainableParameters: Int
  /// What the graph's builder assumed (`ModelGraph.assumptions`), for the estimate.
  public var graphAssumptions: [String] = []

  /// Analyses `graph` for one batch size, optimizer and counting convention.
  public init(
    _ graph: ModelGraph, batchSize: Int = 1, optimizer: Optimizer = .sgd, counting: FLOPCounting = .all
  ) throws(ModelError) {
    guard batchSize >= 1 else {
      throw .invalidSetting(field: "batch size", value: String(batchSize), allowed: "at least 1")
    }
    let (sources, shapes, costs) = try graph.layout()
    let shared = try graph.sharingTargets(costs: costs)
    var isFrozen: [Bool] = []
    var carriesGradient: [Bool] = []
    var layers: [LayerAnalysis] = []
    var parameters = 0
    var trainable = 0
    layers.reserveCapacity(graph.nodes.count)
    for index in graph.nodes.indices {
      let node = (
        name: graph.nodes[index].name, layer: graph.nodes[index].layer, isFrozen: graph.nodes[index].isFrozen
      )
      let cost = costs[index]
      let frozen = node.isFrozen || shared[index].map { isFrozen[$0] } == true
      isFrozen.append(frozen)
      let isTrainable = !frozen && cost.parameters > 0
      let needsInput =
        node.layer.passesGradientToInputs && sources[index].contains { $0 >= 0 && carriesGradient[$0] }
      carriesGradient.append(isTrainable || needsInput)
      let owned = shared[index] == nil ? cost.parameters : 0
      parameters = parameters.adding(saturating: owned)
      if !frozen { trainable = trainable.adding(saturating: owned) }
      let isActive = isTrainable || needsInput
      layers.append(
        LayerAnalysis(
          name: node.name, kind: node.layer.kind, outputShape: shapes[index], parameters: owned,
          isFrozen: frozen && cost.parameters > 0, needsInputGradient: needsInput, forward: cost.forward,
          inputGradient: (needsInput ? cost.inputGradient : .zero)
            + (isActive ? cost.internalGradient : .zero),
          weightGradient: isTrainable ? cost.weightGradient : .zero))
    }
    // A node read by several nodes that send gradients back (a residual branch point) sums
    // them: (readers − 1) element-wise adds per output element.
    var readers = Array(repeating: 0, count: layers.count)
    for (index, inputs) in sources.enumerated() where layers[index].needsInputGradient {
      for source in inputs where source >= 0 && carriesGradient[source] { readers[source] += 1 }
    }
    for index in layers.indices where readers[index] > 1 {
      layers[index].inputGradient += .elementwise(Double(readers[index] - 1) * shapes[index].elements)
    }
    self.model = graph.name
    self.inputShape = graph.inputShape
    self.batchSize = batchSize
    self.optimizer = optimizer
    self.counting = counting
    self.layers = layers
    self.parameters = parameters
    self.trainableParameters = trainable
    self.graphAssumptions = graph.assumptions
  }

  /// Forward FLOP per example, as counted.
  public var forward: FLOPs { layers.map { $0.forward.counted(counting) }.sum() }
  /// Input-gradient FLOP per example, as counted.
  public var inputGradient: FLOPs { layers.map { $0.inputGradient.counted(counting) }.sum() }
  /// Weight-gradient FLOP per example, as counted.
  public var weightGradient: FLOPs { layers.map { $0.weightGradient.counted(counting) }.sum() }
  /// Forward FLOP per example split into matrix and element-wise work.
  public var forwardBreakdown: FLOPBreakdown { layers.reduce(.zero) { $0 + $1.forward } }
  /// Backward FLOP per example (both gradients) split into matrix and element-wise work.
  public var backwardBreakdown: FLOPBreakdown { layers.reduce(.zero) { $0 + $1.backward } }

  /// Weight-update FLOP per step: optimizer FLOP per parameter × trainable parameters.
  public var updatePerStep: FLOPs { FLOPs(optimizer.flopPerParameter * Double(trainableParameters)) }
  /// Weight-update FLOP per example: the step's update ÷ batch size.
  public var updatePerExample: FLOPs { updatePerStep / Double(batchSize) }

  /// Backward FLOP per example with the update's share: input + weight gradients + update ÷ batch.
  public var backward: FLOPs { inputGradient + weightGradient + updatePerExample }

  /// Forward plus backward (with the update's share) per example: one example's training cost.
  public var trainingPerExample: FLOPs { forward + backward }

  /// The backward/forward ratio, the update counted in the backward pass.
  public var ratio: Double { backward / forward }

  /// The ratio at another batch size; the layers' costs do not depend on it.
  public func ratio(batchSize: Int) -> Double {
    let update = optimizer.flopPerParameter * Double(trainableParameters) / Double(max(batchSize, 1))
    return (inputGradient.value + weightGradient.value + update) / forward.value
  }
}
