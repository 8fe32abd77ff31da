/// Dropout: zeroes a random fraction `rate` of the elements in training and scales the rest by
/// `1/(1 − rate)`.
///
/// Counted as 0 FLOP, forward and backward. Following the seed study (Hobbhahn & Sevilla 2021),
/// which counts only the operations of the layers proper, dropout does not change the operation
/// count: it masks elements rather than adding arithmetic a model's FLOP figure is meant to
/// measure (the scaling can be folded into the mask), and it is absent at inference. Tools that
/// report training FLOP (FlopCounterMode, fvcore) count it as 0 as well.
public struct Dropout: Layer {
  /// The fraction of elements dropped, from 0 up to (not including) 1.
  public var rate: Double

  /// A dropout layer.
  public init(rate: Double = 0.5) { self.rate = rate }

  public var kind: String { "dropout" }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    guard rate >= 0, rate < 1 else {
      throw LayerIssue(field: "rate", value: "\(rate)", allowed: "at least 0 and below 1")
    }
    return try LayerIssue.single(inputs)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost { .free }
}
