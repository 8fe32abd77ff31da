import Dispatch
import Foundation
import Hummingbird

/// The budget of one request: a wall-clock deadline (body read included) past which the work is
/// cancelled and the client gets a 503 naming the limit, and a cap on the response's size (422).
///
/// The work runs in a task of its own that this middleware always awaits (so nothing outlives the
/// request); `DeadlineWatch` — outside Swift's cooperative thread pool, so busy request threads
/// cannot delay it — cancels that task at the deadline (within 10 ms). Work that checks `Task.isCancelled` (body
/// reads, the model route between its stages) stops there, and the answer is the 503.
struct RequestBudgetMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The most time a request may take.
  let deadline: Duration
  /// The largest response body, in bytes.
  let responseLimit: Int

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let deadline = self.deadline
    let response: Response? = try await withoutActuallyEscaping(next) { next async throws -> Response? in
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
      do {
        return try await withTaskCancellationHandler {
          try await task.value
        } onCancel: {
          task.cancel()
        }
      } catch {
        if expiry.hasExpired { return nil }
        throw error
      }
    }
    guard let response else {
      throw APIError(status: .serviceUnavailable, message: Self.deadlineMessage(deadline))
    }
    if let length = response.body.contentLength, length > responseLimit {
      throw APIError(status: .unprocessableContent, message: Self.sizeMessage(length, limit: responseLimit))
    }
    return response
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
