import TrainingCompute

/// Convolutions, pooling and recurrent layers, whose catalog layers take one example without a
/// batch axis (`[C, L…]`, `[steps, features]`).
extension ONNXGraphBuilder {
  /// Conv or ConvTranspose as `Convolution`, its padding made symmetric so that the catalog's
  /// output size equals the file's (explicit pads, or `auto_pad`).
  func convolution(_ step: ONNXGraphStep) throws(ModelImportError) -> Convolution {
    let (x, w, y) = (step.shape(0), step.shape(1), step.outputs.first ?? [])
    let rank = w.count - 2
    let groups = step.node.int("group", default: 1)
    let isTransposed = step.op == "ConvTranspose"
    guard rank >= 1, rank <= 3, x.count == rank + 2, y.count == rank + 2 else {
      throw step.node.mismatch("only 1-, 2- and 3-D convolutions map onto the layer catalog")
    }
    let kernel = Array(w.dropFirst(2))
    let strides = step.node.ints("strides") ?? Array(repeating: 1, count: rank)
    let dilations = step.node.ints("dilations") ?? Array(repeating: 1, count: rank)
    let pads = step.node.ints("pads") ?? Array(repeating: 0, count: 2 * rank)
    // Sizes up to 2^31 keep every product and sum below in `Int`; no real model comes near.
    guard (x + w + y + strides + dilations + pads).allSatisfy({ abs($0) < 1 << 31 }),
      strides.count == rank, dilations.count == rank
    else {
      throw step.node.mismatch(
        "sizes, strides, dilations or pads beyond 2^31 do not map onto the layer catalog")
    }
    var padding: [Int] = []
    var outputPadding: [Int] = []
    for axis in 0..<rank {
      let total = pads.count == 2 * rank ? pads[axis] + pads[axis + rank] : 0
      var candidates = [total / 2, (total + 1) / 2]
      if !isTransposed, (step.node.string("auto_pad") ?? "NOTSET").hasPrefix("SAME") {
        let span = dilations[axis] * (kernel[axis] - 1) + 1
        let needed = max(0, (y[axis + 2] - 1) * strides[axis] + span - x[axis + 2])
        candidates = [needed / 2, (needed + 1) / 2]
      }
      let span = dilations[axis] * (kernel[axis] - 1)
      if isTransposed {
        let p = candidates[0]
        padding.append(p)
        outputPadding.append(y[axis + 2] - ((x[axis + 2] - 1) * strides[axis] - 2 * p + span + 1))
        continue
      }
      guard
        let p = candidates.first(where: {
          (x[axis + 2] + 2 * $0 - span - 1) / strides[axis] + 1 == y[axis + 2]
        })
      else {
        throw step.node.mismatch("its padding \(pads) has no symmetric equivalent along axis \(axis + 2)")
      }
      padding.append(p)
      outputPadding.append(0)
    }
    return Convolution(
      inputChannels: x[1], outputChannels: y[1], kernel: kernel, stride: strides, padding: padding,
      dilation: dilations, groups: groups, hasBias: step.node.has(2), isTransposed: isTransposed,
      outputPadding: outputPadding)
  }

  /// Pooling with a window as `Pooling`; where `ceil_mode` or uneven pads give another size than
  /// the catalog's floor rule, adaptive pooling to the file's size (the same element-wise work).
  func pooling(_ step: ONNXGraphStep) -> Pooling {
    let reduction: Pooling.Reduction = step.op.contains("Max") ? .max : .average
    let spatial = Array((step.outputs.first ?? []).dropFirst(2))
    if step.op.hasPrefix("Global") { return Pooling(reduction, window: .global, spatialRank: spatial.count) }
    let kernel = step.node.ints("kernel_shape") ?? []
    let pads = step.node.ints("pads") ?? Array(repeating: 0, count: 2 * kernel.count)
    let sliding = Pooling(
      reduction,
      window: .sliding(
        kernel: kernel, stride: step.node.ints("strides") ?? Array(repeating: 1, count: kernel.count),
        padding: Array(pads.prefix(kernel.count))), spatialRank: kernel.count)
    let input = TensorShape(Array(step.shape(0).dropFirst()))
    if let shape = try? sliding.outputShape(for: [input]), shape.dimensions.dropFirst().elementsEqual(spatial)
    {
      return sliding
    }
    return Pooling(reduction, window: .adaptive(outputSize: spatial), spatialRank: spatial.count)
  }

  /// LSTM, GRU or RNN as `Recurrent` over `[steps, features]`, with reshapes from and to the
  /// file's `[steps, batch, features]` (or batch-first) layout.
  mutating func recurrent(_ step: ONNXGraphStep, name: String) throws(ModelImportError) -> String {
    let (x, w) = (step.shape(0), step.shape(1))
    let cell: Recurrent.Cell = step.op == "LSTM" ? .lstm : step.op == "GRU" ? .gru : .rnn
    guard x.count == 3, w.count == 3, step.isActivation(0), let output = step.outputs.first else {
      throw step.node.mismatch("a recurrent layer needs an activation input of 3 dimensions")
    }
    let isBatchFirst = step.node.int("layout", default: 0) == 1
    let steps = isBatchFirst ? x[1] : x[0]
    let entry = unique("\(name).steps")
    graph.append(
      DataMovement("Reshape", output: [steps, x[2]]), name: entry, inputs: [step.activations[0].1])
    let layer = Recurrent(
      cell, inputSize: x[2], hiddenSize: w[1] / cell.gates, isBidirectional: w[0] == 2,
      hasBias: step.node.has(3))
    graph.append(layer, name: name, inputs: [entry])
    let exit = unique("\(name).batch")
    graph.append(DataMovement("Reshape", output: TensorShape(output)), name: exit, inputs: [name])
    return exit
  }
}
