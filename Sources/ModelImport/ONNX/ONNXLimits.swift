/// The largest ONNX graph the reader works on, and checked arithmetic for the sizes in it. A file
/// may say anything in its dims, attributes and constants, and `--dim` may bind any whole number:
/// every size goes through these checks, so that a corrupted or hostile file is an error naming
/// the node or tensor, never a trap, a hang or an unbounded allocation.
enum ONNXLimits {
  /// Nodes in the main graph: 1,000,000, about 200 times a Llama 3 70B export (about 5,000).
  static let nodes = 1_000_000
  /// Dimensions of one tensor: 64 (ONNX runtimes allow far fewer in practice).
  static let rank = 64
  /// Elements of one tensor, batch included: 2^62 ≈ 4.6e18 (a 2^24-token batch of 2^20-wide
  /// vectors is only 2^44). Products of the dimensions of any tensor then fit in `Int`.
  static let elements = 1 << 62
  /// The limit, as messages state it.
  static let elementsText = "at most 2^62 ≈ 4.6e18 elements"
  /// What a shape over the limit has, as messages state it.
  static let tooManyElements = "more than 2^62 ≈ 4.6e18 elements"
  /// Integer values tracked per tensor for shape arithmetic (shapes, indices, Range outputs).
  static let trackedValues = 64

  /// Why `shape` is not a shape the reader accepts, or `nil` when it is: a rank of at most
  /// `rank`, dimensions of at least 0, and at most `elements` elements (zero sizes count as 1,
  /// so that every partial product also fits).
  static func problem(with shape: [Int]) -> String? {
    guard shape.count <= rank else { return "\(shape.count) dimensions, more than \(rank)" }
    var product = 1
    for size in shape {
      guard size >= 0 else { return "a negative size (\(size))" }
      let (next, overflow) = product.multipliedReportingOverflow(by: max(size, 1))
      guard !overflow, next <= elements else { return tooManyElements }
      product = next
    }
    return nil
  }

  /// `a + b`, or `nil` when it leaves `Int`.
  static func add(_ a: Int, _ b: Int) -> Int? {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : sum
  }

  /// `a · b`, or `nil` when it leaves `Int`.
  static func multiply(_ a: Int, _ b: Int) -> Int? {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? nil : product
  }

  /// The product of `values`, or `nil` when it leaves `Int`.
  static func product(_ values: [Int]) -> Int? {
    var result = 1
    for value in values {
      guard let next = multiply(result, value) else { return nil }
      result = next
    }
    return result
  }

  /// The sum of `values`, or `nil` when it leaves `Int`.
  static func sum(_ values: [Int]) -> Int? {
    var result = 0
    for value in values {
      guard let next = add(result, value) else { return nil }
      result = next
    }
    return result
  }

  /// `Double` product of `values`, for FLOP (which never overflow a `Double` for checked shapes).
  static func real(_ values: [Int]) -> Double { values.reduce(1.0) { $0 * Double($1) } }
}
