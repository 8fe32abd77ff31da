public import Hummingbird

/// One route of the JSON API: its method, its path as OpenAPI writes it (`/api/v1/hardware/{name}`),
/// the request body fields it takes, and its handler. The router is built from `APIRoute.all`,
/// and the OpenAPI test reads the same list, so the document cannot leave a route out unnoticed.
public struct APIRoute: Sendable {
  /// The HTTP method.
  public var method: HTTPRequest.Method
  /// The path, with `{parameter}` placeholders.
  public var path: String
  /// The JSON body fields the route reads (empty for routes without a body).
  public var requestFields: [String]
  /// Decodes the request, calls the core and renders the result.
  let handler: @Sendable (Request, BasicRequestContext) async throws -> Response

  init(
    _ method: HTTPRequest.Method, _ path: String, requestFields: [String] = [],
    handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> some ResponseGenerator
  ) {
    self.method = method
    self.path = path
    self.requestFields = requestFields
    self.handler = { request, context in
      try await handler(request, context).response(from: request, context: context)
    }
  }

  /// Every route the API serves.
  public static var all: [APIRoute] {
    EstimateController.routes + BestEstimateController.routes + ModelController.routes
      + HardwareController.routes + ReportController.routes + PlanController.routes
      + [openAPI, health]
  }

  /// `GET /health`: `ok` as plain text while the server runs (for load balancers and probes).
  static let health = APIRoute(.get, "/health") { _, _ in "ok" }

  /// The OpenAPI 3.1 document describing every route.
  static let openAPI = APIRoute(.get, "/api/v1/openapi.json") { _, _ in
    guard let bytes = StaticAsset.named("openapi.json")?.bytes else {
      throw APIError(status: .notFound, message: "The OpenAPI document is missing from this build.")
    }
    return JSONResponse(body: bytes)
  }
}
