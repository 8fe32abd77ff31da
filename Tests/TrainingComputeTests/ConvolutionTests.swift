import Testing
import TrainingCompute

struct ConvolutionTests {
  /// The study's first convolution: 3→32, 7×7, stride 2, padding 3 on 224×224 → 32×112×112;
  /// 2 · 401,408 outputs · 3·49 = 118,013,952 FLOP (FlopCounterMode's conv_flop_count).
  @Test func stridedConvolution() throws {
    let layer = Convolution(
      inputChannels: 3, outputChannels: 32, kernel: [7, 7], stride: [2], padding: [3], hasBias: false)
    #expect(try layer.outputShape(for: [[3, 224, 224]]) == [32, 112, 112])
    let cost = layer.cost(for: [[3, 224, 224]])
    #expect(cost.parameters == 32 * 3 * 49)
    #expect(cost.forward.matrix.isApproximatelyEqual(to: FLOPs(118_013_952)))
    #expect(cost.inputGradient == cost.forward)
    #expect(cost.weightGradient == cost.forward)
  }

  /// Depthwise 3×3 on 32×56×56 (groups 32): each output reads 1 channel × 9 taps; bias per channel.
  @Test func depthwiseConvolution() throws {
    let layer = Convolution(inputChannels: 32, outputChannels: 32, kernel: [3, 3], padding: [1], groups: 32)
    let cost = layer.cost(for: [[32, 56, 56]])
    #expect(cost.parameters == 32 * 9 + 32)
    #expect(cost.forward.matrix.isApproximatelyEqual(to: FLOPs(2 * 32 * 56 * 56 * 9)))
    #expect(cost.forward.elementwise.isApproximatelyEqual(to: FLOPs(32 * 56 * 56)))
  }

  /// Dilation 2 widens a 3-tap kernel to 5: 1-D length 20 → 16.
  @Test func dilatedOneDimensionalConvolution() throws {
    let layer = Convolution(inputChannels: 4, outputChannels: 8, kernel: [3], dilation: [2])
    #expect(try layer.outputShape(for: [[4, 20]]) == [8, 16])
    #expect(layer.kind == "conv1d")
  }

  /// 3-D: 2→4 channels, 3×3×3, padding 1 on 8³ keeps 8³.
  @Test func threeDimensionalConvolution() throws {
    let layer = Convolution(
      inputChannels: 2, outputChannels: 4, kernel: [3, 3, 3], padding: [1], hasBias: false)
    #expect(try layer.outputShape(for: [[2, 8, 8, 8]]) == [4, 8, 8, 8])
    #expect(
      layer.cost(for: [[2, 8, 8, 8]]).forward.matrix.isApproximatelyEqual(to: FLOPs(2 * 4 * 512 * 2 * 27)))
  }

  /// Transposed 2×2 stride 2 doubles 16×16 to 32×32; FlopCounterMode counts it over the input:
  /// 2 · 256 positions · 64 in · 32 out · 4 taps.
  @Test func transposedConvolution() throws {
    let layer = Convolution(
      inputChannels: 64, outputChannels: 32, kernel: [2, 2], stride: [2], hasBias: false, isTransposed: true)
    #expect(try layer.outputShape(for: [[64, 16, 16]]) == [32, 32, 32])
    #expect(
      layer.cost(for: [[64, 16, 16]]).forward.matrix.isApproximatelyEqual(to: FLOPs(2 * 256 * 64 * 32 * 4)))
    #expect(layer.parameterCount == 64 * 32 * 4)
  }

  @Test func groupsMustDivideChannels() {
    let layer = Convolution(inputChannels: 6, outputChannels: 4, kernel: [3, 3], groups: 4)
    #expect(throws: LayerIssue.self) { try layer.outputShape(for: [[6, 8, 8]]) }
  }
}
