/// A simple (Elman) RNN, LSTM or GRU over a `[seq, in]` input, multi-layer and optionally
/// bidirectional, returning every step's hidden state: `[seq, hidden·directions]`.
///
/// Formula, with `G` gates (RNN 1, GRU 3, LSTM 4), hidden size `H`, and `I` the input size of a
/// layer (`in` for the first, `H·directions` above it), per layer and direction:
/// - parameters `G·H·(I + H)` + biases `2·G·H` (PyTorch keeps `b_ih` and `b_hh`), shared over
///   time: counted once;
/// - forward per time step: `2·G·H·(I + H)` matrix FLOP (input and recurrent products), times
///   the sequence length; element-wise per step and hidden unit: RNN 7 (2 bias adds, tanh),
///   GRU 23 (6 bias adds, 2 sigmoids, tanh, reset product, interpolation), LSTM 34 (8 bias adds,
///   3 sigmoids, 2 tanh, 4 products and sums);
/// - backward per step: the weight gradient `2·G·H·(I + H)`; the gradient with respect to the
///   layer's input `2·G·H·I` and to the previous hidden state `2·G·H·H` (every step but the
///   first: the initial state is a constant and takes no gradient). Only the first layer's
///   input gradient is at the layer's boundary; the rest is internal. Element-wise as forward.
/// Sources: PyTorch `nn.RNN`/`nn.LSTM`/`nn.GRU` documentation (equations and parameter shapes).
public struct Recurrent: Layer {
  /// The recurrent cell.
  public enum Cell: String, Sendable, Codable, CaseIterable {
    /// `h = tanh(W x + U h + b)`.
    case rnn
    /// Long short-term memory: input, forget, cell and output gates.
    case lstm
    /// Gated recurrent unit: reset, update and new gates.
    case gru

    /// Weight matrices per layer and direction.
    public var gates: Int {
      switch self {
      case .rnn: return 1
      case .gru: return 3
      case .lstm: return 4
      }
    }

    /// Element-wise FLOP per step and hidden unit (see `Recurrent`).
    public var elementwisePerUnit: Double {
      switch self {
      case .rnn: return 7
      case .gru: return 23
      case .lstm: return 34
      }
    }
  }

  /// The cell.
  public var cell: Cell
  /// Features of each input step.
  public var inputSize: Int
  /// Hidden size `H`.
  public var hiddenSize: Int
  /// Stacked layers.
  public var layers: Int
  /// Whether each layer also runs backwards in time.
  public var isBidirectional: Bool
  /// Whether the cell has biases.
  public var hasBias: Bool

  /// A recurrent layer.
  public init(
    _ cell: Cell, inputSize: Int, hiddenSize: Int, layers: Int = 1, isBidirectional: Bool = false,
    hasBias: Bool = true
  ) {
    self.cell = cell
    self.inputSize = inputSize
    self.hiddenSize = hiddenSize
    self.layers = layers
    self.isBidirectional = isBidirectional
    self.hasBias = hasBias
  }

  public var kind: String { cell.rawValue }

  var directions: Int { isBidirectional ? 2 : 1 }

  func layerInputSize(_ layer: Int) -> Int {
    layer == 0 ? inputSize : hiddenSize.multiplied(saturating: directions)
  }

  /// Parameters of one layer (both directions): the first reads `inputSize`, the others read
  /// the layer below.
  func layerParameterCount(_ layer: Int) -> Int {
    let gateRows = hiddenSize.multiplied(saturating: cell.gates)
    let weights = gateRows.multiplied(saturating: layerInputSize(layer).adding(saturating: hiddenSize))
    let perDirection = weights.adding(saturating: hasBias ? gateRows.multiplied(saturating: 2) : 0)
    return perDirection.multiplied(saturating: directions)
  }

  /// Parameters of every layer and direction, in closed form (the layers above the first are
  /// alike), so that an absurd number of layers costs no time.
  public var parameterCount: Int {
    guard layers >= 1 else { return 0 }
    return layerParameterCount(0).adding(
      saturating: (layers - 1).multiplied(saturating: layerParameterCount(1)))
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(inputSize, field: "input_size")
    try LayerIssue.positive(hiddenSize, field: "hidden_size")
    try LayerIssue.positive(layers, field: "layers")
    let input = try LayerIssue.single(inputs)
    guard input.rank == 2 else {
      throw LayerIssue(
        field: "input shape", value: input.description,
        allowed: "[sequence length, \(inputSize)] (input_size)")
    }
    try LayerIssue.lastDimension(of: input, equals: inputSize, field: "input_size")
    return input.replacingLast(with: hiddenSize.multiplied(saturating: directions))
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let steps = Double(inputs.first?.dimensions.first ?? 1)
    let gateRows = Double(cell.gates) * Double(hiddenSize)
    let hidden = Double(hiddenSize)
    var total = LayerCost(parameters: parameterCount)
    // The layers above the first are alike: count the first and one of them, scaled by how many.
    for layer in 0..<min(max(layers, 0), 2) {
      let copies = layer == 0 ? 1 : Double(layers - 1)
      let input = Double(layerInputSize(layer))
      let product = 2 * gateRows * (input + hidden)
      let elementwise = cell.elementwisePerUnit * hidden
      let inputProduct = FLOPBreakdown(matrix: 2 * gateRows * input)
      let recurrentProduct = FLOPBreakdown(matrix: 2 * gateRows * hidden)
      let perStep = LayerCost(
        forward: FLOPBreakdown(matrix: product, elementwise: elementwise),
        inputGradient: layer == 0 ? inputProduct : .zero,
        internalGradient: (layer == 0 ? .zero : inputProduct) + .elementwise(elementwise),
        weightGradient: FLOPBreakdown(matrix: product, elementwise: hasBias ? 2 * gateRows : 0))
      let layerCost = perStep.repeated(steps * Double(directions) * copies)
      total.forward += layerCost.forward
      total.inputGradient += layerCost.inputGradient
      // The gradient to the previous hidden state: every step but the first, whose initial state
      // is a constant that needs none (as autograd skips it; FlopCounterMode on nn.GRU agrees).
      total.internalGradient +=
        layerCost.internalGradient
        + recurrentProduct * (max(steps - 1, 0) * Double(directions) * copies)
      total.weightGradient += layerCost.weightGradient
    }
    return total
  }
}
