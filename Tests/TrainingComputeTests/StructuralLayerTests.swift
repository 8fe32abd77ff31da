import Testing
import TrainingCompute

/// Residual add, concatenation, reshape and flatten.
struct StructuralLayerTests {
  @Test func addSumsSameShapes() throws {
    #expect(try Add().outputShape(for: [[4, 8], [4, 8]]) == [4, 8])
    #expect(Add().cost(for: [[4, 8], [4, 8], [4, 8]]).forward == .elementwise(64))
    #expect(throws: LayerIssue.self) { try Add().outputShape(for: [[4, 8], [4, 9]]) }
  }

  @Test func concatenateJoinsChannels() throws {
    #expect(try Concatenate(axis: 0).outputShape(for: [[64, 28, 28], [32, 28, 28]]) == [96, 28, 28])
    #expect(throws: LayerIssue.self) {
      try Concatenate(axis: 0).outputShape(for: [[64, 28, 28], [32, 14, 14]])
    }
  }

  @Test func reshapeInfersOneDimension() throws {
    #expect(try Reshape(.shape([-1, 64])).outputShape(for: [[4, 8, 8]]) == [4, 64])
    #expect(try Reshape.flatten.outputShape(for: [[64, 7, 7]]) == [3136])
    #expect(throws: LayerIssue.self) { try Reshape(.shape([5, -1])).outputShape(for: [[4, 8]]) }
  }
}

/// ViT's class token (Dosovitskiy et al. 2021, eq. 1): one learned vector of the width, put
/// before the patches; a copy, no FLOP.
struct ClassTokenTests {
  @Test func prependsOneRowOfParameters() throws {
    let layer = ClassToken(dimension: 768)
    #expect(try layer.outputShape(for: [[196, 768]]) == [197, 768])
    #expect(layer.cost(for: [[196, 768]]) == LayerCost(parameters: 768))
    #expect(throws: LayerIssue.self) { try layer.outputShape(for: [[196, 512]]) }
  }
}
