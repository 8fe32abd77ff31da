import Foundation
import Testing

@testable import ModelImport

/// Files and bindings that used to trap the reader (issue 8, traps 5 and 6) and others like them:
/// each must be an error naming what is wrong, never a crash. A test here "passes" only if the
/// process survives it, and it also pins the message.
struct ONNXHostileInputTests {
  static func file(_ name: String) throws -> ONNXFile {
    try ONNXFile.read(path: try FixturePath.of("onnx/" + name))
  }

  /// A one-input graph for hand-made cases.
  static func model(input shape: [Int64], nodes: [OnnxSubset_NodeProto]) -> OnnxSubset_ModelProto {
    var model = OnnxSubset_ModelProto()
    var input = OnnxSubset_ValueInfoProto()
    input.name = "x"
    input.type.tensorType.shape.dim = shape.map { size in
      var dimension = OnnxSubset_TensorShapeProto.Dimension()
      dimension.dimValue = size
      return dimension
    }
    model.graph.input = [input]
    model.graph.node = nodes
    return model
  }

  static func node(_ op: String, _ inputs: [String], _ output: String, ints: [String: [Int64]] = [:])
    -> OnnxSubset_NodeProto
  {
    var node = OnnxSubset_NodeProto()
    node.opType = op
    node.name = output
    node.input = inputs
    node.output = [output]
    node.attribute = ints.sorted { $0.key < $1.key }.map { name, values in
      var attribute = OnnxSubset_AttributeProto()
      attribute.name = name
      if values.count == 1 { attribute.i = values[0] } else { attribute.ints = values }
      return attribute
    }
    return node
  }

  @Test func hugeBindingsOfBothDimensionsAreRefused() throws {
    // Issue 8, trap 5: 2^32 × 2^32 token ids overflow the input's element count.
    let path = try FixturePath.of("onnx/gpt2-tiny.onnx")
    #expect(
      throws: ModelImportError.invalidValue(
        path: path, key: "the shape of the input 'input_ids'",
        value: "[4294967296, 4294967296] (more than 2^62 ≈ 4.6e18 elements)",
        allowed:
          "a shape of sizes of at least 0 with at most 2^62 ≈ 4.6e18 elements: bind smaller dimensions with --dim"
      )
    ) {
      try ONNXAnalysis.analyze(
        Self.file("gpt2-tiny.onnx"), dimensions: ["batch": 4_294_967_296, "sequence": 4_294_967_296])
    }
  }

  @Test func aBatchOfTwoToThe62IsRefused() throws {
    // Issue 8: `--dim batch=4611686018427387904` trapped the CLI.
    let path = try FixturePath.of("onnx/gpt2-tiny.onnx")
    #expect(
      throws: ModelImportError.invalidValue(
        path: path, key: "the shape of the input 'input_ids'",
        value: "[4611686018427387904, 16] (more than 2^62 ≈ 4.6e18 elements)",
        allowed:
          "a shape of sizes of at least 0 with at most 2^62 ≈ 4.6e18 elements: bind smaller dimensions with --dim"
      )
    ) {
      try ONNXAnalysis.analyze(Self.file("gpt2-tiny.onnx"), dimensions: ["batch": 1 << 62, "sequence": 16])
    }
  }

  @Test func aTensorGrownPastTheLimitInsideTheGraphNamesItsNode() throws {
    // The input fits (2^60 ids) but the embeddings (2^60 × 64 values) do not.
    #expect(throws: ModelImportError.self) {
      try ONNXAnalysis.analyze(
        Self.file("gpt2-tiny.onnx"), dimensions: ["batch": 1 << 40, "sequence": 1 << 20])
    }
    do {
      _ = try ONNXAnalysis.analyze(
        Self.file("gpt2-tiny.onnx"), dimensions: ["batch": 1 << 40, "sequence": 1 << 20])
    } catch {
      guard case .shapeMismatch(_, _, _, let reason) = error as? ModelImportError else {
        Issue.record("expected a node's shape error, got \(error)")
        return
      }
      #expect(reason.hasSuffix("with more than 2^62 ≈ 4.6e18 elements"), "\(reason)")
    }
  }

  @Test func hugeInitializerDimsAreAMalformedFile() throws {
    var model = Self.model(input: [2, 3], nodes: [Self.node("MatMul", ["x", "w"], "y")])
    var weight = OnnxSubset_TensorProto()
    weight.name = "w"
    weight.dataType = 1
    weight.dims = [3, 1 << 40, 1 << 40]
    model.graph.initializer = [weight]
    #expect(
      throws: ModelImportError.malformed(
        path: "w.onnx", format: "ONNX",
        reason:
          "the initializer 'w' has dims [3, 1099511627776, 1099511627776] with more than 2^62 ≈ 4.6e18 elements"
      )
    ) {
      try ONNXAnalysis.analyze(ONNXFile(path: "w.onnx", model: model), dimensions: [:])
    }
  }

  @Test func negativeInitializerDimsAreAMalformedFile() throws {
    var model = Self.model(input: [2, 3], nodes: [Self.node("MatMul", ["x", "w"], "y")])
    var weight = OnnxSubset_TensorProto()
    weight.name = "w"
    weight.dims = [3, -4]
    model.graph.initializer = [weight]
    #expect(
      throws: ModelImportError.malformed(
        path: "w.onnx", format: "ONNX",
        reason: "the initializer 'w' has dims [3, -4] with a negative size (-4)")
    ) {
      try ONNXAnalysis.analyze(ONNXFile(path: "w.onnx", model: model), dimensions: [:])
    }
  }

  @Test func aZeroStrideIsAShapeError() throws {
    var model = Self.model(
      input: [1, 1, 8, 8],
      nodes: [Self.node("MaxPool", ["x"], "y", ints: ["kernel_shape": [2, 2], "strides": [0, 0]])])
    model.graph.name = "pool"
    #expect(
      throws: ModelImportError.shapeMismatch(
        path: "pool.onnx", node: "y", operator: "MaxPool",
        reason:
          "strides [0, 0], dilations [1, 1] and kernel [2, 2] must be from 1 to 2^62, pads [0, 0, 0, 0] from 0 to below 2^62"
      )
    ) {
      try ONNXAnalysis.analyze(ONNXFile(path: "pool.onnx", model: model), dimensions: [:])
    }
  }

  @Test func splitIntoZeroPartsIsAShapeError() throws {
    let model = Self.model(
      input: [4, 6], nodes: [Self.node("Split", ["x"], "y", ints: ["axis": [1], "num_outputs": [0]])])
    #expect(
      throws: ModelImportError.shapeMismatch(
        path: "split.onnx", node: "y", operator: "Split",
        reason: "num_outputs 0 must be from 1 to the node's 1 outputs")
    ) {
      try ONNXAnalysis.analyze(ONNXFile(path: "split.onnx", model: model), dimensions: [:])
    }
  }

  @Test func repeatedUnsqueezeAxesAreAShapeError() throws {
    let model = Self.model(input: [4], nodes: [Self.node("Unsqueeze", ["x"], "y", ints: ["axes": [2, 2]])])
    #expect(
      throws: ModelImportError.shapeMismatch(
        path: "u.onnx", node: "y", operator: "Unsqueeze", reason: "axes [2, 2] repeat an axis or are too many"
      )
    ) {
      try ONNXAnalysis.analyze(ONNXFile(path: "u.onnx", model: model), dimensions: [:])
    }
  }

  /// Every byte of the small fixtures replaced in turn by values that make varints long, sizes
  /// huge or negative: the reader, shape inference and the graph builder must answer, never trap
  /// (issue 8, trap 6).
  @Test(arguments: ["linear.onnx", "conv.onnx", "external.onnx"])
  func everyCorruptedByteIsAnAnswerOrAnError(_ name: String) throws {
    let original = try Data(contentsOf: URL(fileURLWithPath: try FixturePath.of("onnx/" + name)))
    var answered = 0
    for index in original.indices {
      for value: UInt8 in [0x00, 0x7f, 0x80, 0xff] where original[index] != value {
        var data = original
        data[index] = value
        guard let file = try? ONNXFile(path: name, data: data) else { continue }
        for dimensions in [["batch": 1], ["batch": 1 << 40]] {
          if (try? ONNXAnalysis.analyze(file, dimensions: dimensions)) != nil { answered += 1 }
        }
        // The layer graph for the backward analysis, built from the same bytes.
        _ = try? file.modelGraph(dimensions: [:])
      }
    }
    // Most single-byte changes (in weights' float values, names) leave a readable model.
    #expect(answered > original.count)
  }
}
