extension ModelReport {
  /// The JSON document of `trainflops model`.
  struct Document: Encodable {
    var model: String
    var inputShape: TensorShape
    var batchSize: Int
    var optimizer: String
    var counting: String
    var layers: [Layer]
    var totals: Totals
    var estimate: Estimate?

    init(_ analysis: BackwardAnalysis, estimate: Estimate?) {
      model = analysis.model
      inputShape = analysis.inputShape
      batchSize = analysis.batchSize
      optimizer = analysis.optimizer.rawValue
      counting = analysis.counting.rawValue
      layers = analysis.layers.map { Layer($0, counting: analysis.counting) }
      totals = Totals(analysis)
      self.estimate = estimate
    }

    enum CodingKeys: String, CodingKey {
      case model, optimizer, counting, layers, totals, estimate
      case inputShape = "input_shape"
      case batchSize = "batch_size"
    }
  }

  /// One layer's row in JSON: FLOP as counted, plus the matrix and element-wise split.
  struct Layer: Encodable, JSONFieldsWritable {
    var name: String
    var kind: String
    var outputShape: TensorShape
    var parameters: Int
    var isFrozen: Bool
    var needsInputGradient: Bool
    var forward: Double
    var forwardMatrix: Double
    var forwardElementwise: Double
    var inputGradient: Double
    var weightGradient: Double

    init(_ layer: LayerAnalysis, counting: FLOPCounting) {
      name = layer.name
      kind = layer.kind
      outputShape = layer.outputShape
      parameters = layer.parameters
      isFrozen = layer.isFrozen
      needsInputGradient = layer.needsInputGradient
      forward = layer.forward.counted(counting).value
      forwardMatrix = layer.forward.matrix.value
      forwardElementwise = layer.forward.elementwise.value
      inputGradient = layer.inputGradient.counted(counting).value
      weightGradient = layer.weightGradient.counted(counting).value
    }

    /// The fields in key order, for `JSONTextEncoder` (a model has thousands of rows).
    func writeFields(to object: inout JSONObjectWriter) throws(JSONObjectWriter.NotFinite) {
      try object.field("forward_elementwise_flop", forwardElementwise)
      try object.field("forward_flop", forward)
      try object.field("forward_matrix_flop", forwardMatrix)
      try object.field("input_gradient_flop", inputGradient)
      object.field("is_frozen", isFrozen)
      object.field("kind", kind)
      object.field("name", name)
      object.field("needs_input_gradient", needsInputGradient)
      object.field("output_shape", outputShape.dimensions)
      object.field("parameters", parameters)
      try object.field("weight_gradient_flop", weightGradient)
    }

    enum CodingKeys: String, CodingKey {
      case name, kind, parameters
      case outputShape = "output_shape"
      case isFrozen = "is_frozen"
      case needsInputGradient = "needs_input_gradient"
      case forward = "forward_flop"
      case forwardMatrix = "forward_matrix_flop"
      case forwardElementwise = "forward_elementwise_flop"
      case inputGradient = "input_gradient_flop"
      case weightGradient = "weight_gradient_flop"
    }
  }

  /// Totals per example.
  struct Totals: Encodable {
    var parameters: Int
    var trainableParameters: Int
    var forward: Double
    var forwardMatrix: Double
    var forwardElementwise: Double
    var inputGradient: Double
    var weightGradient: Double
    var updatePerStep: Double
    var updatePerExample: Double
    var backward: Double
    var ratio: Double

    init(_ analysis: BackwardAnalysis) {
      parameters = analysis.parameters
      trainableParameters = analysis.trainableParameters
      forward = analysis.forward.value
      forwardMatrix = analysis.forwardBreakdown.matrix.value
      forwardElementwise = analysis.forwardBreakdown.elementwise.value
      inputGradient = analysis.inputGradient.value
      weightGradient = analysis.weightGradient.value
      updatePerStep = analysis.updatePerStep.value
      updatePerExample = analysis.updatePerExample.value
      backward = analysis.backward.value
      ratio = analysis.ratio
    }

    enum CodingKeys: String, CodingKey {
      case parameters
      case trainableParameters = "trainable_parameters"
      case forward = "forward_flop"
      case forwardMatrix = "forward_matrix_flop"
      case forwardElementwise = "forward_elementwise_flop"
      case inputGradient = "input_gradient_flop"
      case weightGradient = "weight_gradient_flop"
      case updatePerStep = "update_flop"
      case updatePerExample = "update_flop_per_example"
      case backward = "backward_flop"
      case ratio = "backward_forward_ratio"
    }
  }
}
