public import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// Builds the router: the JSON API under `/api/v1/` (see `APIRoute.all`), `/health`, and the
/// calculator page at `/` with its script and style sheet. Every GET route also answers HEAD.
///
/// Middleware, outermost first: security headers on every response; the `Host` check; errors
/// become JSON (`APIErrorMiddleware`); a known address asked with another method gets a 405; the
/// request's budget (deadline, response size, and the client still being there).
public func buildRouter(options: ServerOptions = .init(), logRequests: Bool = false) -> Router<
  BasicRequestContext
> {
  let routes = APIRoute.all
  let pages = [
    ("/", "index.html"), ("/app.js", "app.js"), ("/style.css", "style.css"),
    ("/check.js", "check.js"), ("/best.js", "best.js"), ("/model.js", "model.js"), ("/plan.js", "plan.js"),
    ("/ledger.js", "ledger.js"), ("/ledger-stage.js", "ledger-stage.js"), ("/batch.js", "batch.js"),
    ("/catalog.js", "catalog.js"),
  ]
  var table = RouteTable()
  for (path, _) in pages { table.add(path, .get) }
  for route in routes { table.add(route.path, route.method) }

  let router = Router(options: .autoGenerateHeadEndpoints)
  if logRequests { router.middlewares.add(LogRequestsMiddleware(.info)) }
  router.middlewares.add(SecurityHeadersMiddleware())
  router.middlewares.add(HostCheckMiddleware(policy: options.hosts))
  router.middlewares.add(APIErrorMiddleware())
  router.middlewares.add(MethodCheckMiddleware(routes: table))
  router.middlewares.add(
    RequestBudgetMiddleware(deadline: options.requestDeadline, responseLimit: options.responseLimit))

  for route in routes {
    router.on(RouterPath(route.path), method: route.method) { request, context in
      try await route.handler(request, context)
    }
  }
  for (path, name) in pages {
    router.get(RouterPath(path)) { _, _ in try page(name) }
  }
  return router
}

/// The application: the router on `host:port` with the connection timeouts of `options`,
/// logging one line per request when `logRequests` is set. Each connection is watched for its
/// client leaving, which stops the request being answered on it (`RequestBudgetMiddleware`).
public func buildApplication(
  host: String, port: Int, options: ServerOptions, logRequests: Bool = false
) -> some ApplicationProtocol {
  buildApplication(
    host: host, port: port, options: options, logRequests: logRequests, stopped: StoppedRequests())
}

/// The application, counting in `stopped` the requests it stops because their client left.
func buildApplication(
  host: String, port: Int, options: ServerOptions, logRequests: Bool = false, stopped: StoppedRequests
) -> some ApplicationProtocol {
  let timeouts = (header: TimeAmount(options.headerTimeout), body: TimeAmount(options.bodyTimeout))
  return Application(
    router: buildRouter(options: options, logRequests: logRequests),
    server: .watchedHTTP1(
      configuration: .init(
        additionalChannelHandlers: [
          RequestReadTimeoutHandler(headerTimeout: timeouts.header, bodyTimeout: timeouts.body)
        ],
        idleTimeout: TimeAmount(options.idleTimeout)),
      stopped: stopped),
    configuration: .init(address: .hostname(host, port: port), serverName: "trainflops-server"))
}

/// Runs the server until SIGTERM or SIGINT, then shuts down gracefully: it stops accepting
/// connections, lets requests in flight finish for up to `options.shutdownDeadline`, then
/// cancels what is left.
public func runServer(host: String, port: Int, options: ServerOptions, logRequests: Bool = false) async throws
{
  let app = buildApplication(host: host, port: port, options: options, logRequests: logRequests)
  var configuration = ServiceGroupConfiguration(
    services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger)
  configuration.maximumGracefulShutdownDuration = options.shutdownDeadline
  configuration.maximumCancellationDuration = .seconds(5)
  try await ServiceGroup(configuration: configuration).run()
}

private func page(_ name: String) throws -> Response {
  guard let asset = StaticAsset.named(name) else {
    throw APIError(status: .notFound, message: "\(name) is missing from this build.")
  }
  return Response(
    status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
    body: ResponseBody(byteBuffer: asset.bytes))
}
