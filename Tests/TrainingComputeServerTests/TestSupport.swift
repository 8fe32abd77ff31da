import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TrainingCompute
import TrainingComputeServer

/// The server's router as the tests use it: the production one with a request deadline of five
/// minutes instead of ten seconds. The deadline guards a live server against slow requests (its
/// own tests set it to 1 ms); in this process, `swift test` runs CPU-heavy suites in parallel on
/// the two threads of Swift's cooperative pool, which can keep a request's task from starting for
/// more than ten seconds, and the 503 that follows says nothing about the route under test.
func testRouter() -> Router<BasicRequestContext> {
  var options = ServerOptions()
  options.requestDeadline = .seconds(300)
  return buildRouter(options: options)
}

/// Runs `body` against the router in memory.
func withRouter(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
  let app = Application(router: testRouter())
  try await app.test(.router) { client in try await body(client) }
}

extension TestClientProtocol {
  /// POSTs `json` (raw text, so tests can send malformed JSON) to `path`.
  func post(_ path: String, json: String) async throws -> TestResponse {
    try await execute(
      uri: path, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json))
  }

  /// GETs `path`.
  func get(_ path: String) async throws -> TestResponse {
    try await execute(uri: path, method: .get)
  }
}

extension TestResponse {
  /// The body as bytes.
  var data: Data { Data(body.readableBytesView) }

  /// The body decoded as `type`.
  func decoded<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: data) }

  /// The body as a JSON object.
  func object() throws -> [String: Any] {
    (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
  }
}

/// The API's error body.
struct ErrorBody: Decodable {
  var error: String
  var field: String?
}

/// Whether `a` and `b` agree to a relative tolerance.
func isClose(_ a: Double, _ b: Double, relativeTolerance: Double = 1e-12) -> Bool {
  abs(a - b) <= relativeTolerance * max(abs(a), abs(b))
}
