import Dispatch
import Foundation
import Hummingbird

/// The budget of one request: a wall-clock deadline (body read included) past which the work is
/// cancelled and the client gets a 503 naming the limit, a cap on the response's size (422), and
/// no work for a client that has gone: when the connection closes (or its input ends) before the
/// answer is ready, the work is cancelled too (answered 499, which no one reads).
///
/// The work runs in a task of its own that this middleware always awaits (so nothing outlives the
/// request); `DeadlineWatch` — outside Swift's cooperative thread pool, so busy request threads
/// cannot delay it — cancels that task at the deadline (within 10 ms), and the connection's
/// `ConnectionWatch` (bound by `WatchedHTTP1Channel` on a live server; absent in the router tests)
/// cancels it when the client leaves. Work that checks `Task.isCancelled` (body reads, the model
/// route between its stages, the batch route between rows) stops there.
struct RequestBudgetMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The most time a request may take.
  let deadline: Duration
  /// The largest response body, in bytes.
  let responseLimit: Int

  /// How a request's work ended.
  private enum Outcome {
    case answered(Response)
    case pastDeadline
    case clientLeft
  }

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let deadline = self.deadline
    let connection = ConnectionWatch.current
    let outcome = try await withoutActuallyEscaping(next) { next async throws -> Outcome in
      // `next` runs once, in a task awaited below before this closure returns.
      let work = UncheckedSendable(next)
      let task = Task { try await work.value(request, context) }
      let expiry = Expiry()
      let (seconds, attoseconds) = deadline.components
      let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
      let ticket = DeadlineWatch.shared.watch(until: .now() + .nanoseconds(nanoseconds)) {
        expiry.expire()
        task.cancel()
      }
      defer { DeadlineWatch.shared.forget(ticket) }
      connection?.stopOnDeparture { task.cancel() }
      defer { connection?.forget() }
      do {
        return .answered(
          try await withTaskCancellationHandler {
            try await task.value
          } onCancel: {
            task.cancel()
          })
      } catch {
        if expiry.hasExpired { return .pastDeadline }
        // A cancelled connection task (a shutdown past its grace period) closes the input too;
        // that is not the client leaving.
        if let connection, connection.clientHasLeft, !Task.isCancelled {
          connection.stopped.add()
          return .clientLeft
        }
        throw error
      }
    }
    switch outcome {
    case .pastDeadline:
      throw APIError(status: .serviceUnavailable, message: Self.deadlineMessage(deadline))
    case .clientLeft:
      throw APIError(status: Self.clientClosedRequest, message: Self.departureMessage)
    case .answered(let response):
      if let length = response.body.contentLength, length > responseLimit {
        throw APIError(status: .unprocessableContent, message: Self.sizeMessage(length, limit: responseLimit))
      }
      return response
    }
  }

  /// 499, the status nginx logs for a request whose client closed the connection first.
  static var clientClosedRequest: HTTPResponse.Status {
    .init(code: 499, reasonPhrase: "Client Closed Request")
  }

  /// The sentence for a request whose client left (seen only in logs, or by a client that closed
  /// only its sending half).
  static var departureMessage: String {
    "The client closed the connection before the answer was ready, so the server stopped working on it."
  }

  /// The sentence for a request past its deadline.
  static func deadlineMessage(_ deadline: Duration) -> String {
    let (seconds, attoseconds) = deadline.components
    let limit =
      attoseconds == 0 ? "\(seconds) seconds" : "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    return
      "This request took longer than the server's limit of \(limit) per request and was stopped; send a smaller model or fewer layers."
  }

  /// The sentence for an answer over the size cap.
  static func sizeMessage(_ length: Int, limit: Int) -> String {
    "The answer would be \(size(length)), more than the \(size(limit)) a response may be; send a smaller model (fewer layers or a smaller repeat)."
  }

  /// `bytes` in MiB with one decimal, or in bytes below 1 MiB.
  static func size(_ bytes: Int) -> String {
    bytes < 1_048_576 ? "\(bytes) bytes" : "\((Double(bytes) / 1_048_576 * 10).rounded() / 10) MiB"
  }
}

/// Whether a request's deadline has passed, set by its timer.
final class Expiry: @unchecked Sendable {
  private let lock = NSLock()
  private var expired = false

  /// Marks the deadline as passed.
  func expire() { lock.withLock { expired = true } }

  /// Whether the deadline has passed.
  var hasExpired: Bool { lock.withLock { expired } }
}

/// A value sent to a task that is known to end before its owner does.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
