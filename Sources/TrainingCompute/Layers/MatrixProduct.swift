/// A product of two activations, batched over leading dimensions with NumPy broadcasting:
/// `[…, m, k] × […, k, n] → […, m, n]` (a vector operand has its axis added and removed, as in
/// NumPy's `matmul`). Attention written out as `MatMul → Softmax → MatMul` is two of these.
/// No parameters: both operands are computed by the model.
///
/// Formula, with `b` the product of the broadcast batch dimensions:
/// - forward `2·b·m·k·n` matrix FLOP;
/// - input gradient: `dA = dY·Bᵀ` and `dB = Aᵀ·dY`, each `2·b·m·k·n`, so twice the forward;
/// - no weight gradient.
/// Convention as FlopCounterMode counts `aten.bmm`/`aten.matmul` and their backward.
public struct MatrixProduct: Layer {
  /// A product of the layer's two inputs, in order.
  public init() {}

  public var kind: String { "matmul" }

  /// Batch dimensions, `m`, `k`, `n` and the output shape, or what is wrong.
  func dimensions(_ inputs: [TensorShape]) throws(LayerIssue) -> (
    batch: [Int], m: Int, k: Int, n: Int, output: [Int]
  ) {
    guard inputs.count == 2 else {
      throw LayerIssue(field: "inputs", value: "\(inputs.count) inputs", allowed: "two inputs")
    }
    var a = inputs[0].dimensions
    var b = inputs[1].dimensions
    let (aVector, bVector) = (a.count == 1, b.count == 1)
    if aVector { a = [1] + a }
    if bVector { b = b + [1] }
    guard a.count >= 2, b.count >= 2, a[a.count - 1] == b[b.count - 2] else {
      throw LayerIssue(
        field: "inputs", value: "\(inputs[0]) and \(inputs[1])",
        allowed: "[…, m, k] and […, k, n] with the same k")
    }
    let (left, right) = (Array(a.dropLast(2)), Array(b.dropLast(2)))
    let rank = max(left.count, right.count)
    let padded = (
      Array(repeating: 1, count: rank - left.count) + left,
      Array(repeating: 1, count: rank - right.count) + right
    )
    var batch: [Int] = []
    for (x, y) in zip(padded.0, padded.1) {
      guard x == y || x == 1 || y == 1 else {
        throw LayerIssue(
          field: "inputs", value: "\(inputs[0]) and \(inputs[1])", allowed: "batch dimensions that broadcast")
      }
      batch.append(max(x, y))
    }
    let (m, k, n) = (a[a.count - 2], a[a.count - 1], b[b.count - 1])
    var output = batch + [m, n]
    if bVector { output.removeLast() }
    if aVector { output.remove(at: output.count - (bVector ? 1 : 2)) }
    return (batch, m, k, n, output.isEmpty ? [1] : output)
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    TensorShape(try dimensions(inputs).output)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let shape = try? dimensions(inputs) else { return .free }
    let rows = shape.batch.reduce(1.0) { $0 * Double($1) } * Double(shape.m)
    let product = FLOPBreakdown.matrixProduct(rows: rows, inner: Double(shape.k), columns: Double(shape.n))
    return LayerCost(forward: product, inputGradient: product + product)
  }
}
