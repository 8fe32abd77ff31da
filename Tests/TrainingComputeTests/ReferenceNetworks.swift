import TrainingCompute

/// Published architectures built in code, for parameter counts and oracle figures.
enum ReferenceNetworks {
  /// torchvision's ResNet (He et al. 2016, v1.5: stride on the 3×3 convolution):
  /// `bottleneck` false gives ResNet-18/34 basic blocks, true ResNet-50/101/152.
  static func resnet(blocks: [Int], bottleneck: Bool, name: String) -> ModelGraph {
    var graph = ModelGraph(name: name, inputShape: [3, 224, 224])
    graph.append(conv(3, 64, kernel: 7, stride: 2, padding: 3), name: "conv1")
    graph.append(Normalization(.batch, features: 64), name: "bn1")
    graph.append(Activation(.relu))
    graph.append(Pooling.sliding(.max, kernel: [3], stride: [2], padding: [1]), name: "maxpool")
    var channels = 64
    let expansion = bottleneck ? 4 : 1
    for (stage, count) in blocks.enumerated() {
      let width = 64 << stage
      for block in 0..<count {
        let stride = stage > 0 && block == 0 ? 2 : 1
        let prefix = "layer\(stage + 1).\(block)"
        let entry = graph.nodes.last?.name ?? ModelGraph.inputName
        if bottleneck {
          graph.append(conv(channels, width, kernel: 1, stride: 1, padding: 0), name: "\(prefix).conv1")
          graph.append(Normalization(.batch, features: width))
          graph.append(Activation(.relu))
          graph.append(conv(width, width, kernel: 3, stride: stride, padding: 1), name: "\(prefix).conv2")
          graph.append(Normalization(.batch, features: width))
          graph.append(Activation(.relu))
          graph.append(conv(width, width * 4, kernel: 1, stride: 1, padding: 0), name: "\(prefix).conv3")
          graph.append(Normalization(.batch, features: width * 4))
        } else {
          graph.append(conv(channels, width, kernel: 3, stride: stride, padding: 1), name: "\(prefix).conv1")
          graph.append(Normalization(.batch, features: width))
          graph.append(Activation(.relu))
          graph.append(conv(width, width, kernel: 3, stride: 1, padding: 1), name: "\(prefix).conv2")
          graph.append(Normalization(.batch, features: width))
        }
        let main = graph.nodes.last?.name ?? entry
        var shortcut = entry
        if stride != 1 || channels != width * expansion {
          graph.append(
            conv(channels, width * expansion, kernel: 1, stride: stride, padding: 0), name: "\(prefix).down",
            inputs: [entry])
          shortcut = graph.append(
            Normalization(.batch, features: width * expansion), name: "\(prefix).down_bn")
        }
        graph.append(Add(), name: "\(prefix).add", inputs: [main, shortcut])
        graph.append(Activation(.relu))
        channels = width * expansion
      }
    }
    graph.append(Pooling(.average, window: .global))
    graph.append(Reshape.flatten)
    graph.append(Linear(inputFeatures: channels, outputFeatures: 1000), name: "fc")
    return graph
  }

  /// VGG-16 (Simonyan & Zisserman 2015, configuration D), as torchvision builds it.
  static func vgg16() -> ModelGraph {
    var graph = ModelGraph(name: "VGG-16", inputShape: [3, 224, 224])
    var channels = 3
    for stage in [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]] {
      for width in stage {
        graph.append(
          Convolution(inputChannels: channels, outputChannels: width, kernel: [3, 3], padding: [1]))
        graph.append(Activation(.relu))
        channels = width
      }
      graph.append(Pooling.sliding(.max, kernel: [2], stride: [2]))
    }
    graph.append(Pooling(.average, window: .adaptive(outputSize: [7, 7])))
    graph.append(Reshape.flatten)
    for (input, output) in [(25088, 4096), (4096, 4096)] {
      graph.append(Linear(inputFeatures: input, outputFeatures: output))
      graph.append(Activation(.relu))
      graph.append(Dropout(rate: 0.5))
    }
    graph.append(Linear(inputFeatures: 4096, outputFeatures: 1000))
    return graph
  }

  /// GPT-2 small (Radford et al. 2019): 12 blocks, d 768, 12 heads, vocabulary 50,257, 1,024
  /// positions, the output layer tied to the token embedding.
  static func gpt2Small(sequenceLength: Int = 128, isCausal: Bool = false) -> ModelGraph {
    var graph = ModelGraph(name: "GPT-2 small", inputShape: [sequenceLength])
    graph.append(Embedding(vocabulary: 50257, dimension: 768), name: "wte")
    graph.append(PositionalEmbedding(maxPositions: 1024, dimension: 768), name: "wpe")
    for block in 0..<12 {
      graph.append(TransformerBlock(modelDimension: 768, heads: 12, isCausal: isCausal), name: "h.\(block)")
    }
    graph.append(Normalization(.layer, features: 768), name: "ln_f")
    graph.append(
      Linear(inputFeatures: 768, outputFeatures: 50257, hasBias: false), name: "lm_head",
      sharesParametersWith: "wte")
    return graph
  }

  static func conv(_ input: Int, _ output: Int, kernel: Int, stride: Int, padding: Int) -> Convolution {
    Convolution(
      inputChannels: input, outputChannels: output, kernel: [kernel, kernel], stride: [stride],
      padding: [padding], hasBias: false)
  }
}
