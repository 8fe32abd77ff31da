/// One node being inferred: its attributes and its inputs' shapes, with errors naming the node.
struct ONNXNode {
  let proto: OnnxSubset_NodeProto
  let inputs: [ONNXTensor?]
  let path: String

  var name: String { proto.name.isEmpty ? (proto.output.first ?? proto.opType) : proto.name }
  var op: String { proto.opType }

  func attribute(_ name: String) -> OnnxSubset_AttributeProto? { proto.attribute.first { $0.name == name } }
  func int(_ name: String, default fallback: Int) -> Int { attribute(name).map { Int($0.i) } ?? fallback }
  func ints(_ name: String) -> [Int]? { attribute(name).map { $0.ints.map { Int($0) } } }
  func string(_ name: String) -> String? { attribute(name).map { String(decoding: $0.s, as: UTF8.self) } }

  /// Whether input `index` is given (ONNX marks an omitted optional input with an empty name).
  func has(_ index: Int) -> Bool { index < proto.input.count && !proto.input[index].isEmpty }

  /// The shape of input `index`, which must be present.
  func input(_ index: Int) throws(ModelImportError) -> ONNXTensor {
    guard index < inputs.count, let tensor = inputs[index] else {
      throw mismatch("input \(index + 1) is missing")
    }
    return tensor
  }

  /// The values of input `index`, which must be a constant (or computed from shapes).
  func values(_ index: Int) throws(ModelImportError) -> [Int] {
    guard let values = try input(index).values else {
      throw mismatch("input \(index + 1) ('\(proto.input[index])') must be a constant the file gives")
    }
    return values
  }

  /// Values from input `index` if present, else from attribute `name` (older opsets).
  func valuesOrAttribute(_ index: Int, _ name: String) throws(ModelImportError) -> [Int]? {
    if has(index) { return try values(index) }
    return ints(name)
  }

  func mismatch(_ reason: String) -> ModelImportError {
    .shapeMismatch(path: path, node: name, operator: op, reason: reason)
  }

  /// `axis` made non-negative for a tensor of `rank` dimensions.
  func axis(_ axis: Int, rank: Int) throws(ModelImportError) -> Int {
    let resolved = axis < 0 ? axis + rank : axis
    guard resolved >= 0, resolved < rank else {
      throw mismatch("axis \(axis) is outside rank \(rank)")
    }
    return resolved
  }
}
