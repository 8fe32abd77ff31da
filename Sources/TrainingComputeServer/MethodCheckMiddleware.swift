import Hummingbird

/// Answers a request for a known address with a method it does not take (TRACE, DELETE, POST to a
/// page …) with a 405 and an `Allow` header listing the methods it does take, instead of the
/// router's 404.
struct MethodCheckMiddleware<Context: RequestContext>: RouterMiddleware {
  /// Every address served, with its methods.
  let routes: RouteTable

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      // Only the router's own 404 (no route for this method) arrives as an `HTTPError`; a 404 of
      // ours (an unknown chip) is an `APIError` and passes untouched.
      guard let allowed = routes.methods(for: request.uri.path) else { throw error }
      let names = allowed.map(\.rawValue).joined(separator: ", ")
      var refusal = APIError(
        status: .methodNotAllowed,
        message:
          "\(request.uri.path.prefix(200)) answers \(names), not \(request.method.rawValue.prefix(20)).")
      refusal.extraHeaders[.allow] = names
      throw refusal
    }
  }
}

/// The addresses a router serves and the methods each takes (`GET` also answers `HEAD`).
struct RouteTable: Sendable {
  private var entries: [(segments: [Substring], methods: Set<String>)] = []

  /// Records that `path` (with `{parameter}` segments) answers `method`.
  mutating func add(_ path: String, _ method: HTTPRequest.Method) {
    let segments = Self.segments(path)
    let names: Set<String> = method == .get ? ["GET", "HEAD"] : [method.rawValue]
    if let index = entries.firstIndex(where: { $0.segments == segments }) {
      entries[index].methods.formUnion(names)
    } else {
      entries.append((segments, names))
    }
  }

  /// The methods `path` answers, sorted, or `nil` when no route has that address.
  func methods(for path: String) -> [HTTPRequest.Method]? {
    let given = Self.segments(path)
    guard
      let entry = entries.first(where: { entry in
        entry.segments.count == given.count
          && zip(entry.segments, given).allSatisfy { pattern, part in
            pattern.hasPrefix("{") || pattern == part
          }
      })
    else { return nil }
    return entry.methods.sorted().compactMap { HTTPRequest.Method($0) }
  }

  private static func segments(_ path: String) -> [Substring] {
    path.split(separator: "/", omittingEmptySubsequences: true)
  }
}
