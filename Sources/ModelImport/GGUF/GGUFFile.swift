public import Foundation

/// The header of a GGUF file (llama.cpp's format): its metadata and tensor infos, never the
/// tensor data. Layout as the ggml repository's docs/gguf.md gives it (versions 2 and 3, little
/// endian): magic `GGUF`, version (u32), tensor count (u64), metadata count (u64); each metadata
/// entry a string key, a value type (u32) and the value; each tensor info a string name, a
/// dimension count (u32), the dimensions (u64 each), a ggml type (u32) and a data offset (u64).
/// Strings are a u64 length and UTF-8 bytes. Hand-written: no Swift library reads GGUF.
///
/// Only the first `headerLimit` bytes are read; every count and length is checked against the
/// bytes left, so a corrupted or hostile header is an error, never a trap or a large allocation.
public struct GGUFFile: Sendable {
  /// One metadata value (arrays keep their element count and, for numbers, nothing else).
  public enum Value: Sendable, Equatable {
    /// Any integer type.
    case integer(Int64)
    /// An unsigned integer past `Int64`.
    case largeUnsigned(UInt64)
    /// f32 or f64.
    case real(Double)
    /// A boolean.
    case bool(Bool)
    /// A string.
    case string(String)
    /// An array: its element type and count (elements are skipped).
    case array(type: UInt32, count: Int)
  }

  /// One tensor: name, dimensions (ggml order: innermost first) and ggml type.
  public struct TensorInfo: Sendable, Equatable {
    public var name: String
    public var dimensions: [Int]
    public var type: UInt32
    /// Elements: the product of the dimensions (checked).
    public var elements: Int
  }

  /// Bytes of the header read at most: 64 MiB (a vocabulary of 256k tokens takes a few MiB).
  public static let headerLimit = 64 << 20
  /// Metadata entries and tensors each at most: 1,000,000.
  static let countLimit = 1_000_000

  /// Where the file is.
  public var path: String
  /// The format version.
  public var version: UInt32
  /// Metadata by key.
  public var metadata: [String: Value]
  /// Tensor infos in file order.
  public var tensors: [TensorInfo]

  /// Reads the header of the file at `path`.
  public static func read(path: String) throws(ModelImportError) -> GGUFFile {
    try GGUFFile(path: path, data: FileContents.read(path, offset: 0, count: headerLimit))
  }

  /// Parses a header from `data`, the start of a file called `path`.
  public init(path: String, data: Data) throws(ModelImportError) {
    self.path = path
    var reader = GGUFReader(bytes: [UInt8](data.prefix(Self.headerLimit)), path: path)
    guard try reader.fixed(4) == Array("GGUF".utf8) else {
      throw .malformed(path: path, format: "GGUF", reason: "it does not start with the magic bytes 'GGUF'")
    }
    version = UInt32(truncatingIfNeeded: try reader.unsigned(4))
    guard version == 2 || version == 3 else {
      throw .malformed(
        path: path, format: "GGUF", reason: "its version is \(version); versions 2 and 3 are read")
    }
    let tensorCount = try reader.count(limit: Self.countLimit, what: "tensor count")
    let metadataCount = try reader.count(limit: Self.countLimit, what: "metadata count")
    metadata = [:]
    for _ in 0..<metadataCount {
      let key = try reader.string()
      metadata[key] = try reader.value(type: UInt32(truncatingIfNeeded: try reader.unsigned(4)), key: key)
    }
    tensors = []
    for _ in 0..<tensorCount { tensors.append(try reader.tensorInfo()) }
  }

  /// A metadata value as a whole number, if it is one.
  public func integer(_ key: String) -> Int? {
    if case .integer(let value) = metadata[key] { return Int(value) }
    return nil
  }

  /// A metadata value as a string, if it is one.
  public func string(_ key: String) -> String? {
    if case .string(let value) = metadata[key] { return value }
    return nil
  }

  /// Parameters: the elements of every tensor (checked).
  public var parameterTotal: Int {
    get throws(ModelImportError) {
      var total = 0
      for tensor in tensors {
        let (sum, overflow) = total.addingReportingOverflow(tensor.elements)
        guard !overflow, sum < 1 << 62 else {
          throw .malformed(
            path: path, format: "GGUF", reason: "its tensors hold more than 2^62 elements in all")
        }
        total = sum
      }
      return total
    }
  }

  /// Parameters by ggml type name (`F16`, `Q4_K` …).
  public var parametersByType: [String: Int] {
    tensors.reduce(into: [:]) { $0[GGUFTypes.name(of: $1.type), default: 0] += $1.elements }
  }
}

/// Names of ggml tensor types (ggml.h's `enum ggml_type`).
enum GGUFTypes {
  static let names: [UInt32: String] = [
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 6: "Q5_0", 7: "Q5_1", 8: "Q8_0", 9: "Q8_1", 10: "Q2_K",
    11: "Q3_K",
    12: "Q4_K", 13: "Q5_K", 14: "Q6_K", 15: "Q8_K", 16: "IQ2_XXS", 17: "IQ2_XS", 18: "IQ3_XXS", 19: "IQ1_S",
    20: "IQ4_NL", 21: "IQ3_S", 22: "IQ2_S", 23: "IQ4_XS", 24: "I8", 25: "I16", 26: "I32", 27: "I64",
    28: "F64",
    29: "IQ1_M", 30: "BF16", 34: "TQ1_0", 35: "TQ2_0",
  ]

  static func name(of type: UInt32) -> String { names[type] ?? "type \(type)" }
}

/// A cursor over the header's bytes whose every read is bounds-checked.
struct GGUFReader {
  let bytes: [UInt8]
  let path: String
  var index = 0

  init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.path = path
  }

  func truncated(_ what: String) -> ModelImportError {
    .malformed(
      path: path, format: "GGUF",
      reason: "its header ends inside \(what) (or is longer than the \(GGUFFile.headerLimit >> 20) MiB read)")
  }

  mutating func fixed(_ count: Int) throws(ModelImportError) -> [UInt8] {
    guard count >= 0, count <= bytes.count - index else { throw truncated("a field") }
    defer { index += count }
    return Array(bytes[index..<index + count])
  }

  /// A little-endian unsigned integer of `width` bytes.
  mutating func unsigned(_ width: Int) throws(ModelImportError) -> UInt64 {
    let raw = try fixed(width)
    return raw.reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// A u64 count, at most `limit`.
  mutating func count(limit: Int, what: String) throws(ModelImportError) -> Int {
    let value = try unsigned(8)
    guard value <= UInt64(limit) else {
      throw .malformed(path: path, format: "GGUF", reason: "its \(what) is \(value), more than \(limit)")
    }
    return Int(value)
  }

  mutating func string() throws(ModelImportError) -> String {
    let length = try unsigned(8)
    guard length <= UInt64(bytes.count - index) else { throw truncated("a string") }
    return String(decoding: try fixed(Int(length)), as: UTF8.self)
  }

  /// Bytes of one element of a fixed-size type, or `nil` for strings and arrays.
  static func width(of type: UInt32) -> Int? {
    switch type {
    case 0, 1, 7: return 1
    case 2, 3: return 2
    case 4, 5, 6: return 4
    case 10, 11, 12: return 8
    default: return nil
    }
  }

  mutating func value(type: UInt32, key: String) throws(ModelImportError) -> GGUFFile.Value {
    switch type {
    case 0, 2, 4: return .integer(Int64(try unsigned(GGUFReader.width(of: type) ?? 1)))
    case 10:
      let value = try unsigned(8)
      return value <= UInt64(Int64.max) ? .integer(Int64(value)) : .largeUnsigned(value)
    case 1, 3, 5, 11:
      let width = GGUFReader.width(of: type) ?? 1
      let raw = try unsigned(width)
      let shift = UInt64(64 - 8 * width)
      return .integer(Int64(bitPattern: raw << shift) >> Int64(shift))
    case 6: return .real(Double(Float(bitPattern: UInt32(truncatingIfNeeded: try unsigned(4)))))
    case 12: return .real(Double(bitPattern: try unsigned(8)))
    case 7: return .bool(try unsigned(1) != 0)
    case 8: return .string(try string())
    case 9:
      let elementType = UInt32(truncatingIfNeeded: try unsigned(4))
      let count = try self.count(limit: bytes.count - index, what: "array length of '\(key)'")
      if let width = GGUFReader.width(of: elementType) {
        _ = try fixed(count * width)
      } else if elementType == 8 {
        for _ in 0..<count { _ = try string() }
      } else {
        throw .malformed(
          path: path, format: "GGUF",
          reason: "the array '\(key)' has elements of type \(elementType), not read")
      }
      return .array(type: elementType, count: count)
    default:
      throw .malformed(
        path: path, format: "GGUF", reason: "the metadata '\(key)' has an unknown type \(type)")
    }
  }

  mutating func tensorInfo() throws(ModelImportError) -> GGUFFile.TensorInfo {
    let name = try string()
    let rank = try unsigned(4)
    guard rank >= 1, rank <= 8 else {
      throw .malformed(
        path: path, format: "GGUF", reason: "the tensor '\(name)' has \(rank) dimensions (1 to 8 are read)")
    }
    var dimensions: [Int] = []
    var elements = 1
    for _ in 0..<rank {
      let size = try unsigned(8)
      let (product, overflow) = elements.multipliedReportingOverflow(by: Int(clamping: size))
      guard size <= UInt64(1 << 62), !overflow, product <= 1 << 62 else {
        throw .malformed(
          path: path, format: "GGUF", reason: "the tensor '\(name)' has more than 2^62 elements")
      }
      dimensions.append(Int(size))
      elements = product
    }
    let type = UInt32(truncatingIfNeeded: try unsigned(4))
    _ = try unsigned(8)  // the data offset: the data is never read
    return GGUFFile.TensorInfo(name: name, dimensions: dimensions, type: type, elements: elements)
  }
}
