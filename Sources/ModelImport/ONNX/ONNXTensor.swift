import Foundation

/// What shape inference knows about one tensor: its shape and, for small integer tensors that carry
/// shapes (the outputs of Shape, Gather, Concat …), its values.
struct ONNXTensor: Sendable, Equatable {
  var shape: [Int]
  var values: [Int]?

  init(shape: [Int], values: [Int]? = nil) {
    self.shape = shape
    self.values = values
  }

  /// Elements in the tensor.
  var elementCount: Int { shape.reduce(1, *) }

  /// The values of an integer tensor, or `nil` if the file does not give them.
  static func integerValues(of tensor: OnnxSubset_TensorValue) -> [Int]? {
    switch tensor.dataType {
    case 7:  // INT64
      if !tensor.int64Data.isEmpty { return tensor.int64Data.map { Int($0) } }
      return littleEndian(tensor.rawData, width: 8)
    case 6:  // INT32
      if !tensor.int32Data.isEmpty { return tensor.int32Data.map { Int($0) } }
      return littleEndian(tensor.rawData, width: 4)
    default:
      return nil
    }
  }

  private static func littleEndian(_ bytes: Data, width: Int) -> [Int]? {
    guard bytes.count % width == 0 else { return nil }
    let raw = [UInt8](bytes)
    return stride(from: 0, to: raw.count, by: width).map { start in
      var value: UInt64 = 0
      for offset in (0..<width).reversed() { value = value << 8 | UInt64(raw[start + offset]) }
      // Sign-extend narrower integers.
      let shift = UInt64(64 - 8 * width)
      return Int(Int64(bitPattern: value << shift) >> Int64(shift))
    }
  }
}
