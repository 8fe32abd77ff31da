import Hummingbird
import TrainingCompute

/// `POST /api/v1/estimate/{operations,hardware,compare}`: the CLI's `ops`, `gpu` and `compare`.
/// Each handler reads the body's fields, builds the same core values the CLI builds, and renders
/// the core's estimate as JSON; no formula lives here.
enum EstimateController {
  static let routes = [
    APIRoute(.post, "/api/v1/estimate/operations", requestFields: OperationInputs.fieldNames) {
      request, _ in
      try operations(try await RequestFields.read(from: request, allowed: OperationInputs.fieldNames))
    },
    APIRoute(.post, "/api/v1/estimate/hardware", requestFields: HardwareInputs.fieldNames) { request, _ in
      try hardware(try await RequestFields.read(from: request, allowed: HardwareInputs.fieldNames))
    },
    APIRoute(.post, "/api/v1/estimate/throughput", requestFields: MeasuredThroughput.Inputs.fieldNames) {
      request, _ in
      let fields = try await RequestFields.read(from: request, allowed: MeasuredThroughput.Inputs.fieldNames)
      var inputs = MeasuredThroughput.Inputs()
      for name in MeasuredThroughput.Inputs.fieldNames { inputs[field: name] = fields[name] }
      return try JSONResponse(try MeasuredThroughput(inputs).estimate())
    },
    APIRoute(.post, "/api/v1/estimate/compare", requestFields: compareFields) { request, _ in
      try compare(try await RequestFields.read(from: request, allowed: compareFields))
    },
  ]

  /// The fields of both methods.
  static let compareFields = OperationInputs.fieldNames + HardwareInputs.fieldNames

  /// Method 1's answer to the fields of a request.
  static func operations(_ fields: RequestFields) throws -> JSONResponse {
    try JSONResponse(try fields.operationInputs.operationCount().estimate())
  }

  /// Method 2's answer.
  static func hardware(_ fields: RequestFields) throws -> JSONResponse {
    try JSONResponse(try fields.hardwareInputs.estimate())
  }

  /// Both methods reconciled.
  static func compare(_ fields: RequestFields) throws -> JSONResponse {
    try JSONResponse(
      try Reconciliation(
        operations: try fields.operationInputs.operationCount(),
        hardware: try fields.hardwareInputs.hardwareUsage()))
  }
}
