import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TrainingComputeServer

#if canImport(Glibc)
  import Glibc
#endif

/// The defences that need a real connection: the `Host` check and the read timeouts, through a
/// live server on 127.0.0.1 spoken to with raw HTTP/1.1 over a socket.
struct ServerConnectionTests {
  /// `exchange` on a thread of its own: a blocking socket call on Swift's cooperative pool would
  /// starve the in-process server (and every other test) of the threads it needs to answer.
  static func exchangeOffPool(port: Int, _ text: String, pause: Double = 0) async throws -> String {
    try await offPool { try exchange(port: port, text, pause: pause) }
  }

  /// `work` on a thread of its own (see `exchangeOffPool`).
  static func offPool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
      Thread { continuation.resume(with: Result { try work() }) }.start()
    }
  }

  /// Sends `text` to the live server on `port`, waits `pause` seconds, and returns what comes back
  /// (see `receive`).
  static func exchange(port: Int, _ text: String, pause: Double = 0) throws -> String {
    let descriptor = try connectedSocket(port: port)
    defer { close(descriptor) }
    _ = text.utf8CString.withUnsafeBufferPointer { send(descriptor, $0.baseAddress, $0.count - 1, 0) }
    if pause > 0 { usleep(UInt32(pause * 1_000_000)) }
    return receive(descriptor)
  }

  /// What the server sends on `descriptor` up to the end of a response head or the connection's
  /// end: "" when the server closed (or reset) it without answering, a note when it did neither
  /// within 30 s or the socket failed.
  static func receive(_ descriptor: Int32) -> String {
    // Generous: a passing test never waits for it (the answer or the close comes first), and a
    // machine loaded by parallel builds can delay the server's timers by seconds.
    var timeout = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = recv(descriptor, &buffer, buffer.count, 0)
      if count < 0 {
        let failure = errno
        // A server that closes a connection with bytes of it unread resets it: a close too.
        if failure == ECONNRESET { break }
        if failure == EAGAIN || failure == EWOULDBLOCK { return "(no answer and no close within 30 s)" }
        return "(recv failed with errno \(failure))"
      }
      if count == 0 { break }
      received += buffer[..<count]
      if String(decoding: received, as: UTF8.self).contains("\r\n\r\n") { break }
    }
    return String(decoding: received, as: UTF8.self)
  }

  /// A socket connected to the live server on `port` (on 127.0.0.1); the caller closes it.
  static func connectedSocket(port: Int) throws -> Int32 {
    // Close-on-exec: a browser or command a test starts must not keep this connection open.
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw SocketFailure(step: "socket") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(descriptor)
      throw SocketFailure(step: "connect")
    }
    return descriptor
  }

  @Test(arguments: [
    ("localhost:8080", true), ("127.0.0.1", true), ("[::1]:80", true), ("app.localhost", true),
    ("evil.example", false), ("127.0.0.1.evil.example", false), ("localhost.evil.example:80", false),
    ("", false),
    ("10.0.0.1", false),
  ])
  func loopbackPolicyAnswersOnlyLoopbackNames(authority: String, allowed: Bool) {
    #expect(HostPolicy.loopback().allows(authority) == allowed)
  }

  @Test func namesGivenToTheServerAreAnsweredToo() {
    let options = ServerOptions(listeningOn: "127.0.0.1", extraHosts: ["Calc.Example.org"])
    #expect(options.hosts.allows("calc.example.org:443"))
    #expect(!options.hosts.allows("other.example.org"))
    #expect(ServerOptions(listeningOn: "0.0.0.0").hosts == .any)
    #expect(ServerOptions(listeningOn: "127.0.0.1", extraHosts: ["*"]).hosts == .any)
  }

  @Test func foreignHostIsA421() async throws {
    let app = buildApplication(host: "127.0.0.1", port: 0, options: ServerOptions())
    try await app.test(.live) { client in
      let port = try #require(client.port)
      let refused = try await Self.exchangeOffPool(
        port: port, "GET /health HTTP/1.1\r\nHost: evil.example\r\n\r\n")
      #expect(refused.hasPrefix("HTTP/1.1 421"), "\(refused)")
      let answered = try await Self.exchangeOffPool(
        port: port, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
      #expect(answered.hasPrefix("HTTP/1.1 200"), "\(answered)")
    }
  }

  @Test func slowHeadersAreCutOff() async throws {
    var options = ServerOptions()
    options.headerTimeout = .milliseconds(300)
    // Only the header timeout may close the connection within the test's wait.
    options.idleTimeout = .seconds(3_600)
    let app = buildApplication(host: "127.0.0.1", port: 0, options: options)
    try await app.test(.live) { client in
      let port = try #require(client.port)
      // The head never ends: the server must close the connection without an answer.
      let slow = try Self.connectedSocket(port: port)
      defer { close(slow) }
      let head = "GET /health HTTP/1.1\r\nHost: localhost\r\n"
      _ = head.utf8CString.withUnsafeBufferPointer { send(slow, $0.baseAddress, $0.count - 1, 0) }
      // A whole request on a second connection is answered, so the server has accepted the first
      // one (the listening queue is first in, first out) and its header timer is running: however
      // long other tests kept the server's tasks waiting, the close is due within 300 ms from here.
      let answered = try await Self.exchangeOffPool(
        port: port, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
      #expect(answered.hasPrefix("HTTP/1.1 200"), "\(answered)")
      let answer = try await Self.offPool { Self.receive(slow) }
      #expect(answer == "")
    }
  }
}

/// A socket call that failed in a connection test.
struct SocketFailure: Error {
  var step: String
}
