import Hummingbird
import TrainingCompute

/// Refuses model graphs whose sizes could overflow the layers' integer arithmetic, which traps
/// (and would take the whole server down) instead of throwing. The layer and shape code counts
/// parameters and elements in `Int`; this keeps every product it can form within range by
/// bounding, per layer, the product of all the whole numbers the layer holds (found by
/// reflection, so new layer families are covered), and the input's element count.
///
/// A stopgap: the real fix is checked arithmetic in the layers, after which this can go.
enum ModelSizeGuard {
  /// The largest product allowed: 2^56 ≈ 7.2e16, leaving 2^7 of headroom below `Int.max`. A
  /// 70-billion-parameter transformer's largest layer stays two orders of magnitude below it.
  static let limit = Double(1 << 56)

  /// Throws a 422 naming the first layer (or the input shape) whose sizes are too large.
  static func check(_ graph: ModelGraph) throws(APIError) {
    let inputProduct = graph.inputShape.dimensions.reduce(1.0) { $0 * Double(max(abs($1), 1)) }
    if inputProduct > limit {
      throw refusal("the input shape \(graph.inputShape)", product: inputProduct)
    }
    for node in graph.nodes {
      let product = wholeNumbers(in: node.layer).reduce(1.0) { $0 * Double(max(abs($1), 1)) }
      if product > limit { throw refusal("layer '\(node.name)'", product: product) }
    }
  }

  private static func refusal(_ what: String, product: Double) -> APIError {
    APIError(
      status: .unprocessableContent,
      message:
        "spec: \(what) has sizes whose product is \(NumberFormatting.scientific(product)), more than the \(NumberFormatting.scientific(limit)) the server analyses; check the dimensions.",
      field: "spec")
  }

  /// Every `Int` stored in `value`, its arrays, tuples and nested structs.
  private static func wholeNumbers(in value: Any) -> [Int] {
    if let number = value as? Int { return [number] }
    return Mirror(reflecting: value).children.flatMap { wholeNumbers(in: $0.value) }
  }
}
