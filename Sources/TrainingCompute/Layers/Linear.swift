/// A fully connected layer, `y = x·Wᵀ + b`, applied to the last dimension of its input (every
/// token of a sequence alike).
///
/// Formula, for `rows` feature vectors (the product of all input dimensions but the last):
/// - parameters: `in·out` (+ `out` with bias);
/// - forward: `2·rows·in·out` matrix FLOP (+ `rows·out` element-wise bias adds);
/// - input gradient `dX = dY·W`: `2·rows·in·out`;
/// - weight gradient `dW = dYᵀ·X`: `2·rows·in·out` (+ `rows·out` to sum the bias gradient).
///
/// Convention: as PyTorch's FlopCounterMode counts `aten.addmm` (2·m·n·k, the bias not
/// counted), so the matrix part matches it; the bias goes to the element-wise part.
/// Source: Hobbhahn & Sevilla (2021), "What's the backward-forward FLOP ratio for neural networks?".
public struct Linear: Layer {
  /// Features read from the input's last dimension.
  public var inputFeatures: Int
  /// Features written to the output's last dimension.
  public var outputFeatures: Int
  /// Whether a bias vector is added.
  public var hasBias: Bool

  /// A fully connected layer from `inputFeatures` to `outputFeatures`.
  public init(inputFeatures: Int, outputFeatures: Int, hasBias: Bool = true) {
    self.inputFeatures = inputFeatures
    self.outputFeatures = outputFeatures
    self.hasBias = hasBias
  }

  public var kind: String { "linear" }

  /// `in·out` weights plus `out` biases when present.
  public var parameterCount: Int {
    inputFeatures.multiplied(saturating: outputFeatures).adding(saturating: hasBias ? outputFeatures : 0)
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(inputFeatures, field: "in_features")
    try LayerIssue.positive(outputFeatures, field: "out_features")
    let input = try LayerIssue.single(inputs)
    try LayerIssue.lastDimension(of: input, equals: inputFeatures, field: "in_features")
    return input.replacingLast(with: outputFeatures)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let rows = inputs.first?.leadingElements ?? 1
    let product = FLOPBreakdown.matrixProduct(
      rows: rows, inner: Double(inputFeatures), columns: Double(outputFeatures))
    let bias = FLOPBreakdown.elementwise(hasBias ? rows * Double(outputFeatures) : 0)
    return LayerCost(
      parameters: parameterCount, forward: product + bias, inputGradient: product,
      weightGradient: product + bias)
  }
}
