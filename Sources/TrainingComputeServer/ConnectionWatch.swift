import Foundation
import HummingbirdCore
import Logging
import NIOCore

/// Whether the client of one connection is still there, and how to stop the request being answered
/// on it when the client leaves.
///
/// One per connection: `WatchedHTTP1Channel` makes it when the connection opens, hands it to
/// `ClientDepartureHandler` (which calls `clientLeft()`) and binds it to `current` for the
/// connection's task, in which every request of the connection is answered; the request's budget
/// (`RequestBudgetMiddleware`) calls `stopOnDeparture` and `forget`. HTTP/1.1 answers a
/// connection's requests one after another, so one slot holds the request being answered, and
/// nothing accumulates on a keep-alive connection.
final class ConnectionWatch: @unchecked Sendable {
  /// The watch of the connection the current task answers; `nil` outside a live server (the router
  /// tests).
  @TaskLocal static var current: ConnectionWatch?

  /// The server's count of requests stopped this way.
  let stopped: StoppedRequests
  private let lock = NSLock()
  private var hasLeft = false
  private var stop: (@Sendable () -> Void)?

  /// A watch counting into `stopped`.
  init(counting stopped: StoppedRequests) {
    self.stopped = stopped
  }

  /// Whether the client has closed the connection (or the sending half of it).
  var clientHasLeft: Bool { lock.withLock { hasLeft } }

  /// Calls `stop` when the client leaves, until `forget` is called; at once if it has left already.
  func stopOnDeparture(_ stop: @escaping @Sendable () -> Void) {
    let leftAlready = lock.withLock {
      if !hasLeft { self.stop = stop }
      return hasLeft
    }
    if leftAlready { stop() }
  }

  /// Drops the request's `stop` (its work is over).
  func forget() {
    lock.withLock { stop = nil }
  }

  /// Marks the client as gone and stops the request being answered, if any.
  func clientLeft() {
    let stop = lock.withLock {
      hasLeft = true
      defer { self.stop = nil }
      return self.stop
    }
    stop?()
  }
}

/// The number of requests a server stopped because their client left before the answer was ready.
final class StoppedRequests: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  /// Counts one more.
  func add() { lock.withLock { count += 1 } }

  /// How many so far.
  var total: Int { lock.withLock { count } }
}

/// Tells a connection's watch when its client leaves: the connection closes, or its input ends.
///
/// The server allows half-closed connections, so a client that closes its socket shows up first as
/// the end of its input (`ChannelEvent.inputClosed`), not as a closed channel; an HTTP/1.1 client
/// waiting for an answer does not close its sending half, so both count as leaving, as Go's
/// `net/http` has done since 1.8 (golang/go#18527) and hyper does by default (hyperium/hyper#1981).
/// First in the pipeline, so no handler can hide either event from it.
final class ClientDepartureHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = NIOAny

  private let watch: ConnectionWatch

  init(_ watch: ConnectionWatch) {
    self.watch = watch
  }

  func channelInactive(context: ChannelHandlerContext) {
    watch.clientLeft()
    context.fireChannelInactive()
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    if case .inputClosed? = event as? ChannelEvent { watch.clientLeft() }
    context.fireUserInboundEventTriggered(event)
  }
}

/// Hummingbird's HTTP/1.1 channel with a `ConnectionWatch` per connection, bound to
/// `ConnectionWatch.current` while the connection's requests are answered.
struct WatchedHTTP1Channel: ServerChildChannel {
  /// The HTTP/1.1 channel's value and the connection's watch.
  struct Value: ServerChildChannelValue {
    let http: HTTP1Channel.Value
    let watch: ConnectionWatch
    var channel: any Channel { http.channel }
  }

  let http: HTTP1Channel
  let stopped: StoppedRequests

  func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
    let watch = ConnectionWatch(counting: stopped)
    return http.setup(channel: channel, logger: logger).flatMapThrowing { http in
      try channel.pipeline.syncOperations.addHandler(ClientDepartureHandler(watch), position: .first)
      return Value(http: http, watch: watch)
    }
  }

  func handle(value: Value, logger: Logger) async {
    await ConnectionWatch.$current.withValue(value.watch) {
      await http.handle(value: value.http, logger: logger)
    }
  }
}

extension HTTPServerBuilder {
  /// HTTP/1.1 as `http1(configuration:)` builds it, with each connection watched for its client
  /// leaving (`WatchedHTTP1Channel`); the requests stopped that way are counted in `stopped`.
  static func watchedHTTP1(configuration: HTTP1Channel.Configuration, stopped: StoppedRequests)
    -> HTTPServerBuilder
  {
    HTTPServerBuilder { responder in
      WatchedHTTP1Channel(
        http: HTTP1Channel(responder: responder, configuration: configuration), stopped: stopped)
    }
  }
}
