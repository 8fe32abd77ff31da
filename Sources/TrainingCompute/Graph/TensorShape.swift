/// The shape of one example's tensor, without the batch dimension: `[3, 224, 224]` for an image
/// (channels first, as in PyTorch), `[128]` for 128 token ids, `[128, 768]` for their embeddings.
///
/// Encoded in JSON as a bare array of integers.
public struct TensorShape: Hashable, Sendable, Codable, ExpressibleByArrayLiteral, CustomStringConvertible {
  /// The sizes of the dimensions, outermost first.
  public var dimensions: [Int]

  /// A shape with the given dimension sizes.
  public init(_ dimensions: [Int]) { self.dimensions = dimensions }

  /// A shape written as an array literal: `[3, 224, 224]`.
  public init(arrayLiteral elements: Int...) { self.dimensions = elements }

  /// The number of dimensions.
  public var rank: Int { dimensions.count }

  /// The number of elements, as a `Double` so that FLOP arithmetic never overflows.
  public var elements: Double { dimensions.reduce(1.0) { $0 * Double($1) } }

  /// The last dimension (features for token tensors), or 1 for a scalar.
  public var lastDimension: Int { dimensions.last ?? 1 }

  /// The product of all dimensions but the last: how many feature vectors the tensor holds.
  public var leadingElements: Double { dimensions.dropLast().reduce(1.0) { $0 * Double($1) } }

  /// Whether every dimension is at least 1 (and there is at least one).
  public var isValid: Bool { !dimensions.isEmpty && dimensions.allSatisfy { $0 > 0 } }

  /// The same shape with the last dimension replaced.
  public func replacingLast(with size: Int) -> TensorShape {
    guard !dimensions.isEmpty else { return TensorShape([size]) }
    var replaced = dimensions
    replaced[replaced.count - 1] = size
    return TensorShape(replaced)
  }

  /// `[3, 224, 224]`.
  public var description: String { "[" + dimensions.map(String.init).joined(separator: ", ") + "]" }

  public init(from decoder: any Decoder) throws {
    dimensions = try decoder.singleValueContainer().decode([Int].self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(dimensions)
  }
}
