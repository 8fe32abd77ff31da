public import TrainingCompute

extension ONNXFile {
  /// The ONNX graph as the core's graph of catalog layers, any directed acyclic graph, for the
  /// backward analysis (`model`, `ratio`, `--freeze`).
  ///
  /// One example: the first axis of the first graph input is taken as the batch axis and bound
  /// to 1 (a symbolic batch axis is bound whatever `--dim` says; a fixed one must be 1), and every
  /// other shape is inferred from it. Tensors computed from the model input become nodes;
  /// tensors computed from initializers alone (weights, a transposed weight, a gathered position
  /// table) are parameters of the nodes that read them; everything else (shape arithmetic, masks,
  /// other graph inputs) is constant and carries no gradient. Each node maps onto a catalog layer:
  /// MatMul/Gemm with a weight → `Linear`, MatMul of two activations → `MatrixProduct`, Conv →
  /// `Convolution`, pooling → `Pooling`, LSTM/GRU/RNN → `Recurrent`, embedding Gather →
  /// `Embedding`, norms → `Normalization`, activations → `Activation`, residual adds → `Add`,
  /// concatenations → `Concatenate`, other arithmetic → `Elementwise`, data movement →
  /// `DataMovement`. A node the shape inference cannot count makes the graph an error naming it.
  public func modelGraph(dimensions: [String: Int]) throws(ModelImportError) -> ModelGraph {
    var builder = try ONNXGraphBuilder(file: self, dimensions: dimensions)
    for node in model.graph.node { try builder.add(node) }
    return try builder.finished()
  }

  /// The same graph as `modelGraph(dimensions:)`, under the name earlier callers use.
  public func sequentialGraph(dimensions: [String: Int]) throws(ModelImportError) -> ModelGraph {
    try modelGraph(dimensions: dimensions)
  }
}

/// Builds the core graph node by node; see `ONNXFile.modelGraph(dimensions:)`.
struct ONNXGraphBuilder {
  /// What a tensor is to the backward analysis.
  enum Role {
    /// Computed from the model input: the core node that gives it.
    case activation(String)
    /// Computed from these initializers alone.
    case parameter(Set<String>)
    /// Anything else.
    case constant
  }

  let file: ONNXFile
  var inference: ONNXShapeInference
  var roles: [String: Role] = [:]
  var graph: ModelGraph
  /// The node that first took each initializer's values as its parameters.
  var owners: [String: (node: String, initializers: Set<String>)] = [:]
  var names: Set<String> = [ModelGraph.inputName]
  /// Parameters each catalog node counts, for tied weights.
  var ownerCounts: [String: Int] = [:]
  let floatTypes: Set<Int32> = [0, 1, 10, 11, 16]

  init(file: ONNXFile, dimensions: [String: Int]) throws(ModelImportError) {
    self.file = file
    let graphInputs = file.model.graph.input.filter { input in
      !file.model.graph.initializer.contains { $0.name == input.name }
    }
    guard let input = graphInputs.first else {
      throw .noLayerGraph(
        path: file.path, format: "ONNX with no graph input", command: "trainflops onnx \(file.path)")
    }
    var bound = dimensions
    if case .dimParam(let name) = input.type.tensorType.shape.dim.first?.value {
      bound[name] = 1
    } else if case .dimValue(let size) = input.type.tensorType.shape.dim.first?.value, size != 1 {
      throw .invalidValue(
        path: file.path, key: "the batch axis (the first) of the input '\(input.name)'", value: String(size),
        allowed:
          "symbolic or 1 for the backward analysis, which counts one example: export with a dynamic batch axis"
      )
    }
    inference = try ONNXShapeInference(file: file, dimensions: bound)
    for initializer in file.model.graph.initializer {
      roles[initializer.name] =
        floatTypes.contains(initializer.dataType) ? .parameter([initializer.name]) : .constant
    }
    for other in graphInputs.dropFirst() { roles[other.name] = .constant }
    let shape = try Self.shape(
      inference.tensors[input.name]?.shape ?? [], tensor: input.name, path: file.path)
    graph = ModelGraph(
      name: file.model.graph.name.isEmpty ? "onnx" : file.model.graph.name,
      inputShape: TensorShape(shape.count > 1 ? Array(shape.dropFirst()) : shape))
    // The first node restores the batch axis, so that every node sees the file's own shapes.
    let first = unique("\(input.name).batch")
    graph.append(
      DataMovement("Unsqueeze", output: TensorShape(shape)), name: first, inputs: [ModelGraph.inputName])
    roles[input.name] = .activation(first)
  }

  /// An ONNX shape as a core shape: a scalar becomes `[1]`; empty dimensions are refused.
  static func shape(_ shape: [Int], tensor: String, path: String) throws(ModelImportError) -> [Int] {
    guard shape.allSatisfy({ $0 > 0 }) else {
      throw .noLayerGraph(
        path: path, format: "ONNX with the empty tensor '\(tensor)' \(shape)",
        command: "trainflops onnx \(path)")
    }
    return shape.isEmpty ? [1] : shape
  }

  /// A node name not yet used.
  mutating func unique(_ name: String) -> String {
    var candidate = name.isEmpty ? "node" : name
    var count = 1
    while names.contains(candidate) {
      count += 1
      candidate = "\(name)#\(count)"
    }
    names.insert(candidate)
    return candidate
  }

  func finished() throws(ModelImportError) -> ModelGraph {
    guard graph.nodes.count > 1 else {
      throw .noLayerGraph(
        path: file.path, format: "ONNX whose nodes do not read the model input",
        command: "trainflops onnx \(file.path)")
    }
    return graph
  }

  /// Infers the node and appends its layers (none when it reads no activation).
  mutating func add(_ proto: OnnxSubset_NodeProto) throws(ModelImportError) {
    let inputs = proto.input.map { $0.isEmpty ? nil : inference.tensors[$0] }
    let node = ONNXNode(proto: proto, inputs: inputs, path: file.path)
    let missing = proto.input.contains { !$0.isEmpty && inference.tensors[$0] == nil }
    guard !missing, let result = try inference.infer(node) else {
      throw .noLayerGraph(
        path: file.path,
        format: "ONNX with the node '\(node.name)' (\(proto.opType)) that the tool cannot count",
        command: "trainflops onnx \(file.path)")
    }
    for (name, tensor) in zip(proto.output, result.outputs) where !name.isEmpty {
      inference.tensors[name] = tensor
    }
    let activations = proto.input.enumerated().compactMap { index, name -> (Int, String)? in
      if case .activation(let node) = roles[name] { return (index, node) }
      return nil
    }
    let parameters = proto.input.reduce(into: Set<String>()) { found, name in
      if case .parameter(let names) = roles[name] { found.formUnion(names) }
    }
    guard !activations.isEmpty else {
      let role: Role = parameters.isEmpty ? .constant : .parameter(parameters)
      for name in proto.output where !name.isEmpty { roles[name] = role }
      return
    }
    let outputs = try result.outputs.map { tensor throws(ModelImportError) in
      try Self.shape(tensor.shape, tensor: node.name, path: file.path)
    }
    let step = ONNXGraphStep(
      node: node, activations: activations, parameters: parameters, outputs: outputs,
      inputShapes: inputs.map { $0?.shape ?? [] }, flop: result.flop)
    try append(step)
  }
}
