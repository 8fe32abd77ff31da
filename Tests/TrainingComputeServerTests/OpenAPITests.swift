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

  /// The field names a schema's `oneOf` alternatives require, followed through `allOf` references.
  static func alternatives(_ schema: [String: Any], in schemas: [String: Any]) -> [[[String]]] {
    var groups: [[[String]]] = []
    if let oneOf = schema["oneOf"] as? [[String: Any]] {
      groups.append(oneOf.map { $0["required"] as? [String] ?? [] })
    }
    for part in schema["allOf"] as? [[String: Any]] ?? [] {
      let name = String((part["$ref"] as? String ?? "").split(separator: "/").last ?? "")
      if let referenced = schemas[name] as? [String: Any] { groups += alternatives(referenced, in: schemas) }
    }
    return groups
  }

  /// The POST routes whose request fields come in "one of" alternatives.
  static let routesWithAlternatives: Set<String> = [
    "/api/v1/estimate/operations", "/api/v1/estimate/hardware", "/api/v1/estimate/compare", "/api/v1/model",
  ]

  /// A valid body for each estimate route.
  static let validBodies: [String: [String: String]] = [
    "/api/v1/estimate/operations": ["params": "1B", "tokens": "20B"],
    "/api/v1/estimate/hardware": ["peak": "1e15", "count": "8", "days": "1"],
    "/api/v1/estimate/compare": ["params": "1B", "tokens": "20B", "peak": "1e15", "count": "8", "days": "1"],
  ]

  /// The documented "one of" rules name only fields the route takes, and the server refuses two
  /// alternatives of one rule given together (422), as `oneOf` says.
  @Test func oneOfRulesAreTheServersRules() async throws {
    try await withRouter { client in
      let document = try await Self.document(client)
      let schemas = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
      let paths = document["paths"] as? [String: [String: Any]] ?? [:]
      var checked = 0
      // The routes whose fields come in alternatives (the estimate, model and report routes take
      // any subset or one document, and have no "one of" rule to state).
      for route in APIRoute.all
      where route.method == .post && Self.routesWithAlternatives.contains(route.path) {
        let operation = paths[route.path]?["post"] as? [String: Any]
        let content = ((operation?["requestBody"] as? [String: Any])?["content"] as? [String: Any])?[
          "application/json"]
        let reference = ((content as? [String: Any])?["schema"] as? [String: Any])?["$ref"] as? String ?? ""
        let schema = schemas[String(reference.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
        let groups = Self.alternatives(schema, in: schemas)
        #expect(!groups.isEmpty, "\(route.path) documents no oneOf rule")
        for group in groups {
          #expect(group.count >= 2, "\(route.path): a oneOf with one alternative")
          #expect(Set(group.joined()).isSubset(of: Set(route.requestFields)), "\(route.path): \(group)")
          guard let valid = Self.validBodies[route.path], group.count >= 2 else { continue }
          // A valid request plus the first field of two alternatives: refused, naming both.
          var fields = valid
          for name in [group[0][0], group[1][0]] { fields[name] = "1" }
          let body =
            "{"
            + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }
            .joined(separator: ", ") + "}"
          let response = try await client.post(route.path, json: body)
          #expect(response.status == .unprocessableContent, "\(route.path) \(body)")
          let message = try response.decoded(ErrorBody.self).error
          #expect(message.contains(group[0][0]) && message.contains(group[1][0]), "\(message)")
          checked += 1
        }
      }
      #expect(checked >= 6)
    }
  }
}
