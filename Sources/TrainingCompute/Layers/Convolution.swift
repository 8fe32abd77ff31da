/// A 1-, 2- or 3-dimensional convolution, ordinary or transposed, with stride, padding,
/// dilation and groups (depthwise when groups = input channels). Input `[C, L…]`.
///
/// Output size per spatial dimension (PyTorch's `Conv*d` / `ConvTranspose*d` documentation):
/// - ordinary: `⌊(L + 2p − d·(k − 1) − 1) / s⌋ + 1`;
/// - transposed: `(L − 1)·s − 2p + d·(k − 1) + output_padding + 1`.
///
/// Formula, with `K` the product of the kernel sizes:
/// - parameters: `out·(in/groups)·K` (+ `out` with bias);
/// - forward: ordinary `2·(output elements)·(in/groups)·K`; transposed
///   `2·(input elements)·(out/groups)·K` — exactly what FlopCounterMode's `conv_flop_count` counts
///   (bias not counted; here it is element-wise, one add per output element);
/// - input gradient and weight gradient: each as much as the forward product (the gradient
///   with respect to the input is a transposed convolution, that with respect to the kernel a
///   correlation of input and output gradient), as FlopCounterMode counts `convolution_backward`.
public struct Convolution: Layer, Equatable {
  /// Input channels.
  public var inputChannels: Int
  /// Output channels.
  public var outputChannels: Int
  /// Kernel size per spatial dimension; its count sets the dimensionality (1, 2 or 3).
  public var kernel: [Int]
  /// Stride per spatial dimension.
  public var stride: [Int]
  /// Zero padding per spatial dimension (both sides).
  public var padding: [Int]
  /// Dilation per spatial dimension.
  public var dilation: [Int]
  /// Extra size added to one side of a transposed convolution's output.
  public var outputPadding: [Int]
  /// Channel groups; `groups == inputChannels` is a depthwise convolution.
  public var groups: Int
  /// Whether a bias per output channel is added.
  public var hasBias: Bool
  /// Whether this is a transposed ("de-") convolution.
  public var isTransposed: Bool

  /// A convolution; scalar settings given as one-element arrays apply to every dimension.
  public init(
    inputChannels: Int, outputChannels: Int, kernel: [Int], stride: [Int] = [1], padding: [Int] = [0],
    dilation: [Int] = [1], groups: Int = 1, hasBias: Bool = true, isTransposed: Bool = false,
    outputPadding: [Int] = [0]
  ) {
    let rank = kernel.count
    func spread(_ values: [Int]) -> [Int] {
      values.count == 1 ? Array(repeating: values[0], count: rank) : values
    }
    self.inputChannels = inputChannels
    self.outputChannels = outputChannels
    self.kernel = kernel
    self.stride = spread(stride)
    self.padding = spread(padding)
    self.dilation = spread(dilation)
    self.outputPadding = spread(outputPadding)
    self.groups = groups
    self.hasBias = hasBias
    self.isTransposed = isTransposed
  }

  public var kind: String { isTransposed ? "conv_transpose\(kernel.count)d" : "conv\(kernel.count)d" }

  /// Product of the kernel sizes.
  var kernelVolume: Int { Int.product(saturating: kernel) }

  /// Weights plus biases.
  public var parameterCount: Int {
    let perGroup = isTransposed ? outputChannels / max(groups, 1) : inputChannels / max(groups, 1)
    let weights = Int.product(saturating: [
      isTransposed ? inputChannels : outputChannels, perGroup, kernelVolume,
    ])
    return weights.adding(saturating: hasBias ? outputChannels : 0)
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try checkSettings()
    let input = try LayerIssue.single(inputs)
    let rank = kernel.count
    guard input.isValid, input.rank == rank + 1, input.dimensions[0] == inputChannels else {
      throw LayerIssue(
        field: "input shape", value: input.description,
        allowed: "[channels, \(rank) spatial sizes] with \(inputChannels) channels (in_channels)")
    }
    var output = [outputChannels]
    for axis in 0..<rank {
      let length = input.dimensions[axis + 1]
      // Settings are at most 2^40 (checked) and sizes at least 1, so only the products and the
      // sums with them can leave `Int`: those saturate, and the graph refuses the huge result.
      let reach = dilation[axis].multiplied(saturating: kernel[axis] - 1)
      let span = length.adding(saturating: 2 * padding[axis]) - reach - 1
      let size =
        isTransposed
        ? (length - 1).multiplied(saturating: stride[axis]).adding(saturating: reach)
          .adding(saturating: outputPadding[axis] + 1 - 2 * padding[axis])
        : span / stride[axis] + 1
      guard size >= 1, isTransposed || span >= 0 else {
        throw LayerIssue(
          field: "input shape", value: input.description,
          allowed: "large enough for kernel \(kernel) with padding \(padding) and dilation \(dilation)")
      }
      output.append(size)
    }
    return TensorShape(output)
  }

  private func checkSettings() throws(LayerIssue) {
    guard (1...3).contains(kernel.count) else {
      throw LayerIssue(field: "kernel", value: "\(kernel)", allowed: "1, 2 or 3 sizes")
    }
    let spread = [
      ("stride", stride), ("padding", padding), ("dilation", dilation), ("output_padding", outputPadding),
    ]
    for (field, values) in spread {
      guard values.count == kernel.count else {
        throw LayerIssue(field: field, value: "\(values)", allowed: "one size or \(kernel.count) sizes")
      }
    }
    for size in kernel { try LayerIssue.positive(size, field: "kernel") }
    for size in stride { try LayerIssue.positive(size, field: "stride") }
    for size in dilation { try LayerIssue.positive(size, field: "dilation") }
    for size in padding { try LayerIssue.nonNegative(size, field: "padding") }
    for size in outputPadding { try LayerIssue.nonNegative(size, field: "output_padding") }
    try LayerIssue.positive(inputChannels, field: "in_channels")
    try LayerIssue.positive(outputChannels, field: "out_channels")
    try LayerIssue.positive(groups, field: "groups")
    guard inputChannels % groups == 0, outputChannels % groups == 0 else {
      throw LayerIssue(
        field: "groups", value: String(groups), allowed: "a divisor of both in_channels and out_channels")
    }
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let input = inputs.first, let output = try? outputShape(for: inputs) else { return .free }
    let product: FLOPBreakdown
    if isTransposed {
      let spatial = input.elements / Double(inputChannels)
      product = FLOPBreakdown(
        matrix: 2 * spatial * Double(inputChannels) * Double(outputChannels / groups) * Double(kernelVolume))
    } else {
      product = FLOPBreakdown(
        matrix: 2 * output.elements * Double(inputChannels / groups) * Double(kernelVolume))
    }
    let bias = FLOPBreakdown.elementwise(hasBias ? output.elements : 0)
    return LayerCost(
      parameters: parameterCount, forward: product + bias, inputGradient: product,
      weightGradient: product + bias)
  }
}
