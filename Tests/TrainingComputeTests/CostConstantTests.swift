import Testing
import TrainingCompute

/// Every per-element and per-parameter constant, pinned to the count its source gives — written
/// out here as a literal with its derivation, never read back from the table under test. One FLOP
/// per add, multiply, divide, comparison, exp, tanh or square root; constants folded.
struct CostConstantTests {
  /// Element-wise activations over a [10, 20] input (200 elements), forward FLOP per element:
  /// - ReLU max(0, x): 1 comparison (PyTorch `nn.ReLU`).
  /// - sigmoid 1/(1 + e^−x): negate, exp, add, divide = 4 (PyTorch `nn.Sigmoid`).
  /// - tanh (e^x − e^−x)/(e^x + e^−x): 2 exps, subtract, add, divide = 5 (PyTorch `nn.Tanh`).
  /// - SiLU x·sigmoid(x): 4 + 1 multiply = 5 (Elfwing et al. 2018; PyTorch `nn.SiLU`).
  /// - GELU, tanh form 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) (Hendrycks & Gimpel 2016, eq.
  ///   in §2; PyTorch `nn.GELU(approximate='tanh')`), written x·(c₁ + c₂·x²): square, multiply,
  ///   add, multiply, tanh, add 1, multiply by x, halve = 8.
  /// - softmax over the last dimension: max, subtract, exp, sum, divide = 5 (PyTorch `nn.Softmax`,
  ///   the numerically stable form).
  /// - squared ReLU max(0, x)²: 1 comparison + 1 multiply = 2 (So et al. 2021, "Primer", §3;
  ///   Nemotron's `relu2`, Transformers `ReLUSquaredActivation`).
  @Test(arguments: [
    (Activation.Function.relu, 1.0), (.sigmoid, 4), (.tanh, 5), (.silu, 5), (.gelu, 8), (.softmax, 5),
    (.squaredReLU, 2),
  ])
  func activationCostsPerElement(function: Activation.Function, flopPerElement: Double) {
    let cost = Activation(function).cost(for: [[10, 20]])
    #expect(cost.forward == .elementwise(200 * flopPerElement))
    #expect(cost.inputGradient == .elementwise(200 * flopPerElement))
  }

  /// Normalizations over [4, 16] (64 elements), forward FLOP per element:
  /// - LayerNorm (Ba et al. 2016) and BatchNorm (Ioffe & Szegedy 2015): mean 1 (add) + variance 3
  ///   (subtract, square, add) + normalize 2 (subtract mean, multiply by 1/σ) + affine 2 (scale,
  ///   shift) = 8; weight gradient: scale 2 (multiply, accumulate) + shift 1 (accumulate) = 3.
  /// - RMSNorm (Zhang & Sennrich 2019): mean square 2 (square, add) + normalize 1 + scale 1 = 4;
  ///   weight gradient 2 (no shift).
  @Test func normalizationCostsPerElement() {
    let layer = Normalization(.layer, features: 16).cost(for: [[4, 16]])
    #expect(layer.forward == .elementwise(8 * 64))
    #expect(layer.weightGradient == .elementwise(3 * 64))
    let rms = Normalization(.rms, features: 16).cost(for: [[4, 16]])
    #expect(rms.forward == .elementwise(4 * 64))
    #expect(rms.weightGradient == .elementwise(2 * 64))
    let batch = Normalization(.batch, features: 4).cost(for: [[4, 16]])
    #expect(batch.forward == .elementwise(8 * 64))
    let bare = Normalization(.layer, features: 16, isAffine: false).cost(for: [[4, 16]])
    #expect(bare.forward == .elementwise(6 * 64))
  }

  /// Recurrent cells' element-wise FLOP per time step and hidden unit, from PyTorch's `nn.RNN`,
  /// `nn.GRU` and `nn.LSTM` equations, with sigmoid 4 and tanh 5 as above:
  /// - RNN tanh(W x + b_ih + U h + b_hh): 2 bias adds + tanh 5 = 7;
  /// - GRU: 6 bias adds + 2 sigmoids 8 + tanh 5 + reset product 1 + interpolation
  ///   (1 − z)·n + z·h 3 = 23;
  /// - LSTM: 8 bias adds + 3 sigmoids 12 + 2 tanh 10 + c = f·c + i·g (3) + h = o·tanh(c) (1) = 34.
  /// Over 5 steps of a hidden size of 20: 5 · 20 · that.
  @Test(arguments: [(Recurrent.Cell.rnn, 7.0), (.gru, 23), (.lstm, 34)])
  func recurrentElementwisePerUnit(cell: Recurrent.Cell, flopPerUnit: Double) {
    let cost = Recurrent(cell, inputSize: 10, hiddenSize: 20).cost(for: [[5, 10]])
    #expect(cost.forward.elementwise.isApproximatelyEqual(to: FLOPs(5 * 20 * flopPerUnit)))
  }

  /// Attention scores: scaling by 1/√e (1) and softmax (5) per score, 6 in all (Vaswani et al.
  /// 2017, eq. 1). One head of size 4 over 8 tokens: 64 scores; no biases, so the projections
  /// add no element-wise work.
  @Test func attentionSoftmaxPerScore() {
    let cost = Attention(modelDimension: 4, heads: 1, hasBias: false).cost(for: [[8, 4]])
    #expect(cost.forward.elementwise.isApproximatelyEqual(to: FLOPs(6 * 64)))
  }

  /// FLOP per parameter per update, from each optimizer's published update rule:
  /// - SGD w −= lr·g: 2 (the seed study, Hobbhahn & Sevilla 2021: "it requires 2 FLOP per
  ///   parameter"); momentum v = μv + g, w −= lr·v: 4; Nesterov (PyTorch `SGD(nesterov=True)`)
  ///   adds u = g + μv: 6.
  /// - Adam: "~3 + 4 + 3 + 3 + 5 = 18 FLOP per parameter" (the seed study, appendix B); AdamW
  ///   adds decoupled decay w −= lr·λ·w: 20 (Loshchilov & Hutter 2019, algorithm 2).
  /// - RMSprop v = αv + (1 − α)g² (4), w −= lr·g/(√v + ε) (5): 9; Adagrad s += g² (2) + 5: 7.
  /// - Adafactor without momentum (Shazeer & Stern 2018, algorithm 4): g² + ε (2), row and
  ///   column sums (2), v̂ = r·c/Σr (2), u = g/√v̂ (2), RMS(u) (2), clip (1), w −= lr·u (2): 13.
  /// - Lion (Chen et al. 2023, algorithm 2): c = β₁m + (1 − β₁)g (3), sign (1), + λw (2),
  ///   w −= lr·(…) (2), m = β₂m + (1 − β₂)g (3): 11.
  @Test(arguments: [
    (Optimizer.sgd, 2.0), (.sgdMomentum, 4), (.nesterov, 6), (.adam, 18), (.adamW, 20), (.rmsprop, 9),
    (.adagrad, 7), (.adafactor, 13), (.lion, 11),
  ])
  func optimizerFLOPPerParameter(optimizer: Optimizer, flop: Double) throws {
    #expect(optimizer.flopPerParameter == flop)
    // And the analysis uses it: one linear layer 4 → 2 (10 parameters), batch 5.
    var graph = ModelGraph(name: "one", inputShape: [4])
    graph.append(Linear(inputFeatures: 4, outputFeatures: 2), name: "fc")
    let analysis = try BackwardAnalysis(graph, batchSize: 5, optimizer: optimizer)
    #expect(analysis.updatePerExample.isApproximatelyEqual(to: FLOPs(flop * 10 / 5)))
  }

  /// The seed's default utilizations (Sevilla et al. 2022, method 2): 30 % for large language
  /// models, 40 % for other models; a run whose domain is not given counts as "other".
  /// 8 chips at 1e14 FLOP/s for one day: 8 · 1e14 · 86,400 = 6.912e19 FLOP at 100 %.
  @Test func defaultUtilizationsAreTheSeeds() throws {
    let day = HardwareUsage.Time.wallClock(Seconds(86_400), chips: 8)
    let other = try HardwareUsage(peak: .rate(FLOPRate(1e14)), time: day).estimate()
    #expect(other.totalFLOP.isApproximatelyEqual(to: FLOPs(0.40 * 6.912e19)))
    let language = try HardwareUsage(peak: .rate(FLOPRate(1e14)), time: day, domain: .language).estimate()
    #expect(language.totalFLOP.isApproximatelyEqual(to: FLOPs(0.30 * 6.912e19)))
    #expect(language.input(named: "utilization")?.isDefault == true)
    let given = try HardwareUsage(peak: .rate(FLOPRate(1e14)), time: day, utilization: 0.5).estimate()
    #expect(given.totalFLOP.isApproximatelyEqual(to: FLOPs(0.50 * 6.912e19)))
    #expect(given.input(named: "utilization")?.isDefault == false)
    // With a utilization given, the domain played no part.
    #expect(given.input(named: "domain")?.isDefault == true)
  }

  /// Method 1's default backward/forward ratio is the seed's 2 (total 3 × forward), its range
  /// 1 to 3 (Hobbhahn & Sevilla 2021): GPT-3, 175e9 parameters × 300e9 tokens → 3.15e23 FLOP
  /// (Brown et al. 2020, table D.1), range 2.1e23 to 4.2e23.
  @Test func defaultBackwardRatioIsTheSeeds() throws {
    let estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    #expect(estimate.totalFLOP.isApproximatelyEqual(to: FLOPs(3.15e23)))
    let range = try #require(estimate.range)
    #expect(range.low.isApproximatelyEqual(to: FLOPs(2.1e23)))
    #expect(range.high.isApproximatelyEqual(to: FLOPs(4.2e23)))
  }
}

/// The unit and range figures the estimates state, pinned to their sources.
struct ConventionFigureTests {
  /// 1 PF-day = 10^15 FLOP/s × 86,400 s = 8.64e19 FLOP (Amodei & Hernandez 2018, "AI and
  /// Compute"); Brown et al. 2020, table D.1, give GPT-3 175B as 3.14e23 FLOP and 3.64e3 PF-days,
  /// which agree to 0.2 % (both rounded).
  @Test func petaFLOPDay() {
    #expect(FLOPs(8.64e19).petaFLOPDays == 1)
    #expect(abs(FLOPs(3.14e23).petaFLOPDays / 3_640 - 1) < 0.01)
  }

  // The range of utilizations real runs report is no longer the seed tooltip's 25–62 %: it comes
  // from the cited table of reported MFU (ReportedUtilizationTests pins it row by row).

  /// The comparison flags an implied utilization below 10 % or above 75 % (the command's help
  /// states both): 9.9 % and 75.1 % are flagged, 10 % and 75 % are not. 1e12 FLOP/s for 1,000 s
  /// is 1e15 FLOP of capacity; the operation count is 1e15 × the utilization.
  @Test func implausibleUtilizationBounds() throws {
    let usage = HardwareUsage(peak: .rate(FLOPRate(1e12)), time: .chipTime(Seconds(1_000), chips: nil))
    for (implied, isFlagged) in [(0.099, true), (0.10, false), (0.75, false), (0.751, true)] {
      let count = OperationCount(
        forward: .forwardFLOP(FLOPs(implied * 1e15)), passes: .examples(1), backwardRatio: 0)
      let reconciliation = try Reconciliation(operations: count, hardware: usage)
      #expect(reconciliation.warnings.isEmpty != isFlagged, "implied \(implied)")
    }
  }
}
