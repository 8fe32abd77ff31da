public import Foundation
import TrainingCompute

/// The JSON header of a `.safetensors` file: every tensor's name, dtype and shape. Only the
/// header is read (8 bytes of length, then the header); tensor data is never touched.
/// Format: https://github.com/huggingface/safetensors ("Format").
public struct SafetensorsHeader: Sendable, Equatable {
  /// One tensor's entry.
  public struct Tensor: Sendable, Equatable {
    /// The tensor's name (`model.layers.0.mlp.up_proj.weight`).
    public var name: String
    /// Its dtype as written (`BF16`, `F32`, `F8_E4M3` …).
    public var dataType: String
    /// Its shape.
    public var shape: [Int]
    /// Elements in the tensor; a header's shapes are checked to keep this below
    /// `SafetensorsHeader.maximumElements`.
    public var elementCount: Int { shape.reduce(1, *) }
  }

  /// The file.
  public var path: String
  /// The tensors, sorted by name.
  public var tensors: [Tensor]

  /// The most elements a checkpoint may hold, in one tensor or all together: 1e18, as for a
  /// model graph (`SizeLimit.parameters`), over two million times Llama 3.1 405B.
  public static let maximumElements = SizeLimit.parameters

  /// Headers longer than this are refused (the format's reference reader uses 100 MB).
  static let maximumHeaderBytes: UInt64 = 100_000_000

  /// Reads the header of the file at `path`.
  public static func read(path: String) throws(ModelImportError) -> SafetensorsHeader {
    let prefix = try FileContents.read(path, offset: 0, count: 8)
    let length = try headerLength(prefix, path: path)
    let header = try FileContents.read(path, offset: 8, count: Int(length))
    return try SafetensorsHeader(path: path, header: header, length: length)
  }

  /// Reads the header from `data`, the bytes of a `.safetensors` file called `path` (an upload):
  /// only the 8-byte length and the header are sliced out; the tensor bytes are not looked at.
  public static func read(data: Data, path: String) throws(ModelImportError) -> SafetensorsHeader {
    let length = try headerLength(data.prefix(8), path: path)
    let start = data.startIndex + 8
    let available = UInt64(data.endIndex - start)
    let header = data[start..<(start + Int(min(length, available)))]
    return try SafetensorsHeader(path: path, header: header, length: length)
  }

  /// The header length the first 8 bytes give (little-endian), checked against the limit.
  private static func headerLength(_ prefix: Data, path: String) throws(ModelImportError) -> UInt64 {
    guard prefix.count == 8 else {
      throw .malformed(
        path: path, format: "safetensors", reason: "it is shorter than the 8-byte header length")
    }
    let length = prefix.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    guard length > 0, length <= maximumHeaderBytes else {
      throw .malformed(
        path: path, format: "safetensors",
        reason: "the header length \(length) is not between 1 and \(maximumHeaderBytes) bytes")
    }
    return length
  }

  /// Parses `header`, checking that all `length` bytes of it were there.
  private init(path: String, header: Data, length: UInt64) throws(ModelImportError) {
    guard header.count == Int(length) else {
      throw .malformed(
        path: path, format: "safetensors", reason: "the file ends inside its \(length)-byte header")
    }
    try self.init(path: path, json: header)
  }

  /// Parses the header's JSON.
  public init(path: String, json: Data) throws(ModelImportError) {
    self.path = path
    guard case .object(let entries) = try JSONValue.parse(json, path: path, format: "safetensors header")
    else {
      throw .malformed(path: path, format: "safetensors", reason: "the header is not a JSON object")
    }
    var tensors: [Tensor] = []
    var total = 0
    for (name, entry) in entries where name != "__metadata__" {
      guard case .object(let fields) = entry, case .string(let dataType)? = fields["dtype"],
        case .array(let dimensions)? = fields["shape"]
      else {
        throw .malformed(
          path: path, format: "safetensors", reason: "tensor '\(name)' lacks a dtype or a shape")
      }
      var shape: [Int] = []
      for dimension in dimensions {
        guard case .number(let size) = dimension, size >= 0, size.rounded() == size else {
          throw .malformed(
            path: path, format: "safetensors",
            reason: "tensor '\(name)' has a shape that is not whole numbers")
        }
        guard size <= Double(Self.maximumElements) else {
          throw .malformed(
            path: path, format: "safetensors",
            reason:
              "tensor '\(name)' has a dimension of \(NumberFormatting.scientific(size)), over the 1e18 elements a checkpoint may hold"
          )
        }
        shape.append(Int(size))
      }
      let tensor = Tensor(
        name: name, dataType: dataType, shape: try Self.checked(shape, of: name, path: path))
      total = try Self.adding(tensor.elementCount, to: total, path: path)
      tensors.append(tensor)
    }
    self.tensors = tensors.sorted { $0.name < $1.name }
  }

  /// `shape`, once its element count is known to stay within `maximumElements`.
  static func checked(_ shape: [Int], of name: String, path: String) throws(ModelImportError) -> [Int] {
    var count = 1
    for size in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      guard !overflow, product <= maximumElements else {
        throw .malformed(
          path: path, format: "safetensors",
          reason:
            "tensor '\(name)' has a shape of \(shape.count) dimensions whose product is over \(NumberFormatting.scientific(Double(maximumElements))) elements, far above any real model"
        )
      }
      count = product
    }
    return shape
  }

  /// `total + count` elements, within `maximumElements` for the whole checkpoint.
  static func adding(_ count: Int, to total: Int, path: String) throws(ModelImportError) -> Int {
    guard count <= maximumElements - total else {
      throw .malformed(
        path: path, format: "safetensors",
        reason:
          "its tensors hold over \(NumberFormatting.scientific(Double(maximumElements))) elements in all, far above any real model"
      )
    }
    return total + count
  }
}
