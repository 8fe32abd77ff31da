/// What the analysis found for one ONNX node.
public struct ONNXNodeReport: Sendable, Equatable, Codable {
  /// The node's name (or its first output's name when unnamed).
  public var name: String
  /// The ONNX operator.
  public var op: String
  /// The catalog family the node maps to ("linear", "convolution", "attention", "lstm" …), or
  /// `nil` for unsupported operators.
  public var layer: String?
  /// Shape of the first output.
  public var outputShape: [Int]
  /// Forward FLOP of the node's products (2 per multiply-add), 0 for data movement and
  /// element-wise operators.
  public var forwardFLOP: Double
  /// Parameters (initializers) the node consumes as weights.
  public var parameters: Int

  enum CodingKeys: String, CodingKey {
    case name, op, layer, parameters
    case outputShape = "output_shape"
    case forwardFLOP = "forward_flop"
  }
}
