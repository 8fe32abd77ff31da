/// Operators that multiply: MatMul, Gemm, Conv, ConvTranspose, LSTM/GRU/RNN, Attention, and the
/// pooling operators that share Conv's output-size rule. FLOP = 2 per multiply-add, as PyTorch's
/// FlopCounterMode counts; bias additions are not counted.
extension ONNXShapeInference {
  func products(_ node: ONNXNode) throws(ModelImportError) -> Result? {
    switch node.op {
    case "MatMul": return try matMul(node)
    case "Gemm": return try gemm(node)
    case "Conv": return try convolution(node)
    case "ConvTranspose": return try transposedConvolution(node)
    case "MaxPool", "AveragePool", "LpPool": return try pooling(node)
    case "GlobalAveragePool", "GlobalMaxPool", "GlobalLpPool":
      let x = try node.input(0)
      return Result(
        outputs: [ONNXTensor(shape: Array(x.shape.prefix(2)) + x.shape.dropFirst(2).map { _ in 1 })],
        layer: "pooling")
    case "LSTM": return try recurrent(node, gates: 4, layer: "lstm")
    case "GRU": return try recurrent(node, gates: 3, layer: "gru")
    case "RNN": return try recurrent(node, gates: 1, layer: "rnn")
    case "Attention": return try attention(node)
    default: return nil
    }
  }

  func matMul(_ node: ONNXNode) throws(ModelImportError) -> Result {
    var a = try node.input(0).shape
    var b = try node.input(1).shape
    let aVector = a.count == 1
    let bVector = b.count == 1
    if aVector { a = [1] + a }
    if bVector { b = b + [1] }
    guard a.count >= 2, b.count >= 2, a[a.count - 1] == b[b.count - 2] else {
      throw node.mismatch("cannot multiply \(a) by \(b)")
    }
    let batch = try broadcast(Array(a.dropLast(2)), Array(b.dropLast(2)), node)
    let (m, k, n) = (a[a.count - 2], a[a.count - 1], b[b.count - 1])
    var shape = batch + [m, n]
    if bVector { shape.removeLast() }
    if aVector { shape.remove(at: shape.count - (bVector ? 1 : 2)) }
    let flop = 2 * ONNXLimits.real(batch) * Double(m) * Double(k) * Double(n)
    return Result(outputs: [ONNXTensor(shape: shape)], flop: flop, layer: "linear")
  }

  func gemm(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let a = try node.input(0).shape
    let b = try node.input(1).shape
    guard a.count == 2, b.count == 2 else {
      throw node.mismatch("Gemm needs two matrices, got \(a) and \(b)")
    }
    let (m, k) = node.int("transA", default: 0) == 1 ? (a[1], a[0]) : (a[0], a[1])
    let (kb, n) = node.int("transB", default: 0) == 1 ? (b[1], b[0]) : (b[0], b[1])
    guard k == kb else { throw node.mismatch("inner sizes differ: \(k) and \(kb)") }
    return Result(
      outputs: [ONNXTensor(shape: [m, n])], flop: 2 * ONNXLimits.real([m, k, n]), layer: "linear")
  }

  /// Output sizes of a convolution or pooling window along each spatial axis (ONNX Conv spec).
  func windowOutput(
    _ node: ONNXNode, input: [Int], kernel: [Int], ceilMode: Bool = false
  ) throws(ModelImportError) -> [Int] {
    let count = kernel.count
    let strides = node.ints("strides") ?? Array(repeating: 1, count: count)
    let dilations = node.ints("dilations") ?? Array(repeating: 1, count: count)
    let pads = node.ints("pads") ?? Array(repeating: 0, count: 2 * count)
    let autoPad = node.string("auto_pad") ?? "NOTSET"
    guard strides.count == count, dilations.count == count, pads.count == 2 * count, input.count == count
    else {
      throw node.mismatch("strides, dilations, pads and kernel do not match \(count) spatial axes")
    }
    let limit = ONNXLimits.elements
    guard (strides + dilations + kernel).allSatisfy({ (1...limit).contains($0) }),
      pads.allSatisfy({ (0..<limit).contains($0) })
    else {
      throw node.mismatch(
        "strides \(strides), dilations \(dilations) and kernel \(kernel) must be from 1 to 2^62, pads \(pads) from 0 to below 2^62"
      )
    }
    var output: [Int] = []
    for axis in 0..<count {
      // Every term is at most 2^62, so the sums below fit in `Int`; only the product is checked.
      guard let reach = ONNXLimits.multiply(dilations[axis], kernel[axis] - 1), reach < limit else {
        throw node.mismatch("dilation \(dilations[axis]) × kernel \(kernel[axis]) is beyond 2^62")
      }
      let span = reach + 1
      let stride = strides[axis]
      switch autoPad {
      case "SAME_UPPER", "SAME_LOWER": output.append(input[axis] == 0 ? 0 : (input[axis] - 1) / stride + 1)
      case "VALID": output.append(input[axis] < span ? 0 : (input[axis] - span) / stride + 1)
      default:
        // Each term is at most 2^62: the input plus one pad fits in `Int`, the second pad is checked.
        guard let padded = ONNXLimits.add(input[axis] + pads[axis], pads[axis + count] - span) else {
          throw node.mismatch("pads \(pads) are beyond 2^63 along axis \(axis + 2)")
        }
        let steps = ceilMode ? padded / stride + (padded % stride == 0 ? 0 : 1) : padded / stride
        output.append(padded < 0 ? 0 : steps + 1)
      }
      guard output[axis] > 0 else {
        throw node.mismatch("the window is larger than the input along axis \(axis + 2)")
      }
    }
    return output
  }

  func convolution(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let x = try node.input(0).shape
    let w = try node.input(1).shape
    let group = node.int("group", default: 1)
    guard x.count >= 3, w.count == x.count, group >= 1, x[1] == ONNXLimits.multiply(w[1], group) else {
      throw node.mismatch("input \(x) and weights \(w) do not fit with \(group) group(s)")
    }
    let kernel = Array(w.dropFirst(2))
    let spatial = try windowOutput(node, input: Array(x.dropFirst(2)), kernel: kernel)
    let outputs = ONNXLimits.real([x[0], w[0]] + spatial)
    let flop = 2 * outputs * ONNXLimits.real([w[1]] + kernel)
    return Result(outputs: [ONNXTensor(shape: [x[0], w[0]] + spatial)], flop: flop, layer: "convolution")
  }

  func transposedConvolution(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let x = try node.input(0).shape
    let w = try node.input(1).shape
    let group = node.int("group", default: 1)
    guard x.count >= 3, w.count == x.count, x[1] == w[0], (1...ONNXLimits.elements).contains(group),
      let outputChannels = ONNXLimits.multiply(w[1], group)
    else {
      throw node.mismatch("input \(x) and weights \(w) do not fit with \(group) group(s)")
    }
    let count = x.count - 2
    let kernel = Array(w.dropFirst(2))
    let strides = node.ints("strides") ?? Array(repeating: 1, count: count)
    let dilations = node.ints("dilations") ?? Array(repeating: 1, count: count)
    let pads = node.ints("pads") ?? Array(repeating: 0, count: 2 * count)
    let extra = node.ints("output_padding") ?? Array(repeating: 0, count: count)
    guard strides.count == count, dilations.count == count, pads.count == 2 * count, extra.count == count
    else {
      throw node.mismatch("strides, dilations, pads and output_padding do not match \(count) spatial axes")
    }
    var spatial = node.ints("output_shape") ?? []
    if spatial.isEmpty {
      for axis in 0..<count {
        // Checked: strides, dilations and pads come from the file and may be anything.
        let terms = [
          ONNXLimits.multiply(strides[axis], x[axis + 2] - 1),
          ONNXLimits.multiply(kernel[axis] - 1, dilations[axis]),
          extra[axis], 1, pads[axis].multipliedReportingOverflow(by: -1).overflow ? nil : -pads[axis],
          pads[axis + count].multipliedReportingOverflow(by: -1).overflow ? nil : -pads[axis + count],
        ]
        var size: Int? = 0
        for term in terms { size = size.flatMap { total in term.flatMap { ONNXLimits.add(total, $0) } } }
        guard let size, size > 0 else {
          throw node.mismatch(
            "strides, pads and output_padding give no valid output size along axis \(axis + 2)")
        }
        spatial.append(size)
      }
    }
    // Every input element is multiplied into a kernel window of every output channel of its group.
    let flop = 2 * ONNXLimits.real(x) * ONNXLimits.real([w[1]] + kernel)
    return Result(
      outputs: [ONNXTensor(shape: [x[0], outputChannels] + spatial)], flop: flop, layer: "convolution")
  }

  func pooling(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let x = try node.input(0).shape
    guard let kernel = node.ints("kernel_shape"), x.count == kernel.count + 2 else {
      throw node.mismatch("kernel_shape does not match input \(x)")
    }
    let spatial = try windowOutput(
      node, input: Array(x.dropFirst(2)), kernel: kernel, ceilMode: node.int("ceil_mode", default: 0) == 1)
    let output = ONNXTensor(shape: Array(x.prefix(2)) + spatial)
    return Result(outputs: [output, output], layer: "pooling")
  }

  /// LSTM (4 gates), GRU (3), RNN (1): 2 · steps · batch · directions · gates · hidden · (input + hidden).
  func recurrent(_ node: ONNXNode, gates: Int, layer: String) throws(ModelImportError) -> Result {
    let x = try node.input(0).shape
    let w = try node.input(1).shape
    guard x.count == 3, w.count == 3 else { throw node.mismatch("input \(x) and weights \(w) must be 3-D") }
    let isBatchFirst = node.int("layout", default: 0) == 1
    let (steps, batch) = isBatchFirst ? (x[1], x[0]) : (x[0], x[1])
    let directions = w[0]
    let hidden = node.int("hidden_size", default: w[1] / gates)
    guard hidden > 0, w[1] == ONNXLimits.multiply(gates, hidden), w[2] == x[2] else {
      throw node.mismatch("weights \(w) do not fit \(gates) gates of \(hidden) units over \(x[2]) inputs")
    }
    // hidden ≤ w[1] ≤ 2^62 and x[2] ≤ 2^62, so their sum fits in `Int`.
    let flop = 2 * ONNXLimits.real([steps, batch, directions, gates, hidden, x[2] + hidden])
    let sequence = isBatchFirst ? [batch, steps, directions, hidden] : [steps, directions, batch, hidden]
    let last = ONNXTensor(shape: isBatchFirst ? [batch, directions, hidden] : [directions, batch, hidden])
    return Result(outputs: [ONNXTensor(shape: sequence), last, last], flop: flop, layer: layer)
  }

  /// ONNX Attention (opset 23): Q, K, V of [B, H, S, d] or [B, S, H·d]; QKᵀ and A·V in full.
  func attention(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let q = try node.input(0).shape
    let k = try node.input(1).shape
    let v = try node.input(2).shape
    if q.count == 4, k.count == 4, v.count == 4 {
      let (batch, heads, queries, keys) = (q[0], q[1], q[2], k[2])
      let flop = 2 * ONNXLimits.real([batch, heads, queries, keys]) * (Double(q[3]) + Double(v[3]))
      return Result(
        outputs: [ONNXTensor(shape: [batch, heads, queries, v[3]])], flop: flop, layer: "attention")
    }
    guard q.count == 3, k.count == 3, v.count == 3 else {
      throw node.mismatch("Q, K and V must be 3-D or 4-D")
    }
    let heads = node.int("q_num_heads", default: 0)
    let keyValueHeads = node.int("kv_num_heads", default: heads)
    guard heads > 0, q[2] % heads == 0, keyValueHeads > 0, v[2] % keyValueHeads == 0 else {
      throw node.mismatch("3-D attention needs q_num_heads and kv_num_heads dividing the widths")
    }
    let valueSize = v[2] / keyValueHeads
    guard let width = ONNXLimits.multiply(heads, valueSize) else {
      throw node.mismatch("\(heads) heads of \(valueSize) values are beyond 2^63")
    }
    let flop = 2 * ONNXLimits.real([q[0], heads, q[1], k[1]]) * (Double(q[2] / heads) + Double(valueSize))
    return Result(outputs: [ONNXTensor(shape: [q[0], q[1], width])], flop: flop, layer: "attention")
  }

  /// NumPy broadcasting of two shapes.
  func broadcast(_ a: [Int], _ b: [Int], _ node: ONNXNode) throws(ModelImportError) -> [Int] {
    let rank = max(a.count, b.count)
    let left = Array(repeating: 1, count: rank - a.count) + a
    let right = Array(repeating: 1, count: rank - b.count) + b
    var shape: [Int] = []
    for (x, y) in zip(left, right) {
      guard x == y || x == 1 || y == 1 else { throw node.mismatch("shapes \(a) and \(b) do not broadcast") }
      shape.append(x == 1 ? y : x)
    }
    return shape
  }
}
