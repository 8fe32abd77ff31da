import TrainingCompute

/// The networks of the backward/forward study's appendix A (Hobbhahn & Sevilla 2021), built in
/// code, with max pooling (kernel 3, stride 2) after each convolution's ReLU and global average
/// pooling before the classifier where the study's code leaves pooling undefined, as the
/// oracle in /work/shared/reference/oracle-public.json does.
enum StudyNetworks {
  static func linearNet() -> ModelGraph {
    var graph = ModelGraph(name: "LinearNet", inputShape: [3, 224, 224])
    graph.append(Reshape.flatten, name: "flatten")
    graph.append(Linear(inputFeatures: 224 * 224 * 3, outputFeatures: 4096), name: "fc1")
    graph.append(Activation(.relu))
    graph.append(Linear(inputFeatures: 4096, outputFeatures: 128), name: "fc2")
    graph.append(Activation(.relu))
    graph.append(Linear(inputFeatures: 128, outputFeatures: 10), name: "fc3")
    return graph
  }

  static func oneNet() -> ModelGraph {
    var graph = ModelGraph(name: "OneNet", inputShape: [1])
    graph.append(Linear(inputFeatures: 1, outputFeatures: 4096), name: "fc1")
    graph.append(Activation(.relu))
    graph.append(Linear(inputFeatures: 4096, outputFeatures: 128), name: "fc2")
    graph.append(Activation(.relu))
    graph.append(Linear(inputFeatures: 128, outputFeatures: 10), name: "fc3")
    return graph
  }

  static func convNet() -> ModelGraph { deeperConvNet(intermediateLayers: nil) }

  /// DeeperConvNet with `intermediateLayers` 3×3 convolutions; `nil` gives ConvNet, whose second
  /// convolution is followed by max pooling (DeeperConvNet's is not).
  static func deeperConvNet(intermediateLayers: Int?) -> ModelGraph {
    var graph = ModelGraph(
      name: intermediateLayers.map { "DeeperConvNet_N\($0)" } ?? "ConvNet", inputShape: [3, 224, 224])
    graph.append(conv(3, 32, kernel: 7, stride: 2, padding: 3), name: "conv1")
    graph.append(Activation(.relu))
    graph.append(Pooling.sliding(.max, kernel: [3], stride: [2]))
    for index in 0..<(intermediateLayers ?? 0) {
      graph.append(conv(32, 32, kernel: 3, stride: 1, padding: 1), name: "conv_mid\(index + 1)")
      graph.append(Activation(.relu))
    }
    graph.append(conv(32, 64, kernel: 7, stride: 2, padding: 3), name: "conv2")
    graph.append(Activation(.relu))
    if intermediateLayers == nil { graph.append(Pooling.sliding(.max, kernel: [3], stride: [2])) }
    graph.append(Pooling(.average, window: .global))
    graph.append(Reshape.flatten)
    graph.append(Linear(inputFeatures: 64, outputFeatures: 10), name: "fc1")
    return graph
  }

  static func conv(_ input: Int, _ output: Int, kernel: Int, stride: Int, padding: Int) -> Convolution {
    Convolution(
      inputChannels: input, outputChannels: output, kernel: [kernel, kernel], stride: [stride],
      padding: [padding], hasBias: false)
  }
}
