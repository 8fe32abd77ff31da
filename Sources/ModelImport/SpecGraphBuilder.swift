import TrainingCompute

/// Expands a spec's layer list, repeated blocks included, into graph nodes.
///
/// Inside a repeated block, layers are named `<block>.<i>.<name>` (i from 0, as PyTorch names
/// `h.0.attn`); an input that names a layer of the same block refers to this repetition's copy,
/// and `block_input` refers to whatever fed this repetition.
struct SpecGraphBuilder {
  var graph: ModelGraph
  let path: String
  let isCausalByDefault: Bool

  /// Where a list of layers sits: its label prefix for errors, its name prefix, the names it
  /// declares and the node that feeds it.
  struct Context {
    var label: String
    var prefix: String
    var localNames: Set<String>
    var blockInput: String
    /// Whether an enclosing repeated block is frozen.
    var isFrozen = false
    /// How many repeated blocks enclose this list.
    var depth = 0

    static let top = Context(label: "", prefix: "", localNames: [], blockInput: ModelGraph.inputName)
  }

  mutating func add(_ layers: [SpecValue], context: Context) throws(ModelImportError) {
    var context = context
    context.localNames = Set(
      layers.compactMap { item -> String? in
        guard case .object(let fields) = item, case .string(let name)? = fields["name"] else { return nil }
        return name
      })
    for (index, item) in layers.enumerated() {
      let position = context.label + "layer \(index + 1)"
      guard case .object(let object) = item else {
        throw .invalidSpecField(
          path: path, layer: position, field: "layer", value: item.display, allowed: "an object with a type")
      }
      let name: String? = if case .string(let text)? = object["name"] { text } else { nil }
      if let name, name.count > SpecLimits.nameLength {
        throw .invalidSpecField(
          path: path, layer: position, field: "name", value: "'\(SpecLimits.excerpt(name))'",
          allowed: "at most \(SpecLimits.nameLength) characters")
      }
      let label = position + (name.map { " ('\($0)')" } ?? "")
      var fields = SpecFields(object, path: path, layer: label)
      if object["repeat"] != nil {
        try addRepeat(&fields, name: name, context: context, label: label)
      } else {
        try addLayer(&fields, name: name, context: context, index: index)
      }
    }
  }

  mutating func addRepeat(
    _ fields: inout SpecFields, name: String?, context: Context, label: String
  ) throws(ModelImportError) {
    let count = try fields.int("repeat")
    guard count >= 1 else { throw fields.error("repeat", String(count), allowed: "at least 1") }
    _ = fields.value("name")
    let isFrozen = try fields.bool("frozen", default: false) || context.isFrozen
    guard case .array(let layers)? = fields.value("layers"), !layers.isEmpty else {
      throw fields.error("layers", "nothing", allowed: "a non-empty list of the layers to repeat")
    }
    try fields.checkAllRead(kind: "a repeated block")
    // The expanded layer count was checked against `SpecLimits.layers` before building began.
    guard context.depth < SpecLimits.blockDepth else {
      throw fields.error(
        "repeat", "a block nested \(context.depth + 1) deep",
        allowed: "in blocks nested at most \(SpecLimits.blockDepth) deep")
    }
    for repetition in 0..<count {
      let inner = Context(
        label: label + " > ", prefix: context.prefix + "\(name ?? "block").\(repetition).", localNames: [],
        blockInput: graph.nodes.last?.name ?? ModelGraph.inputName, isFrozen: isFrozen,
        depth: context.depth + 1)
      try add(layers, context: inner)
    }
  }

  mutating func addLayer(
    _ fields: inout SpecFields, name: String?, context: Context, index: Int
  ) throws(ModelImportError) {
    guard let type = try fields.string("type") else {
      throw fields.error("type", "nothing", allowed: "given, such as linear, conv2d or lstm")
    }
    _ = fields.value("name")
    let inputs = try fields.strings("inputs").map { resolve($0, in: context) }
    if let long = inputs.first(where: { $0.count > SpecLimits.nameLength + context.prefix.count }) {
      throw fields.error(
        "inputs", "'\(SpecLimits.excerpt(long))'",
        allowed: "names of at most \(SpecLimits.nameLength) characters")
    }
    let isFrozen = try fields.bool("frozen", default: false) || context.isFrozen
    let shared = try fields.string("shares_parameters_with").map { resolve($0, in: context) }
    let layer = try SpecLayerFactory.layer(
      type: type.lowercased(), fields: &fields, isCausalByDefault: isCausalByDefault)
    try fields.checkAllRead(kind: type)
    let nodeName = context.prefix + (name ?? "\(type.lowercased())\(graph.nodes.count + 1)")
    graph.append(layer, name: nodeName, inputs: inputs, isFrozen: isFrozen, sharesParametersWith: shared)
  }

  func resolve(_ input: String, in context: Context) -> String {
    if input == "block_input" { return context.blockInput }
    return context.localNames.contains(input) ? context.prefix + input : input
  }
}
