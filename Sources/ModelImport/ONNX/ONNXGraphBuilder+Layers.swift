import TrainingCompute

/// One ONNX node that reads an activation, with what the builder knows about it.
struct ONNXGraphStep {
  let node: ONNXNode
  /// (input position, core node) of each input computed from the model input.
  let activations: [(Int, String)]
  /// Initializers the node reads, directly or through weight-only nodes.
  let parameters: Set<String>
  /// Output shapes (core form: no empty shapes).
  let outputs: [[Int]]
  /// Input shapes as inferred (empty for omitted inputs).
  let inputShapes: [[Int]]
  /// Forward FLOP of the node's products, as the shape inference counted them.
  let flop: Double

  var op: String { node.op }
  /// The shape of input `index`, or `[]` when it is omitted.
  func shape(_ index: Int) -> [Int] { index < inputShapes.count ? inputShapes[index] : [] }
  /// Whether input `index` is an activation.
  func isActivation(_ index: Int) -> Bool { activations.contains { $0.0 == index } }
}

/// Operators whose outputs describe shapes or indices and carry no gradient.
private let constantOperators: Set<String> = [
  "Shape", "Size", "ArgMax", "ArgMin", "Equal", "Less", "LessOrEqual", "Greater", "GreaterOrEqual", "Not",
  "And",
  "Or", "Xor", "IsNaN", "IsInf", "NonZero", "ConstantOfShape", "Range",
]

/// Operators that move data without arithmetic.
private let layoutOperators: Set<String> = [
  "Reshape", "Flatten", "Transpose", "Concat", "Split", "Slice", "Gather", "Squeeze", "Unsqueeze", "Expand",
  "Pad",
  "Tile", "Identity", "GatherElements", "GatherND",
]

/// Activations the catalog's `Activation` layer models.
private let activationFunctions: [String: Activation.Function] = [
  "Relu": .relu, "Gelu": .gelu, "Tanh": .tanh, "Sigmoid": .sigmoid, "Softmax": .softmax,
  "LogSoftmax": .softmax,
]

extension ONNXGraphBuilder {
  /// Appends the layers for `step` and records its outputs' roles.
  mutating func append(_ step: ONNXGraphStep) throws(ModelImportError) {
    let proto = step.node.proto
    if constantOperators.contains(step.op) {
      for name in proto.output where !name.isEmpty { roles[name] = .constant }
      return
    }
    let primary = try appendLayers(step)
    for (index, name) in proto.output.enumerated() where !name.isEmpty && index < step.outputs.count {
      if index == 0 {
        roles[name] = .activation(primary)
        continue
      }
      // Further outputs: a split's other parts read the input; the rest (an LSTM's last states,
      // a pool's indices) are read from the first output.
      let source = step.op == "Split" ? step.activations.map(\.1) : [primary]
      let extra = unique("\(primary).\(index)")
      graph.append(
        DataMovement(step.op, output: TensorShape(step.outputs[index])), name: extra, inputs: source)
      roles[name] = .activation(extra)
    }
  }

  /// The parameters the node takes that no earlier node took, and the earlier node that took
  /// exactly the same initializers (tied weights), if any.
  mutating func claim(_ parameters: Set<String>, by node: String) -> (count: Int, owner: String?) {
    let known = owners
    if let owner = parameters.compactMap({ known[$0] }).first, owner.initializers == parameters {
      return (0, owner.node)
    }
    var count = 0
    for name in parameters where owners[name] == nil {
      owners[name] = (node, parameters)
      count += inference.initializerSizes[name] ?? 0
    }
    return (count, nil)
  }

  /// Parameters a catalog layer counts from its own settings (0 for the others).
  static func ownCount(_ layer: any Layer) -> Int {
    switch layer {
    case let layer as Linear: return layer.parameterCount
    case let layer as Convolution: return layer.parameterCount
    case let layer as Normalization: return layer.parameterCount
    case let layer as Embedding: return layer.parameterCount
    default: return 0
    }
  }

  /// Appends a catalog layer, sharing the parameters of `owner` when it took the same
  /// initializers and counts as many parameters (tied weights), and records its count.
  mutating func appendCatalog(_ layer: any Layer, name: String, inputs: [String], owner: String?) {
    let count = Self.ownCount(layer)
    let shared = owner.flatMap { ownerCounts[$0] == count && count > 0 ? $0 : nil }
    graph.append(layer, name: name, inputs: inputs, sharesParametersWith: shared)
    ownerCounts[name] = count
  }

  /// Appends the node's layer (with per-example reshapes where a catalog layer wants no batch
  /// axis) and returns the name of the node giving its first output.
  mutating func appendLayers(_ step: ONNXGraphStep) throws(ModelImportError) -> String {
    let name = unique(step.node.name)
    let (unclaimed, owner) = claim(step.parameters, by: name)
    // Generic layers count the initializers no earlier node took; shared ones count there.
    let owned = owner == nil ? unclaimed : 0
    let sources = step.activations.map(\.1)
    let output = TensorShape(step.outputs.first ?? [1])
    let layer: any Layer
    var perExample = false
    switch step.op {
    case "MatMul" where step.activations.count == 2, "Gemm" where step.activations.count == 2:
      layer = MatrixProduct()
      if step.op == "Gemm" { return try transposedProduct(step, name: name) }
    case "MatMul" where step.isActivation(0) && step.shape(1).count == 2:
      layer = Linear(inputFeatures: step.shape(1)[0], outputFeatures: step.shape(1)[1], hasBias: false)
    case "Gemm" where step.isActivation(0) && step.shape(1).count == 2:
      return try gemm(step, name: name, owner: owner)
    case "Conv", "ConvTranspose":
      layer = try convolution(step)
      perExample = true
    case "MaxPool", "AveragePool", "LpPool", "GlobalAveragePool", "GlobalMaxPool", "GlobalLpPool":
      layer = pooling(step)
      perExample = true
    case "LSTM", "GRU", "RNN":
      return try recurrent(step, name: name)
    case "Gather"
    where !step.isActivation(0) && step.isActivation(1) && step.shape(0).count == 2
      && step.node.int("axis", default: 0) == 0:
      layer = Embedding(vocabulary: step.shape(0)[0], dimension: step.shape(0)[1])
    case "LayerNormalization"
    where [-1, step.shape(0).count - 1].contains(step.node.int("axis", default: -1)):
      layer = Normalization(
        .layer, features: step.shape(0).last ?? 1, isAffine: step.node.has(1), hasBias: step.node.has(2))
    case "SimplifiedLayerNormalization", "RMSNormalization":
      layer = Normalization(.rms, features: step.shape(0).last ?? 1, isAffine: step.node.has(1))
    case "BatchNormalization" where step.shape(0).count >= 2:
      layer = Normalization(.batch, features: step.shape(0)[1])
      perExample = true
    case "Add"
    where step.activations.count == step.inputShapes.count && Set(step.inputShapes).count == 1
      && step.inputShapes.count >= 2:
      layer = Add()
    case "Concat" where step.activations.count == step.inputShapes.count && step.inputShapes.count >= 2:
      layer = Concatenate(axis: try step.node.axis(step.node.int("axis", default: 0), rank: output.rank))
    default:
      if let function = activationFunctions[step.op] {
        layer = Activation(function)
      } else if step.flop > 0 {
        // Products (a fused Attention, a weight-by-activation MatMul) with no catalog layer yet:
        // refused rather than counted as free.
        throw .noLayerGraph(
          path: file.path,
          format:
            "ONNX with the node '\(step.node.name)' (\(step.op)), whose products have no catalog layer yet",
          command: "trainflops onnx \(file.path)")
      } else if layoutOperators.contains(step.op) {
        layer = DataMovement(step.op, output: output, parameters: owned)
      } else {
        layer = Elementwise(step.op, output: output, parameters: owned)
      }
    }
    if perExample, (step.shape(0).first ?? 0) == 1, step.shape(0).count >= 3 {
      let entry = unique("\(name).example")
      graph.append(
        DataMovement("Squeeze", output: TensorShape(Array(step.shape(0).dropFirst()))), name: entry,
        inputs: [sources[0]])
      appendCatalog(layer, name: name, inputs: [entry], owner: owner)
      let exit = unique("\(name).batch")
      graph.append(DataMovement("Unsqueeze", output: output), name: exit, inputs: [name])
      return exit
    }
    appendCatalog(layer, name: name, inputs: sources, owner: owner)
    return name
  }

  /// Gemm with a weight: `Linear`, the input transposed first when `transA` is set.
  mutating func gemm(_ step: ONNXGraphStep, name: String, owner: String?) throws(ModelImportError) -> String {
    let weight = step.shape(1)
    let isTransposed = step.node.int("transB", default: 0) == 1
    var source = step.activations[0].1
    if step.node.int("transA", default: 0) == 1 {
      let a = step.shape(0)
      source = unique("\(name).transpose")
      graph.append(
        DataMovement("Transpose", output: TensorShape(a.reversed())), name: source,
        inputs: [step.activations[0].1])
    }
    let layer = Linear(
      inputFeatures: isTransposed ? weight[1] : weight[0],
      outputFeatures: isTransposed ? weight[0] : weight[1],
      hasBias: step.node.has(2))
    appendCatalog(layer, name: name, inputs: [source], owner: owner)
    return name
  }

  /// Gemm of two activations: their product, each transposed first as `transA`/`transB` say.
  mutating func transposedProduct(_ step: ONNXGraphStep, name: String) throws(ModelImportError) -> String {
    var sources: [String] = []
    for (position, attribute) in [(0, "transA"), (1, "transB")] {
      var source = step.activations[position].1
      if step.node.int(attribute, default: 0) == 1 {
        source = unique("\(name).transpose\(position)")
        graph.append(
          DataMovement("Transpose", output: TensorShape(step.shape(position).reversed())), name: source,
          inputs: [step.activations[position].1])
      }
      sources.append(source)
    }
    graph.append(MatrixProduct(), name: name, inputs: sources)
    return name
  }
}
