/// Reshape (to a target shape, one dimension may be −1 to be inferred) or flatten (every
/// dimension from `startAxis` into one). 0 FLOP, no parameters: only the view changes.
public struct Reshape: Layer {
  /// What the output shape is.
  public enum Target: Sendable, Equatable {
    /// An explicit shape; one dimension may be −1.
    case shape([Int])
    /// Dimensions from this axis on merged into one (`torch.flatten(x, 1)` is axis 0 here,
    /// since shapes exclude the batch).
    case flatten(startAxis: Int)
  }

  /// The output shape.
  public var target: Target

  /// A reshape.
  public init(_ target: Target) { self.target = target }

  /// A flatten of every dimension into one.
  public static let flatten = Reshape(.flatten(startAxis: 0))

  public var kind: String {
    if case .flatten = target { return "flatten" }
    return "reshape"
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    let input = try LayerIssue.single(inputs)
    switch target {
    case .flatten(let start):
      guard start >= 0, start < input.rank else {
        throw LayerIssue(field: "start_axis", value: String(start), allowed: "from 0 to \(input.rank - 1)")
      }
      let merged = Int.product(saturating: input.dimensions[start...])
      return TensorShape(Array(input.dimensions[..<start]) + [merged])
    case .shape(let dimensions):
      let known = Int.product(saturating: dimensions.filter { $0 != -1 })
      let unknown = dimensions.filter { $0 == -1 }.count
      let total = Int.product(saturating: input.dimensions)
      guard unknown <= 1, dimensions.allSatisfy({ $0 == -1 || $0 > 0 }), !dimensions.isEmpty,
        unknown == 1 ? total % known == 0 : total == known
      else {
        throw LayerIssue(
          field: "shape", value: "\(dimensions)",
          allowed: "positive sizes (one may be -1) with \(total) elements in all, as the input \(input)")
      }
      return TensorShape(dimensions.map { $0 == -1 ? total / known : $0 })
    }
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost { .free }
}
