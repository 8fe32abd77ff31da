import Testing
import TrainingCompute

/// Sizes so large that counting a layer's parameters or its output overflows `Int` are refused
/// with a `ModelError` naming the layer and the field: never a trap. Real models, however large,
/// are accepted with exact counts.
struct SizeOverflowTests {
  /// The layer position, name and field of the error `graph` is refused with, or nil when it is
  /// accepted (or refused otherwise).
  static func refusal(of graph: ModelGraph) -> (index: Int, name: String, field: String)? {
    do {
      _ = try graph.outputShapes()
      _ = try BackwardAnalysis(graph)
      return nil
    } catch {
      guard case .invalidLayer(let index, let name, let field, _, _) = error else { return nil }
      return (index, name, field)
    }
  }

  /// A one-layer graph on `input`.
  static func graph(_ input: TensorShape, _ layer: any Layer) -> ModelGraph {
    var graph = ModelGraph(name: "huge", inputShape: input)
    graph.append(layer, name: "big")
    return graph
  }

  /// 3,037,000,500² just exceeds `Int.max`: the weight count saturates instead of trapping.
  @Test func linearWhoseWeightsOverflowIsRefused() throws {
    let layer = Linear(inputFeatures: 3_037_000_500, outputFeatures: 3_037_000_500)
    #expect(layer.parameterCount == Int.max)
    let graph = Self.graph([3_037_000_500], layer)
    let refusal = try #require(Self.refusal(of: graph))
    #expect(refusal.index == 1 && refusal.name == "big" && refusal.field == "parameters")
    #expect(throws: ModelError.self) { try graph.outputShapes() }
    do {
      _ = try graph.outputShapes()
    } catch {
      #expect(error.description.hasPrefix("layer 1 ('big'): parameters must be fewer than 1e18"))
    }
  }

  /// A layer whose sizes overflow, the input it reads and the field it is refused for.
  struct OverflowCase: Sendable, CustomTestStringConvertible {
    var input: TensorShape
    var layer: any Layer
    var field: String
    var testDescription: String { "\(layer.kind) on \(input): \(field)" }
  }

  static let overflowCases = [
    // 2^20 · 2^20 · 2^24 weights = 2^64.
    OverflowCase(
      input: [1 << 20, 1 << 12, 1 << 12],
      layer: Convolution(inputChannels: 1 << 20, outputChannels: 1 << 20, kernel: [1 << 12, 1 << 12]),
      field: "parameters"),
    // A kernel size and a padding above the 2^40 limit on any setting.
    OverflowCase(
      input: [4, 16], layer: Convolution(inputChannels: 4, outputChannels: 4, kernel: [1 << 50]),
      field: "kernel"),
    OverflowCase(
      input: [4, 16],
      layer: Convolution(inputChannels: 4, outputChannels: 4, kernel: [3], padding: [1 << 50]),
      field: "padding"),
    // 2^40 · 2^30 = 2^70 table entries.
    OverflowCase(input: [16], layer: Embedding(vocabulary: 1 << 40, dimension: 1 << 30), field: "parameters"),
    // 2^40 experts of 3 · 4096 · 16384 ≈ 2^27.6 parameters each.
    OverflowCase(
      input: [16, 4096],
      layer: MixtureOfExperts(modelDimension: 4096, expertDimension: 16384, experts: 1 << 40, topK: 2),
      field: "parameters"),
    // 2^40 stacked LSTM layers, counted in closed form (no loop over them).
    OverflowCase(
      input: [16, 1024], layer: Recurrent(.lstm, inputSize: 1024, hiddenSize: 1024, layers: 1 << 40),
      field: "parameters"),
    // The known sizes multiply past `Int.max`.
    OverflowCase(input: [16], layer: Reshape(.shape([3_037_000_500, 3_037_000_500, -1])), field: "shape"),
    // 2^30 positions of 2^40 values: 2^70 elements in one example.
    OverflowCase(
      input: [1 << 30], layer: Embedding(vocabulary: 16, dimension: 1 << 40), field: "output shape"),
  ]

  @Test(arguments: overflowCases)
  func overflowingLayersAreRefused(_ overflow: OverflowCase) throws {
    let refusal = try #require(Self.refusal(of: Self.graph(overflow.input, overflow.layer)))
    #expect(refusal.index == 1 && refusal.name == "big" && refusal.field == overflow.field)
  }

  /// Huge padding within the limit and a huge stride make a transposed convolution's output
  /// size overflow: `(L − 1)·s` with L = s = 2^40 is 2^80. It saturates and is refused.
  @Test func transposedConvolutionWithHugeOutputIsRefused() throws {
    let layer = Convolution(
      inputChannels: 1, outputChannels: 1, kernel: [1], stride: [1 << 40], padding: [1 << 40],
      isTransposed: true)
    let refusal = try #require(Self.refusal(of: Self.graph([1, 1 << 40], layer)))
    #expect(refusal.field == "output shape")
  }

  /// An input of 3,037,000,500² elements is refused before any layer (such as a flatten) counts it.
  @Test func hugeInputIsRefused() {
    let graph = Self.graph([3_037_000_500, 3_037_000_500], Reshape.flatten)
    #expect(throws: ModelError.invalidInputShape([3_037_000_500, 3_037_000_500])) { try graph.outputShapes() }
  }

  /// Four layers of 2^58 ≈ 2.9e17 parameters each fit alone, but not together: the fourth one
  /// brings the model to 1.15e18.
  @Test func modelParametersAreLimitedInAll() throws {
    var graph = ModelGraph(name: "wide", inputShape: [1 << 29])
    for _ in 0..<4 { graph.append(Linear(inputFeatures: 1 << 29, outputFeatures: 1 << 29, hasBias: false)) }
    let refusal = try #require(Self.refusal(of: graph))
    #expect(refusal.index == 4 && refusal.field == "parameters")
  }
}
