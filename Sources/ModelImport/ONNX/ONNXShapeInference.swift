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
    var total = 0
    for initializer in graph.initializer {
      let shape = initializer.dims.map { Int($0) }
      if let problem = ONNXLimits.problem(with: shape) {
        throw .malformed(
          path: path, format: "ONNX",
          reason: "the initializer '\(initializer.name)' has dims \(shape) with \(problem)")
      }
      let size = shape.reduce(1, *)
      let values = file.smallInitializers[initializer.name].flatMap(ONNXTensor.integerValues(of:))
      tensors[initializer.name] = ONNXTensor(shape: shape, values: values?.count == size ? values : nil)
      initializerSizes[initializer.name] = size
      guard let sum = ONNXLimits.add(total, size), sum <= ONNXLimits.elements else {
        throw .malformed(
          path: path, format: "ONNX",
          reason: "its initializers hold more than 2^62 ≈ 4.6e18 parameters in all")
      }
      total = sum
    }
    for input in graph.input where tensors[input.name] == nil {
      let shape = try Self.shape(of: input, dimensions: dimensions, path: path)
      tensors[input.name] = ONNXTensor(shape: shape)
    }
  }

  /// The shape of a graph input, its symbolic dimensions bound by `dimensions`, checked.
  static func shape(of input: OnnxSubset_ValueInfoProto, dimensions: [String: Int], path: String)
    throws(ModelImportError) -> [Int]
  {
    let declared = input.type.tensorType.shape.dim
    guard declared.count <= ONNXLimits.rank else {
      throw .malformed(
        path: path, format: "ONNX",
        reason: "the input '\(input.name)' has \(declared.count) dimensions, more than \(ONNXLimits.rank)")
    }
    var shape: [Int] = []
    for dimension in declared {
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
    if let problem = ONNXLimits.problem(with: shape) {
      throw .invalidValue(
        path: path, key: "the shape of the input '\(input.name)'", value: "\(shape) (\(problem))",
        allowed:
          "a shape of sizes of at least 0 with \(ONNXLimits.elementsText): bind smaller dimensions with --dim"
      )
    }
    return shape
  }

  /// The node's outputs, FLOP and family; `nil` for an operator the tool does not know. Every
  /// output shape is checked against `ONNXLimits`, and values that do not fill their shape are
  /// dropped.
  func infer(_ node: ONNXNode) throws(ModelImportError) -> Result? {
    var found = try products(node)
    if found == nil { found = try elementwise(node) }
    if found == nil { found = try layout(node) }
    guard var result = found else { return nil }
    for index in result.outputs.indices {
      let output = result.outputs[index]
      if let problem = ONNXLimits.problem(with: output.shape) {
        throw node.mismatch("its output \(index + 1) would have the shape \(output.shape), with \(problem)")
      }
      if let values = output.values, values.count != output.elementCount {
        result.outputs[index].values = nil
      }
    }
    return result
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
    var uncounted: [String] = []
    for proto in file.model.graph.node {
      let inputs = proto.input.map { $0.isEmpty ? nil : inference.tensors[$0] }
      let node = ONNXNode(proto: proto, inputs: inputs, path: file.path)
      let op =
        proto.domain.isEmpty || proto.domain == "ai.onnx" ? proto.opType : "\(proto.domain).\(proto.opType)"
      let missingInput = proto.input.enumerated().contains { !$0.element.isEmpty && inputs[$0.offset] == nil }
      guard !missingInput, let result = try inference.infer(node) else {
        if missingInput { skipped += 1 } else { unsupported[op, default: 0] += 1 }
        uncounted.append(node.name)
        reports.append(
          ONNXNodeReport(name: node.name, op: op, layer: nil, outputShape: [], forwardFLOP: 0, parameters: 0))
        continue
      }
      for (name, tensor) in zip(proto.output, result.outputs) where !name.isEmpty {
        inference.tensors[name] = tensor
      }
      // Each initializer is at most 2^62 elements and all of them together too (checked on reading).
      let weights = Set(proto.input.filter { inference.tensors[$0]?.values == nil })
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
      }, skippedNodes: skipped, uncountedNodes: uncounted)
    return ONNXAnalysis(
      path: file.path, nodes: reports, coverage: coverage,
      parameters: inference.initializerSizes.values.reduce(0, +),
      externalInitializers: file.externalInitializerCount)
  }
}
