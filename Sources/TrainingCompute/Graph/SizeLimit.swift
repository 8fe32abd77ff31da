/// The largest sizes a model may have. Each is far above any real model, and low enough that
/// the layers' whole-number arithmetic stays exact (it saturates rather than traps beyond).
///
/// For scale: Llama 3.1 405B has 4.05e11 parameters (about 2^39) and no width above 53,248
/// (under 2^16); vocabularies stay below 2^18 entries and context windows below 2^24 tokens.
public enum SizeLimit {
  /// The largest size setting of a layer (a width, channel count, kernel size, padding, stride,
  /// vocabulary, number of heads, experts or stacked layers): 2^40 ≈ 1.1e12, about a million
  /// times any real one. Sums of a few such settings cannot overflow `Int`.
  public static let setting = 1 << 40

  /// The largest number of parameters of one layer, and of the whole model: fewer than 1e18,
  /// over two million times Llama 3.1 405B and still below `Int.max` ≈ 9.2e18.
  public static let parameters = 1_000_000_000_000_000_000

  /// The largest number of elements in one example's tensor: 2^62 ≈ 4.6e18 (a 2^24-token
  /// sequence of 2^20-wide vectors is only 2^44).
  public static let elements = Double(1 << 62)

  /// Checks a layer's output shape and parameter count, and the parameters of the model up to
  /// and including it.
  static func check(output: TensorShape, parameters: Int, modelParameters: Int) throws(LayerIssue) {
    guard output.isValid, output.elements <= elements else {
      throw LayerIssue(
        field: "output shape", value: output.description,
        allowed: "one or more dimensions of at least 1 with at most 2^62 ≈ 4.6e18 elements in all")
    }
    for (count, scope) in [(parameters, "in one layer"), (modelParameters, "in the model up to this layer")]
    where count < 0 || count >= Self.parameters {
      throw LayerIssue(
        field: "parameters", value: count == .max || count == .min ? "beyond \(Int.max)" : String(count),
        allowed: "fewer than 1e18 \(scope), far above any real model (the sizes given multiply past it)")
    }
  }
}
