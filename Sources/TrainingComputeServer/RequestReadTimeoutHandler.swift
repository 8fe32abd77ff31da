import NIOCore
import NIOHTTPTypes

/// Closes a connection that is slow to send a request: its head must be complete within
/// `headerTimeout` of the connection opening (or of the previous response ending), and its body
/// within `bodyTimeout` of the head. NIO's idle timeout alone would let a client trickle one byte
/// at a time forever; this bounds the total. While a request is being answered no timer runs
/// (the request's own deadline, `RequestBudgetMiddleware`, covers that).
final class RequestReadTimeoutHandler: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  private let headerTimeout: TimeAmount
  private let bodyTimeout: TimeAmount
  private var timer: Scheduled<Void>?
  /// Requests whose head has arrived and whose response has not ended.
  private var requestsInFlight = 0

  init(headerTimeout: TimeAmount, bodyTimeout: TimeAmount) {
    self.headerTimeout = headerTimeout
    self.bodyTimeout = bodyTimeout
  }

  func handlerAdded(context: ChannelHandlerContext) {
    if context.channel.isActive { arm(headerTimeout, context: context) }
  }

  func channelActive(context: ChannelHandlerContext) {
    if timer == nil { arm(headerTimeout, context: context) }
    context.fireChannelActive()
  }

  func channelInactive(context: ChannelHandlerContext) {
    disarm()
    context.fireChannelInactive()
  }

  func handlerRemoved(context: ChannelHandlerContext) { disarm() }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head:
      requestsInFlight += 1
      arm(bodyTimeout, context: context)
    case .end: disarm()
    case .body: break
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    if case .end = unwrapOutboundIn(data) {
      requestsInFlight -= 1
      if requestsInFlight <= 0 {
        requestsInFlight = 0
        arm(headerTimeout, context: context)
      }
    }
    context.write(data, promise: promise)
  }

  private func arm(_ amount: TimeAmount, context: ChannelHandlerContext) {
    timer?.cancel()
    let channel = context.channel
    timer = context.eventLoop.scheduleTask(in: amount) { channel.close(promise: nil) }
  }

  private func disarm() {
    timer?.cancel()
    timer = nil
  }
}
