import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TrainingCompute
import TrainingComputeServer

/// Runs `body` against the router in memory.
func withRouter(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
  let app = Application(router: buildRouter())
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
