public import Hummingbird
import Logging
import ModelImport
import TrainingCompute

/// The one place where failures become HTTP responses: the core's `EstimateError` becomes a 422
/// naming the field, and Hummingbird's own errors (unknown route, body too large) keep their
/// status but get the same JSON body. Anything else is a bug of ours: logged, and answered 500
/// with one sentence.
public struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
  /// A middleware for a router's middleware group.
  public init() {}

  /// Runs the rest of the chain, translating its errors.
  public func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as APIError {
      throw error
    } catch let error as EstimateError {
      throw APIError(error)
    } catch let error as ModelImportFailure {
      throw APIError(status: .unprocessableContent, message: error.error.description, field: error.field)
    } catch let error as ModelImportError {
      throw APIError(status: .unprocessableContent, message: error.description, field: "spec")
    } catch let error as ModelError {
      throw APIError(status: .unprocessableContent, message: error.description)
    } catch let error as HTTPError {
      throw APIError(status: error.status, message: error.body ?? Self.sentence(for: error.status))
    } catch let error as any HTTPResponseError {
      throw APIError(status: error.status, message: Self.sentence(for: error.status))
    } catch {
      // A bug of ours: logged for us, one sentence for the client (never the raw error text).
      context.logger.error("Unexpected error answering \(request.method) \(request.uri.path): \(error)")
      throw APIError(
        status: .internalServerError,
        message:
          "The server could not answer this request because of a fault in trainflops; please report it.")
    }
  }

  /// A sentence for a status Hummingbird raised without one.
  static func sentence(for status: HTTPResponse.Status) -> String {
    switch status {
    case .notFound:
      return "There is nothing at this address; the API lives under /api/v1/ (see /api/v1/openapi.json)."
    case .contentTooLarge:
      return
        "The request body is larger than allowed: \(RequestFields.bodyLimit / 1024) KiB for estimates, \(RequestFields.modelBodyLimit / 1_048_576) MiB for a model."
    case .methodNotAllowed: return "This address does not answer that HTTP method; see /api/v1/openapi.json."
    case .requestTimeout: return "The request took too long to arrive and was dropped."
    default: return status.reasonPhrase
    }
  }
}
