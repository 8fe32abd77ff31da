/// FLOP split into matrix products (matrix multiplications and convolutions: the work that
/// dominates, and the only work PyTorch's FlopCounterMode counts) and element-wise work
/// (activations, normalization, softmax, bias and residual adds, pooling).
public struct FLOPBreakdown: Sendable, Equatable, Codable {
  /// Matrix products and convolutions: 2 FLOP per multiply-add.
  public var matrix: FLOPs
  /// Element-wise work: one FLOP per add, multiply, comparison or transcendental function.
  public var elementwise: FLOPs

  /// A breakdown from plain FLOP counts.
  public init(matrix: Double = 0, elementwise: Double = 0) {
    self.matrix = FLOPs(matrix)
    self.elementwise = FLOPs(elementwise)
  }

  /// No work at all.
  public static let zero = FLOPBreakdown()

  /// Matrix and element-wise work together.
  public var total: FLOPs { matrix + elementwise }

  /// The work a counting convention counts: everything, or matrix products alone.
  public func counted(_ counting: FLOPCounting) -> FLOPs {
    switch counting {
    case .all: return total
    case .matrixOnly: return matrix
    }
  }

  /// The work of a matrix product: an `rows × inner` matrix times an `inner × columns` matrix
  /// takes rows × columns × inner multiply-adds, 2 FLOP each.
  public static func matrixProduct(rows: Double, inner: Double, columns: Double) -> FLOPBreakdown {
    FLOPBreakdown(matrix: 2 * rows * inner * columns)
  }

  /// Element-wise work of `count` FLOP.
  public static func elementwise(_ count: Double) -> FLOPBreakdown { FLOPBreakdown(elementwise: count) }

  /// The sum of two breakdowns, part by part.
  public static func + (lhs: FLOPBreakdown, rhs: FLOPBreakdown) -> FLOPBreakdown {
    FLOPBreakdown(
      matrix: lhs.matrix.value + rhs.matrix.value, elementwise: lhs.elementwise.value + rhs.elementwise.value)
  }

  /// Adds `rhs` to `lhs`, part by part.
  public static func += (lhs: inout FLOPBreakdown, rhs: FLOPBreakdown) { lhs = lhs + rhs }

  /// Both parts scaled by `factor` (time steps, repeated experts).
  public static func * (lhs: FLOPBreakdown, factor: Double) -> FLOPBreakdown {
    FLOPBreakdown(matrix: lhs.matrix.value * factor, elementwise: lhs.elementwise.value * factor)
  }
}
