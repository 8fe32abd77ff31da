import ArgumentParser
import Foundation
import SwiftProtobuf
import Testing
import TrainingCompute

@testable import ModelImport
@testable import trainflops

/// `trainflops onnx` on a graph it cannot fully count: the report says which nodes, in every
/// format, and the command exits 1 unless --allow-partial is given.
struct ONNXCommandTests {
  /// x → Relu → NonMaxSuppression → Relu, written to a temporary .onnx file.
  static func partialFile() throws -> String {
    var model = OnnxSubset_ModelProto()
    var input = OnnxSubset_ValueInfoProto()
    input.name = "x"
    var dimension = OnnxSubset_TensorShapeProto.Dimension()
    dimension.dimValue = 4
    input.type.tensorType.shape.dim = [dimension, dimension]
    model.graph.input = [input]
    model.graph.node = [("Relu", "x", "a"), ("NonMaxSuppression", "a", "b"), ("Relu", "b", "c")].map {
      var node = OnnxSubset_NodeProto()
      node.opType = $0.0
      node.input = [$0.1]
      node.output = [$0.2]
      return node
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "partial-\(UUID().uuidString).onnx"
    ).path
    try Data(try model.serializedBytes() as [UInt8]).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func partialCountExitsWithASentenceNamingTheNodes() throws {
    let path = try Self.partialFile()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let command = try ONNXCommand.parse([path])
    #expect(
      throws: ONNXCommand.PartialCount(
        message:
          "'\(path)': 2 of 3 nodes (66.7%) could not be counted: 'b', 'c'; the forward FLOP are a lower bound; pass --allow-partial to accept a partial count."
      )
    ) {
      try command.run()
    }
    try ONNXCommand.parse([path, "--allow-partial"]).run()
  }

  @Test(arguments: [OutputFormat.text, .markdown, .csv, .json])
  func everyFormatStatesThePartialCount(_ format: OutputFormat) throws {
    let path = try Self.partialFile()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let analysis = try ONNXAnalysis.analyze(ONNXFile.read(path: path), dimensions: [:])
    let text = try ONNXCommand.render(analysis, listingNodes: false, as: format)
    if format == .json {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let coverage = try #require(object["coverage"] as? [String: Any])
      #expect(coverage["complete"] as? Bool == false)
      #expect(coverage["uncounted_nodes"] as? [String] == ["b", "c"])
    } else {
      #expect(text.contains("2 of 3 nodes (66.7%) could not be counted: 'b', 'c'"))
    }
  }
}
