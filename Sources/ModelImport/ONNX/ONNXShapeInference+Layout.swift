/// Operators that move or describe data without arithmetic: Reshape, Flatten, Transpose, Concat,
/// Split, Slice, Gather, Squeeze, Unsqueeze, Expand, Shape, Constant, ConstantOfShape, Range and
/// the reductions. Gather on a weight matrix is an embedding lookup.
extension ONNXShapeInference {
  func layout(_ node: ONNXNode) throws(ModelImportError) -> Result? {
    switch node.op {
    case "Shape":
      let shape = try node.input(0).shape
      let start = try clamp(node.int("start", default: 0), rank: shape.count)
      let end = try clamp(node.int("end", default: shape.count), rank: shape.count)
      let values = Array(shape[start..<max(start, end)])
      return Result(outputs: [ONNXTensor(shape: [values.count], values: values)], layer: "shape")
    case "Size":
      return Result(
        outputs: [ONNXTensor(shape: [], values: [try node.input(0).elementCount])], layer: "shape")
    case "Constant": return try constant(node)
    case "ConstantOfShape":
      let shape = try node.values(0)
      if let problem = ONNXLimits.problem(with: shape) {
        throw node.mismatch("the shape \(shape) has \(problem)")
      }
      let count = shape.reduce(1, *)
      // The fill value: 0 by default, else the attribute's (tracked when it is an integer).
      let fill: Int? =
        node.attribute("value").map { $0.hasT ? ONNXTensor.integerValues(of: $0.t)?.first : nil } ?? 0
      let values = fill.flatMap {
        count <= ONNXLimits.trackedValues ? Array(repeating: $0, count: count) : nil
      }
      return Result(outputs: [ONNXTensor(shape: shape, values: values)], layer: "shape")
    case "Reshape": return try reshape(node)
    case "Flatten":
      let shape = try node.input(0).shape
      let axis = node.int("axis", default: 1)
      let split = axis < 0 ? axis + shape.count : axis
      guard split >= 0, split <= shape.count else {
        throw node.mismatch("axis \(axis) is outside rank \(shape.count)")
      }
      let output = [shape[..<split].reduce(1, *), shape[split...].reduce(1, *)]
      return Result(outputs: [ONNXTensor(shape: output)], layer: "shape")
    case "Transpose":
      let shape = try node.input(0).shape
      let permutation = node.ints("perm") ?? Array((0..<shape.count).reversed())
      guard permutation.sorted() == Array(0..<shape.count) else {
        throw node.mismatch("perm \(permutation) is not a permutation of \(shape.count) axes")
      }
      return Result(outputs: [ONNXTensor(shape: permutation.map { shape[$0] })], layer: "shape")
    case "Concat": return try concat(node)
    case "Split": return try split(node)
    case "Slice": return try slice(node)
    case "Gather": return try gather(node)
    case "GatherElements":
      return Result(outputs: [ONNXTensor(shape: try node.input(1).shape)], layer: "shape")
    case "GatherND": return try gatherND(node)
    case "Squeeze", "Unsqueeze": return try squeeze(node)
    case "Expand":
      let target = try node.values(1)
      let shape = try broadcast(try node.input(0).shape, target, node)
      return Result(outputs: [ONNXTensor(shape: shape)], layer: "shape")
    case "Range":
      let start = try node.values(0)
      let limit = try node.values(1)
      let delta = try node.values(2)
      guard let first = start.first, let end = limit.first, let step = delta.first, step != 0 else {
        throw node.mismatch("start, limit and delta must be scalars with a non-zero delta")
      }
      let count = Self.steps(from: first, to: end, by: step)
      guard count <= ONNXLimits.elements else {
        throw node.mismatch("Range from \(first) to \(end) by \(step) has more than 2^62 elements")
      }
      let values = count <= ONNXLimits.trackedValues ? Array(stride(from: first, to: end, by: step)) : nil
      return Result(outputs: [ONNXTensor(shape: [count], values: values)], layer: "shape")
    case "ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL2", "ArgMax", "ArgMin":
      return try reduce(node)
    default: return nil
    }
  }

  /// How many values `stride(from: start, to: end, by: step)` gives, computed without overflow.
  static func steps(from start: Int, to end: Int, by step: Int) -> Int {
    guard step > 0 ? start < end : start > end else { return 0 }
    let distance = step > 0 ? UInt(bitPattern: end &- start) : UInt(bitPattern: start &- end)
    let steps = (distance - 1) / step.magnitude + 1
    return steps > UInt(Int.max) ? .max : Int(steps)
  }

  private func clamp(_ index: Int, rank: Int) throws(ModelImportError) -> Int {
    min(max(index < 0 ? index + rank : index, 0), rank)
  }

  private func constant(_ node: ONNXNode) throws(ModelImportError) -> Result {
    if let tensor = node.attribute("value")?.t {
      let shape = tensor.dims.map { Int($0) }
      return Result(
        outputs: [ONNXTensor(shape: shape, values: ONNXTensor.integerValues(of: tensor))], layer: "shape")
    }
    if let attribute = node.attribute("value_int") {
      return Result(outputs: [ONNXTensor(shape: [], values: [Int(attribute.i)])], layer: "shape")
    }
    if let attribute = node.attribute("value_ints") {
      return Result(
        outputs: [ONNXTensor(shape: [attribute.ints.count], values: attribute.ints.map { Int($0) })],
        layer: "shape")
    }
    if node.attribute("value_float") != nil {
      return Result(outputs: [ONNXTensor(shape: [])], layer: "shape")
    }
    if let attribute = node.attribute("value_floats") {
      return Result(outputs: [ONNXTensor(shape: [attribute.floats.count])], layer: "shape")
    }
    throw node.mismatch("a Constant needs a value attribute")
  }

  private func reshape(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let input = try node.input(0)
    var target = try node.values(1)
    let allowZero = node.int("allowzero", default: 0) == 1
    for index in target.indices where target[index] == 0 && !allowZero {
      guard index < input.shape.count else {
        throw node.mismatch("shape \(target) copies a missing axis \(index)")
      }
      target[index] = input.shape[index]
    }
    let unknowns = target.indices.filter { target[$0] == -1 }
    guard unknowns.count <= 1, target.allSatisfy({ $0 >= -1 }),
      let known = ONNXLimits.product(target.filter { $0 != -1 })
    else {
      throw node.mismatch("cannot reshape \(input.shape) to \(target)")
    }
    if let unknown = unknowns.first {
      guard known > 0, input.elementCount % known == 0 else {
        throw node.mismatch("cannot reshape \(input.shape) to \(target)")
      }
      target[unknown] = input.elementCount / known
    } else if known != input.elementCount {
      throw node.mismatch("cannot reshape \(input.shape) to \(target)")
    }
    return Result(outputs: [ONNXTensor(shape: target, values: input.values)], layer: "shape")
  }

  private func concat(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let first = try node.input(0)
    let axis = try node.axis(node.int("axis", default: 0), rank: first.shape.count)
    var shape = first.shape
    var values: [Int]? = first.values
    for index in 1..<max(node.inputs.count, 1) {
      let next = try node.input(index)
      guard next.shape.count == shape.count else { throw node.mismatch("inputs differ in rank") }
      guard let sum = ONNXLimits.add(shape[axis], next.shape[axis]) else {
        throw node.mismatch("the joined axis is beyond 2^63")
      }
      shape[axis] = sum
      values = values.flatMap { known in next.values.map { known + $0 } }
    }
    return Result(
      outputs: [ONNXTensor(shape: shape, values: shape.count == 1 ? values : nil)], layer: "shape")
  }

  private func split(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let shape = try node.input(0).shape
    let axis = try node.axis(node.int("axis", default: 0), rank: shape.count)
    let outputs = node.proto.output.count
    var sizes = try node.valuesOrAttribute(1, "split") ?? []
    if sizes.isEmpty {
      let parts = node.int("num_outputs", default: outputs)
      guard parts >= 1, parts <= max(outputs, 1) else {
        throw node.mismatch("num_outputs \(parts) must be from 1 to the node's \(outputs) outputs")
      }
      let size = shape[axis] / parts + (shape[axis] % parts == 0 ? 0 : 1)
      sizes = (0..<parts).map { max(0, min(size, shape[axis] - $0 * size)) }
    }
    guard sizes.count <= max(outputs, 1), sizes.allSatisfy({ $0 >= 0 }),
      ONNXLimits.sum(sizes) == shape[axis]
    else {
      throw node.mismatch("split sizes \(sizes) do not add to \(shape[axis])")
    }
    let tensors = sizes.map { size -> ONNXTensor in
      var part = shape
      part[axis] = size
      return ONNXTensor(shape: part)
    }
    return Result(outputs: tensors, layer: "shape")
  }

  private func slice(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let input = try node.input(0)
    var shape = input.shape
    guard let starts = try node.valuesOrAttribute(1, "starts"),
      let ends = try node.valuesOrAttribute(2, "ends")
    else {
      throw node.mismatch("starts and ends are missing")
    }
    guard starts.count == ends.count, starts.count <= ONNXLimits.rank else {
      throw node.mismatch("starts \(starts) and ends \(ends) differ in length")
    }
    let axes = try node.valuesOrAttribute(3, "axes") ?? Array(0..<starts.count)
    let steps = try node.valuesOrAttribute(4, "steps") ?? Array(repeating: 1, count: starts.count)
    guard axes.count == starts.count, steps.count == starts.count, Set(axes).count == axes.count else {
      throw node.mismatch("starts, ends, axes and steps differ in length or repeat an axis")
    }
    var values = input.values
    for (index, rawAxis) in axes.enumerated() {
      let axis = try node.axis(rawAxis, rank: shape.count)
      let size = shape[axis]
      let step = steps[index]
      guard step != 0 else { throw node.mismatch("a step is zero") }
      func resolve(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value < 0 ? value + size : value, low), high)
      }
      let start = step > 0 ? resolve(starts[index], 0, size) : resolve(starts[index], -1, size - 1)
      let end = step > 0 ? resolve(ends[index], 0, size) : resolve(ends[index], -1, size - 1)
      let count = Self.steps(from: start, to: end, by: step)
      if shape.count == 1, let known = values, known.count == size {
        values = Array(stride(from: start, to: end, by: step).map { known[$0] })
      }
      shape[axis] = count
    }
    return Result(
      outputs: [ONNXTensor(shape: shape, values: shape.count == 1 ? values : nil)], layer: "shape")
  }

  private func gather(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let data = try node.input(0)
    let indices = try node.input(1)
    let axis = try node.axis(node.int("axis", default: 0), rank: data.shape.count)
    let shape = Array(data.shape[..<axis]) + indices.shape + Array(data.shape[(axis + 1)...])
    var values: [Int]?
    if data.shape.count == 1, let known = data.values, let picks = indices.values {
      values = picks.compactMap { index in
        let resolved = index < 0 ? index + known.count : index
        return known.indices.contains(resolved) ? known[resolved] : nil
      }
    }
    let isEmbedding = initializerSizes[node.proto.input[0]] != nil && data.values == nil
    return Result(
      outputs: [ONNXTensor(shape: shape, values: values)], layer: isEmbedding ? "embedding" : "shape")
  }

  /// GatherND (ONNX spec): `indices.shape[:-1] + data.shape[batch_dims + indices.shape[-1]:]`.
  private func gatherND(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let data = try node.input(0).shape
    let indices = try node.input(1).shape
    let batch = node.int("batch_dims", default: 0)
    guard let depth = indices.last, batch >= 0, depth >= 1, batch < indices.count,
      let start = ONNXLimits.add(batch, depth), start <= data.count
    else {
      throw node.mismatch("indices \(indices) do not fit data \(data) with batch_dims \(batch)")
    }
    return Result(
      outputs: [ONNXTensor(shape: Array(indices.dropLast()) + Array(data[start...]))], layer: "shape")
  }

  private func squeeze(_ node: ONNXNode) throws(ModelImportError) -> Result {
    let input = try node.input(0)
    let axes = try node.valuesOrAttribute(1, "axes")
    var shape = input.shape
    if let axes, Set(axes).count != axes.count || axes.count > ONNXLimits.rank {
      throw node.mismatch("axes \(axes) repeat an axis or are too many")
    }
    if node.op == "Unsqueeze" {
      guard let axes else { throw node.mismatch("Unsqueeze needs axes") }
      let rank = shape.count + axes.count
      var resolved: [Int] = []
      for axis in axes { resolved.append(try node.axis(axis, rank: rank)) }
      guard Set(resolved).count == resolved.count else { throw node.mismatch("axes \(axes) repeat an axis") }
      for axis in resolved.sorted() { shape.insert(1, at: axis) }
    } else if let axes {
      var resolved: [Int] = []
      for axis in axes { resolved.append(try node.axis(axis, rank: shape.count)) }
      guard Set(resolved).count == resolved.count else { throw node.mismatch("axes \(axes) repeat an axis") }
      for axis in resolved.sorted(by: >) { shape.remove(at: axis) }
    } else {
      shape.removeAll { $0 == 1 }
    }
    return Result(outputs: [ONNXTensor(shape: shape, values: input.values)], layer: "shape")
  }

  private func reduce(_ node: ONNXNode) throws(ModelImportError) -> Result {
    var shape = try node.input(0).shape
    let keep = node.int("keepdims", default: 1) == 1
    var axes: [Int]
    if node.op.hasPrefix("Arg") {
      axes = [node.int("axis", default: 0)]
    } else {
      axes = try node.valuesOrAttribute(1, "axes") ?? Array(0..<shape.count)
    }
    var resolved: [Int] = []
    for axis in axes { resolved.append(try node.axis(axis, rank: shape.count)) }
    guard Set(resolved).count == resolved.count else { throw node.mismatch("axes \(axes) repeat an axis") }
    for axis in resolved.sorted(by: >) {
      if keep { shape[axis] = 1 } else { shape.remove(at: axis) }
    }
    return Result(outputs: [ONNXTensor(shape: shape)], layer: "reduction")
  }
}
