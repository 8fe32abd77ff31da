/// Infers every tensor's shape node by node (ONNX graphs are topologically sorted), counting the
/// forward FLOP of products and mapping each node onto a catalog family.
struct ONNXShapeInference {
  /// What one node produced.
  struct Result {
    var outputs: [ONNXTensor]
    var flop: Double = 0
    var layer: String
  }

  let path: String
  var tensors: [String: ONNXTensor] = [:]
  var initializerSizes: [String: Int] = [:]

  init(file: ONNXFile, dimensions: [String: Int]) throws(ModelImportError) {
    path = file.path
    let graph = file.model.graph
    for initializer in graph.initializer {
      let shape = initializer.dims.map { Int($0) }
      let values = file.smallInitializers[initializer.name].flatMap(ONNXTensor.integerValues(of:))
      tensors[initializer.name] = ONNXTensor(shape: shape, values: values)
      initializerSizes[initializer.name] = shape.reduce(1, *)
    }
    for input in graph.input where tensors[input.name] == nil {
      var shape: [Int] = []
      for dimension in input.type.tensorType.shape.dim {
        switch dimension.value {
        case .dimValue(let value): shape.append(Int(value))
        case .dimParam(let name):
          guard let value = dimensions[name] else {
            throw .unboundDimension(path: path, name: name, tensor: input.name)
          }
          shape.append(value)
        case nil: throw .unboundDimension(path: path, name: "?", tensor: input.name)
        }
      }
      tensors[input.name] = ONNXTensor(shape: shape)
    }
  }

  /// The node's outputs, FLOP and family; `nil` for an operator the tool does not know.
  func infer(_ node: ONNXNode) throws(ModelImportError) -> Result? {
    if let result = try products(node) { return result }
    if let result = try elementwise(node) { return result }
    if let result = try layout(node) { return result }
    return nil
  }
}

/// The outcome of analysing an ONNX file.
public struct ONNXAnalysis: Sendable {
  /// The file.
  public var path: String
  /// One report per node, in graph order (unsupported and skipped nodes included, with no layer).
  public var nodes: [ONNXNodeReport]
  /// Which nodes were understood.
  public var coverage: ONNXCoverage
  /// Parameters: elements of all initializers (dims only; values are never read).
  public var parameters: Int
  /// Initializers stored in external data files (not opened).
  public var externalInitializers: Int

  /// Forward FLOP of all products.
  public var forwardFLOP: Double { nodes.map(\.forwardFLOP).reduce(0, +) }

  /// Forward FLOP per operator.
  public var forwardFLOPByOperator: [String: Double] {
    nodes.reduce(into: [:]) { $0[$1.op, default: 0] += $1.forwardFLOP }
  }

  /// Analyses `file` with symbolic dimensions bound by `dimensions`.
  public static func analyze(_ file: ONNXFile, dimensions: [String: Int]) throws(ModelImportError)
    -> ONNXAnalysis
  {
    var inference = try ONNXShapeInference(file: file, dimensions: dimensions)
    var reports: [ONNXNodeReport] = []
    var unsupported: [String: Int] = [:]
    var skipped = 0
    for proto in file.model.graph.node {
      let inputs = proto.input.map { $0.isEmpty ? nil : inference.tensors[$0] }
      let node = ONNXNode(proto: proto, inputs: inputs, path: file.path)
      let op =
        proto.domain.isEmpty || proto.domain == "ai.onnx" ? proto.opType : "\(proto.domain).\(proto.opType)"
      let missingInput = proto.input.enumerated().contains { !$0.element.isEmpty && inputs[$0.offset] == nil }
      guard !missingInput, let result = try inference.infer(node) else {
        if missingInput { skipped += 1 } else { unsupported[op, default: 0] += 1 }
        reports.append(
          ONNXNodeReport(name: node.name, op: op, layer: nil, outputShape: [], forwardFLOP: 0, parameters: 0))
        continue
      }
      for (name, tensor) in zip(proto.output, result.outputs) where !name.isEmpty {
        inference.tensors[name] = tensor
      }
      let weights = proto.input.filter { inference.tensors[$0]?.values == nil }
        .compactMap { inference.initializerSizes[$0] }.reduce(0, +)
      reports.append(
        ONNXNodeReport(
          name: node.name, op: op, layer: result.layer, outputShape: result.outputs.first?.shape ?? [],
          forwardFLOP: result.flop, parameters: weights))
    }
    let total = reports.count
    let coverage = ONNXCoverage(
      totalNodes: total, supportedNodes: total - skipped - unsupported.values.reduce(0, +),
      unsupported: unsupported.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
        ONNXCoverage.Unsupported(op: $0.key, count: $0.value, share: Double($0.value) / Double(max(total, 1)))
      }, skippedNodes: skipped)
    return ONNXAnalysis(
      path: file.path, nodes: reports, coverage: coverage,
      parameters: inference.initializerSizes.values.reduce(0, +),
      externalInitializers: file.externalInitializerCount)
  }
}
