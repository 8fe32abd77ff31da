public import Hummingbird
import Logging

/// Builds the router: the JSON API under `/api/v1/` (see `APIRoute.all`) and the calculator page
/// at `/` with its script and style sheet. Errors become JSON responses in `APIErrorMiddleware`.
public func buildRouter(logRequests: Bool = false) -> Router<BasicRequestContext> {
  let router = Router()
  if logRequests { router.middlewares.add(LogRequestsMiddleware(.info)) }
  router.middlewares.add(APIErrorMiddleware())
  router.get("/health") { _, _ in "ok" }
  for route in APIRoute.all {
    router.on(RouterPath(route.path), method: route.method) { request, context in
      try await route.handler(request, context)
    }
  }
  router.get("/") { _, _ in try page("index.html") }
  for name in ["app.js", "style.css"] {
    router.get(RouterPath("/" + name)) { _, _ in try page(name) }
  }
  return router
}

/// The application: the router on `host:port`, logging one line per request.
public func buildApplication(host: String, port: Int) -> some ApplicationProtocol {
  Application(
    router: buildRouter(logRequests: true),
    configuration: .init(address: .hostname(host, port: port), serverName: "trainflops-server"))
}

private func page(_ name: String) throws -> Response {
  guard let asset = StaticAsset.named(name) else {
    throw APIError(status: .notFound, message: "\(name) is missing from this build.")
  }
  return Response(
    status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
    body: ResponseBody(byteBuffer: ByteBuffer(string: asset.text)))
}
