/// What is wrong with one layer: the setting or input (`field`, as written in a model spec),
/// the value found and what is allowed. The graph adds the layer's position and name and turns
/// it into a `ModelError`.
public struct LayerIssue: Error, Equatable, Sendable {
  /// The setting or input at fault, such as `in_features` or `input shape`.
  public var field: String
  /// The value found, as text.
  public var value: String
  /// What would be allowed, phrased to follow "must be".
  public var allowed: String

  /// An issue with a setting or input.
  public init(field: String, value: String, allowed: String) {
    self.field = field
    self.value = value
    self.allowed = allowed
  }

  /// The one input shape of a single-input layer.
  public static func single(_ inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    guard inputs.count == 1, let input = inputs.first else {
      throw LayerIssue(field: "inputs", value: "\(inputs.count) inputs", allowed: "exactly one input")
    }
    return input
  }

  /// Checks that a size setting is at least 1 and at most `SizeLimit.setting`.
  public static func positive(_ value: Int, field: String) throws(LayerIssue) {
    guard value > 0 else { throw LayerIssue(field: field, value: String(value), allowed: "at least 1") }
    try atMostLimit(value, field: field)
  }

  /// Checks that a setting is at least 0 and at most `SizeLimit.setting`.
  public static func nonNegative(_ value: Int, field: String) throws(LayerIssue) {
    guard value >= 0 else { throw LayerIssue(field: field, value: String(value), allowed: "at least 0") }
    try atMostLimit(value, field: field)
  }

  private static func atMostLimit(_ value: Int, field: String) throws(LayerIssue) {
    guard value <= SizeLimit.setting else {
      throw LayerIssue(
        field: field, value: String(value),
        allowed: "at most 2^40 = \(SizeLimit.setting), far above any real model")
    }
  }

  /// Checks the input's last dimension (the features a layer reads).
  public static func lastDimension(
    of input: TensorShape, equals expected: Int, field: String
  ) throws(LayerIssue) {
    guard input.rank >= 1, input.lastDimension == expected else {
      throw LayerIssue(
        field: "input shape", value: input.description,
        allowed: "a shape whose last dimension is \(expected) (\(field))")
    }
  }
}
