import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// Keeps `/api/v1/openapi.json` true: every route the router serves is documented with its
/// method, every documented operation is served, and the documented request properties are
/// exactly the fields the decoder takes.
struct OpenAPITests {
  /// The served document, parsed.
  static func document(_ client: any TestClientProtocol) async throws -> [String: Any] {
    let response = try await client.get("/api/v1/openapi.json")
    #expect(response.status == .ok)
    return try response.object()
  }

  /// `(METHOD, path)` for every operation the document describes.
  static func documentedOperations(_ document: [String: Any]) -> Set<String> {
    let paths = document["paths"] as? [String: [String: Any]] ?? [:]
    return Set(paths.flatMap { path, item in item.keys.map { "\($0.uppercased()) \(path)" } })
  }

  @Test func documentIsOpenAPI31() async throws {
    try await withRouter { client in
      let document = try await Self.document(client)
      #expect(document["openapi"] as? String == "3.1.0")
      #expect((document["info"] as? [String: Any])?["title"] != nil)
    }
  }

  @Test func everyServedRouteIsDocumentedAndViceVersa() async throws {
    let served = Set(APIRoute.all.map { "\($0.method.rawValue) \($0.path)" })
    try await withRouter { client in
      let documented = Self.documentedOperations(try await Self.document(client))
      #expect(served == documented)
      // And the router really answers each documented operation (no 404 from a missing route).
      for operation in documented {
        let parts = operation.split(separator: " ", maxSplits: 1)
        let path = String(parts[1]).replacingOccurrences(of: "{name}", with: "V100")
        let response = try await client.execute(
          uri: path, method: .init(rawValue: String(parts[0])) ?? .get, body: ByteBuffer(string: "{}"))
        #expect(response.status != .notFound, "\(operation) is not served")
      }
    }
  }

  @Test func documentedRequestPropertiesAreTheDecodersFields() async throws {
    try await withRouter { client in
      let document = try await Self.document(client)
      let schemas = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
      let paths = document["paths"] as? [String: [String: Any]] ?? [:]
      for route in APIRoute.all {
        let operation = paths[route.path]?[route.method.rawValue.lowercased()] as? [String: Any]
        let body = operation?["requestBody"] as? [String: Any]
        let content = (body?["content"] as? [String: Any])?["application/json"] as? [String: Any]
        let reference = (content?["schema"] as? [String: Any])?["$ref"] as? String
        guard let reference else {
          #expect(route.requestFields.isEmpty, "\(route.path) takes fields but documents no body")
          continue
        }
        let name = String(reference.split(separator: "/").last ?? "")
        let schema = schemas[name] as? [String: Any]
        let properties = Set((schema?["properties"] as? [String: Any])?.keys ?? [:].keys)
        #expect(properties == Set(route.requestFields), "\(route.path): \(name)")
        #expect(schema?["additionalProperties"] as? Bool == false)
      }
    }
  }
}
