import Hummingbird

/// Refuses a request whose `Host` header names a host this server does not answer
/// (`ServerOptions.hosts`) with a 421: a page on another site that points its own name at
/// 127.0.0.1 (DNS rebinding) cannot reach the API, because the browser still sends that name.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The names answered.
  let policy: HostPolicy

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard policy.allows(request.head.authority) else {
      throw APIError(status: .misdirectedRequest, message: Self.message(for: request.head.authority))
    }
    return try await next(request, context)
  }

  /// The sentence for a refused `Host` (`nil` when the request had none).
  static func message(for authority: String?) -> String {
    guard let authority, let name = HostPolicy.hostName(authority) else {
      return
        "This server answers only requests addressed to localhost or a loopback address, and this one has no Host header."
    }
    let shown = name.count > 80 ? name.prefix(80) + "…" : Substring(name)
    return
      "This server answers only requests addressed to localhost or a loopback address, not to '\(shown)'; start it with --allowed-host \(shown) to answer that name (behind a proxy, for example)."
  }
}
