/// One layer of a model graph: a unique name, the layer, the names of the nodes it reads
/// (`input` for the model input; empty means the node just before it), whether its parameters
/// are frozen, and the node whose parameters it reuses, if any (tied weights).
public struct ModelNode: Sendable {
  /// A name unique in the model; `input` is reserved for the model input.
  public var name: String
  /// The layer.
  public var layer: any Layer
  /// Names of the nodes read, in order; empty means the previous node (or the model input).
  public var inputs: [String]
  /// Whether the layer's parameters are frozen: no weight gradient, no update.
  public var isFrozen: Bool
  /// The earlier node whose parameters this one reuses (as GPT-2's output layer reuses the token
  /// embedding): they are counted and updated once, though both nodes compute weight gradients.
  public var sharesParametersWith: String?

  /// A node.
  public init(
    name: String, layer: any Layer, inputs: [String] = [], isFrozen: Bool = false,
    sharesParametersWith: String? = nil
  ) {
    self.name = name
    self.layer = layer
    self.inputs = inputs
    self.isFrozen = isFrozen
    self.sharesParametersWith = sharesParametersWith
  }
}
