public import Foundation
import SwiftProtobuf

/// An `.onnx` file decoded without its weights: the graph, value types, initializer dims, and the
/// values of small initializers (shape inference needs Reshape's shape, Slice's starts …).
///
/// The file is memory-mapped and fields the subset schema leaves out (`raw_data`, `float_data` …)
/// are skipped by length, so reading costs the same whatever the weights weigh; external data
/// files are never opened.
public struct ONNXFile: Sendable {
  /// Where the file is.
  public var path: String
  /// The decoded model.
  var model: OnnxSubset_ModelProto
  /// Values of initializers small enough to hold shape data, by name.
  var smallInitializers: [String: OnnxSubset_TensorValue]

  /// Initializers at most this many bytes long are decoded with their values.
  static let smallInitializerBytes = 1024

  /// Reads the file at `path`.
  public static func read(path: String) throws(ModelImportError) -> ONNXFile {
    try ONNXFile(path: path, data: FileContents.mapped(path))
  }

  /// Decodes `data`, the bytes of an `.onnx` file.
  public init(path: String, data: Data) throws(ModelImportError) {
    self.path = path
    var options = BinaryDecodingOptions()
    options.discardUnknownFields = true
    do {
      model = try OnnxSubset_ModelProto(serializedBytes: data, options: options)
    } catch {
      throw .malformed(path: path, format: "ONNX", reason: "the protobuf cannot be decoded (\(error))")
    }
    guard model.hasGraph, !model.graph.node.isEmpty else {
      throw .malformed(path: path, format: "ONNX", reason: "it holds no graph nodes")
    }
    smallInitializers = [:]
    for range in ProtobufWire.initializerRanges(in: data) where range.count <= Self.smallInitializerBytes {
      if let tensor = try? OnnxSubset_TensorValue(serializedBytes: data[range], options: options) {
        smallInitializers[tensor.name] = tensor
      }
    }
  }

  /// The default-domain opset version, if the file declares one.
  public var opsetVersion: Int? {
    model.opsetImport.first { $0.domain.isEmpty || $0.domain == "ai.onnx" }.map { Int($0.version) }
  }

  /// Initializers whose data the file says lies in external files (never read).
  public var externalInitializerCount: Int {
    model.graph.initializer.filter { $0.dataLocation == .external }.count
  }
}

/// Walks protobuf wire format to find where each initializer (GraphProto field 5 inside
/// ModelProto field 7) lies, skipping every payload by its length. Hand-written because
/// SwiftProtobuf decodes whole messages, and decoding initializers would copy their weights.
enum ProtobufWire {
  static func initializerRanges(in data: Data) -> [Range<Data.Index>] {
    guard let graph = fields(in: data, data.startIndex..<data.endIndex).first(where: { $0.number == 7 })
    else {
      return []
    }
    return fields(in: data, graph.range).filter { $0.number == 5 }.map(\.range)
  }

  /// Length-delimited fields of the message in `range`: field number and payload range.
  static func fields(in data: Data, _ range: Range<Data.Index>) -> [(number: Int, range: Range<Data.Index>)] {
    var result: [(number: Int, range: Range<Data.Index>)] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard let key = varint(data, &index, limit: range.upperBound) else { return result }
      let number = Int(key >> 3)
      switch key & 7 {
      case 0: guard varint(data, &index, limit: range.upperBound) != nil else { return result }
      case 1: index += 8
      case 5: index += 4
      case 2:
        guard let length = varint(data, &index, limit: range.upperBound),
          length <= UInt64(range.upperBound - index)
        else { return result }
        let end = index + Int(length)
        result.append((number, index..<end))
        index = end
      default: return result
      }
    }
    return result
  }

  static func varint(_ data: Data, _ index: inout Data.Index, limit: Data.Index) -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while index < limit, shift < 64 {
      let byte = data[index]
      index += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte & 0x80 == 0 { return value }
      shift += 7
    }
    return nil
  }
}

extension ONNXFile {
  /// A file made from a model built in code (tests), through the same decoding as a real file.
  init(path: String, model: OnnxSubset_ModelProto) throws(ModelImportError) {
    let data: Data
    do { data = try model.serializedBytes() } catch {
      throw .malformed(path: path, format: "ONNX", reason: "the model cannot be encoded (\(error))")
    }
    try self.init(path: path, data: data)
  }
}
