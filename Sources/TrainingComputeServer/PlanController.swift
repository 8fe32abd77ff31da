import Hummingbird
import TrainingCompute

/// `POST /api/v1/plan`: the CLI's `plan` without a model file. The body's fields are the CLI's long
/// flags without dashes; the handler fills the same `PlanInputs` and renders the core's `Plan`.
enum PlanController {
  static let routes = [
    APIRoute(.post, "/api/v1/plan", requestFields: PlanInputs.fieldNames) { request, _ in
      let fields = try await RequestFields.read(from: request, allowed: PlanInputs.fieldNames)
      return try JSONResponse(try fields.planInputs.setup().plan())
    }
  ]
}

extension RequestFields {
  /// The plan's fields.
  var planInputs: PlanInputs {
    var inputs = PlanInputs()
    for name in PlanInputs.fieldNames { inputs[field: name] = self[name] }
    return inputs
  }
}
