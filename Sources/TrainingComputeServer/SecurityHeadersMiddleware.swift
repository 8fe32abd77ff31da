import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, errors included: a content security policy that
/// lets the page load only its own script, style sheet and API (and the ratio chart as a `data:`
/// image), no framing by other sites, no MIME sniffing, and no referrer sent elsewhere.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The headers added.
  static var headers: HTTPFields {
    var fields = HTTPFields()
    fields[HTTPField.Name("Content-Security-Policy")!] =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "base-uri 'none'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'"
    fields[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    fields[HTTPField.Name("X-Frame-Options")!] = "SAMEORIGIN"
    fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    fields[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    return fields
  }

  /// Built once: the same fields go on every response.
  private let fields = Self.headers

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as any HTTPResponseError {
      response = try error.response(from: request, context: context)
    }
    response.headers.append(contentsOf: fields)
    return response
  }
}
