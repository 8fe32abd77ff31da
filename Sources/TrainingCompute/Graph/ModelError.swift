/// Why a model graph cannot be analysed. Every case reads as one sentence that names the layer
/// (by position, counting from 1, and name) and the field, the value given and what is allowed.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A model with no layers.
  case emptyModel(name: String)
  /// An input shape with no dimensions, a dimension below 1, or more than 2^62 elements.
  case invalidInputShape(TensorShape)
  /// Two layers with the same name, or a layer named like the model input.
  case duplicateName(index: Int, name: String)
  /// A layer that reads from a name that is neither the input nor an earlier layer.
  case unknownInput(index: Int, name: String, input: String)
  /// A layer whose settings or input shapes are wrong.
  case invalidLayer(index: Int, name: String, field: String, value: String, allowed: String)
  /// A layer that shares parameters with a layer that does not exist or holds a different number.
  case invalidSharing(index: Int, name: String, target: String, reason: String)
  /// An analysis setting (batch size, data size) out of range.
  case invalidSetting(field: String, value: String, allowed: String)

  public var description: String {
    switch self {
    case .emptyModel(let name):
      return "model '\(name)' has no layers: give at least one layer."
    case .invalidInputShape(let shape):
      return
        "input shape must be one or more dimensions of at least 1, such as [3, 224, 224], with at most 2^62 ≈ 4.6e18 elements in all; got \(shape)."
    case .duplicateName(let index, let name):
      return
        "layer \(index) ('\(name)'): name must be unique and not 'input'; '\(name)' is already taken."
    case .unknownInput(let index, let name, let input):
      return
        "layer \(index) ('\(name)'): inputs must name 'input' or an earlier layer; got '\(input)'."
    case .invalidLayer(let index, let name, let field, let value, let allowed):
      return "layer \(index) ('\(name)'): \(field) must be \(allowed); got \(value)."
    case .invalidSharing(let index, let name, let target, let reason):
      return
        "layer \(index) ('\(name)'): shares_parameters_with must name an earlier layer with the same number of parameters; '\(target)' \(reason)."
    case .invalidSetting(let field, let value, let allowed):
      return "\(field) must be \(allowed); got \(value)."
    }
  }
}
