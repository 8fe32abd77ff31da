public import TrainingCompute

extension ONNXFile {
  /// A sequential ONNX graph (MLPs, plain CNNs) as the core's graph of catalog layers, for the
  /// backward analysis: Gemm and MatMul with a weight → Linear, Conv → Convolution, pooling,
  /// BatchNormalization, Flatten and activations. Shapes are per example (the batch axis, the
  /// first, is dropped). Branching graphs and other operators are refused with the operator named;
  /// their forward FLOP and coverage remain available from `ONNXAnalysis`.
  public func sequentialGraph(dimensions: [String: Int]) throws(ModelImportError) -> ModelGraph {
    let inference = try ONNXShapeInference(file: self, dimensions: dimensions)
    let graphInputs = model.graph.input.filter { inference.initializerSizes[$0.name] == nil }
    guard graphInputs.count == 1, let input = inference.tensors[graphInputs[0].name], input.shape.count >= 2
    else {
      throw .noLayerGraph(path: path, format: "ONNX with several inputs", command: "trainflops onnx \(path)")
    }
    var graph = ModelGraph(
      name: model.graph.name.isEmpty ? "onnx" : model.graph.name,
      inputShape: TensorShape(Array(input.shape.dropFirst())))
    var current = graphInputs[0].name
    for node in model.graph.node {
      guard let data = node.input.first, data == current else {
        throw .noLayerGraph(
          path: path, format: "a branching ONNX graph (node '\(node.name)')",
          command: "trainflops onnx \(path)")
      }
      let weight = node.input.count > 1 ? inference.tensors[node.input[1]]?.shape : nil
      let layer: (any Layer)?
      switch node.opType {
      case "Gemm", "MatMul":
        guard let weight, weight.count == 2 else { layer = nil; break }
        let isTransposed = node.attribute.first { $0.name == "transB" }?.i == 1
        layer = TrainingCompute.Linear(
          inputFeatures: isTransposed ? weight[1] : weight[0],
          outputFeatures: isTransposed ? weight[0] : weight[1],
          hasBias: node.input.count > 2)
      case "Conv":
        guard let weight, weight.count >= 3 else { layer = nil; break }
        let ints = { (name: String) in
          node.attribute.first { $0.name == name }.map { $0.ints.map { Int($0) } }
        }
        let rank = weight.count - 2
        let groups = Int(node.attribute.first { $0.name == "group" }?.i ?? 1)
        layer = Convolution(
          inputChannels: weight[1] * groups, outputChannels: weight[0], kernel: Array(weight.dropFirst(2)),
          stride: ints("strides") ?? [1], padding: Array((ints("pads") ?? [0]).prefix(rank)),
          dilation: ints("dilations") ?? [1], groups: groups, hasBias: node.input.count > 2)
      case "MaxPool", "AveragePool":
        let ints = { (name: String) in
          node.attribute.first { $0.name == name }.map { $0.ints.map { Int($0) } }
        }
        guard let kernel = ints("kernel_shape") else { layer = nil; break }
        layer = Pooling(
          node.opType == "MaxPool" ? .max : .average,
          window: .sliding(
            kernel: kernel, stride: ints("strides") ?? kernel,
            padding: Array((ints("pads") ?? [0]).prefix(kernel.count))),
          spatialRank: kernel.count)
      case "GlobalAveragePool": layer = Pooling(.average, window: .global)
      case "GlobalMaxPool": layer = Pooling(.max, window: .global)
      case "Flatten": layer = Reshape.flatten
      case "Relu": layer = Activation(.relu)
      case "Gelu": layer = Activation(.gelu)
      case "Tanh": layer = Activation(.tanh)
      case "Sigmoid": layer = Activation(.sigmoid)
      case "Softmax": layer = Activation(.softmax)
      case "BatchNormalization":
        layer = (weight?.first).map { Normalization(.batch, features: $0) }
      default: layer = nil
      }
      guard let layer else {
        throw .noLayerGraph(
          path: path,
          format:
            "ONNX with the operator \(node.opType) (node '\(node.name)') outside the sequential catalog",
          command: "trainflops onnx \(path)")
      }
      current = node.output.first ?? ""
      graph.append(layer, name: node.name.isEmpty ? current : node.name)
    }
    return graph
  }
}
