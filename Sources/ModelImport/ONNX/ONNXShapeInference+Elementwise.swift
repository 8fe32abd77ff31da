/// Element-wise, activation and normalization operators: the output has the (broadcast) shape of
/// the inputs. Integer arithmetic on shape values is carried out so that Reshape, Slice and Range
/// downstream know their sizes. No FLOP are counted for them, as FlopCounterMode counts none.
extension ONNXShapeInference {
  static let unaryOperators: Set<String> = [
    "Relu", "Gelu", "Tanh", "Sigmoid", "Erf", "Exp", "Log", "Neg", "Abs", "Sqrt", "Reciprocal", "Not", "Cast",
    "CastLike", "Identity", "Dropout", "Clip", "LeakyRelu", "Elu", "Selu", "Celu", "Softplus", "Softsign",
    "HardSigmoid", "HardSwish", "Mish", "Floor", "Ceil", "Round", "Sign", "Sin", "Cos", "IsNaN", "IsInf",
    "Softmax", "LogSoftmax", "Hardmax", "CumSum", "Trilu", "ThresholdedRelu", "Shrink",
  ]
  static let normalizationOperators: Set<String> = [
    "BatchNormalization", "LayerNormalization", "InstanceNormalization", "GroupNormalization",
    "SimplifiedLayerNormalization", "RMSNormalization", "LpNormalization", "MeanVarianceNormalization",
  ]
  static let broadcastOperators: Set<String> = [
    "Add", "Sub", "Mul", "Div", "Pow", "Mod", "Max", "Min", "Sum", "Mean", "Where", "Equal", "Less",
    "LessOrEqual",
    "Greater", "GreaterOrEqual", "And", "Or", "Xor", "PRelu", "BitShift",
  ]

  func elementwise(_ node: ONNXNode) throws(ModelImportError) -> Result? {
    if Self.unaryOperators.contains(node.op) {
      let x = try node.input(0)
      let passesValues = ["Cast", "CastLike", "Identity", "Neg", "Abs"].contains(node.op)
      var values = passesValues ? x.values : nil
      // Int.min has no negation in `Int`: such values are not tracked.
      if node.op == "Neg" || node.op == "Abs", values?.contains(.min) == true { values = nil }
      if node.op == "Neg" { values = values?.map { -$0 } }
      if node.op == "Abs" { values = values?.map { abs($0) } }
      let layer = ["Softmax", "LogSoftmax", "Hardmax"].contains(node.op) ? "softmax" : "elementwise"
      let output = ONNXTensor(shape: x.shape, values: values)
      return Result(outputs: [output, ONNXTensor(shape: x.shape)], layer: layer)
    }
    if Self.normalizationOperators.contains(node.op) {
      let x = try node.input(0)
      return Result(outputs: [ONNXTensor(shape: x.shape)], layer: "normalization")
    }
    guard Self.broadcastOperators.contains(node.op) else { return nil }
    var shape = try node.input(0).shape
    for index in 1..<max(node.inputs.count, 1) { shape = try broadcast(shape, node.input(index).shape, node) }
    let values = node.op == "Where" ? try choose(node, shape: shape) : try arithmetic(node, shape: shape)
    return Result(outputs: [ONNXTensor(shape: shape, values: values)], layer: "elementwise")
  }

  /// Where on known values: the second input's value where the condition is non-zero, else the
  /// third's (shape arithmetic in Transformers' exports: `Where(Equal(shape, -1), 1, shape)`).
  private func choose(_ node: ONNXNode, shape: [Int]) throws(ModelImportError) -> [Int]? {
    guard node.inputs.count == 3, let elements = ONNXLimits.product(shape),
      elements <= ONNXLimits.trackedValues,
      let condition = try node.input(0).values, let x = try node.input(1).values,
      let y = try node.input(2).values
    else { return nil }
    let operands = [condition, x, y]
    // Only flat broadcasting (every operand one value or all of them) is followed.
    guard operands.allSatisfy({ $0.count == elements || $0.count == 1 }), elements >= 1 else { return nil }
    return (0..<elements).map { index in
      let pick = { (values: [Int]) in values[values.count == 1 ? 0 : index] }
      return pick(condition) != 0 ? pick(x) : pick(y)
    }
  }

  /// Integer results of Add/Sub/Mul/Div/Max/Min on known values (shape arithmetic).
  private func arithmetic(_ node: ONNXNode, shape: [Int]) throws(ModelImportError) -> [Int]? {
    guard node.inputs.count == 2, let elements = ONNXLimits.product(shape),
      elements <= ONNXLimits.trackedValues,
      let a = try node.input(0).values, let b = try node.input(1).values,
      !a.isEmpty, !b.isEmpty
    else { return nil }
    let count = max(a.count, b.count)
    guard a.count == count || a.count == 1, b.count == count || b.count == 1 else { return nil }
    var result: [Int] = []
    for index in 0..<count {
      let x = a[a.count == 1 ? 0 : index]
      let y = b[b.count == 1 ? 0 : index]
      // Values come from the file: any result that leaves `Int` is simply not tracked.
      let value: (partialValue: Int, overflow: Bool)
      switch node.op {
      case "Add": value = x.addingReportingOverflow(y)
      case "Sub": value = x.subtractingReportingOverflow(y)
      case "Mul": value = x.multipliedReportingOverflow(by: y)
      case "Div":
        guard y != 0 else { return nil }
        value = x.dividedReportingOverflow(by: y)
      case "Equal": value = (x == y ? 1 : 0, false)
      case "Max": value = (max(x, y), false)
      case "Min": value = (min(x, y), false)
      default: return nil
      }
      guard !value.overflow else { return nil }
      result.append(value.partialValue)
    }
    return result
  }
}
