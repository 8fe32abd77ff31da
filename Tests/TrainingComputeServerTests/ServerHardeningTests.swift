import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// The defences of issue 8 item 4, through the router in memory: JSON bodies only, 405 with
/// `Allow`, HEAD, security headers on every response, the request's deadline and response cap.
struct ServerHardeningTests {
  static let estimate = "/api/v1/estimate/operations"
  static let body = #"{"params": "1B", "tokens": "20B"}"#

  @Test func textPlainBodyIsA415() async throws {
    try await withRouter { client in
      let response = try await client.execute(
        uri: Self.estimate, method: .post, headers: [.contentType: "text/plain"],
        body: ByteBuffer(string: Self.body))
      #expect(response.status == .unsupportedMediaType)
      let error = try response.decoded(ErrorBody.self)
      #expect(
        error.error
          == "The request body must be JSON sent with Content-Type: application/json, and this one was sent as 'text/plain'."
      )
    }
  }

  @Test func bodyWithoutContentTypeIsA415() async throws {
    try await withRouter { client in
      let response = try await client.execute(
        uri: Self.estimate, method: .post, body: ByteBuffer(string: Self.body))
      #expect(response.status == .unsupportedMediaType)
      #expect(
        try response.decoded(ErrorBody.self).error.hasSuffix("this one was sent without a Content-Type."))
    }
  }

  /// Two `Content-Type` fields make a list, which is no media type (RFC 9110 §8.3: the field
  /// holds one), even when both name JSON.
  @Test func twoContentTypesAreA415() async throws {
    try await withRouter { client in
      var headers = HTTPFields()
      headers.append(HTTPField(name: .contentType, value: "application/json"))
      headers.append(HTTPField(name: .contentType, value: "application/json"))
      let response = try await client.execute(
        uri: Self.estimate, method: .post, headers: headers, body: ByteBuffer(string: Self.body))
      #expect(response.status == .unsupportedMediaType)
      #expect(
        try response.decoded(ErrorBody.self).error.hasSuffix(
          "this one was sent as 'application/json, application/json'."))
    }
  }

  @Test func jsonWithCharsetIsAccepted() async throws {
    try await withRouter { client in
      let response = try await client.execute(
        uri: Self.estimate, method: .post, headers: [.contentType: "Application/JSON; charset=utf-8"],
        body: ByteBuffer(string: Self.body))
      #expect(response.status == .ok)
    }
  }

  @Test(arguments: [
    ("/api/v1/estimate/operations", HTTPRequest.Method.trace, "POST"),
    ("/api/v1/estimate/operations", .get, "POST"),
    ("/api/v1/hardware/H100", .delete, "GET, HEAD"),
    ("/", .post, "GET, HEAD"),
    ("/health", .put, "GET, HEAD"),
  ])
  func wrongMethodIsA405WithAllow(path: String, method: HTTPRequest.Method, allow: String) async throws {
    try await withRouter { client in
      let response = try await client.execute(uri: path, method: method)
      #expect(response.status == .methodNotAllowed)
      #expect(response.headers[.allow] == allow)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error == "\(path) answers \(allow), not \(method.rawValue).")
    }
  }

  @Test func unknownAddressStaysA404() async throws {
    try await withRouter { client in
      let response = try await client.execute(uri: "/api/v1/nothing", method: .trace)
      #expect(response.status == .notFound)
    }
  }

  @Test(arguments: ["/", "/health", "/api/v1/hardware", "/api/v1/hardware/H100", "/app.js"])
  func headAnswersLikeGetWithoutBody(path: String) async throws {
    try await withRouter { client in
      let get = try await client.execute(uri: path, method: .get)
      let head = try await client.execute(uri: path, method: .head)
      #expect(head.status == .ok)
      #expect(head.body.readableBytes == 0)
      #expect(head.headers[.contentLength] == String(get.body.readableBytes))
      #expect(head.headers[.contentType] == get.headers[.contentType])
    }
  }

  /// Every kind of answer — a page, JSON, a 404, a 405, a 415, a 422 — carries the headers.
  @Test(arguments: [
    ("/", HTTPRequest.Method.get, ""), ("/api/v1/hardware", .get, ""), ("/nowhere", .get, ""),
    ("/health", .trace, ""), (estimate, .post, "x"), (estimate, .post, #"{"params": -1, "tokens": 1}"#),
  ])
  func everyResponseCarriesSecurityHeaders(path: String, method: HTTPRequest.Method, body: String)
    async throws
  {
    try await withRouter { client in
      let response = try await client.execute(
        uri: path, method: method, headers: body == "x" ? [:] : [.contentType: "application/json"],
        body: body.isEmpty ? nil : ByteBuffer(string: body))
      let csp = response.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
      #expect(csp.contains("default-src 'none'"))
      #expect(csp.contains("script-src 'self'"))
      #expect(csp.contains("frame-ancestors 'self'"))
      #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
      #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "SAMEORIGIN")
      #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
    }
  }

  @Test func responseOverTheCapIsA422NamingTheLimit() async throws {
    var options = ServerOptions()
    options.responseLimit = 100
    let app = Application(router: buildRouter(options: options))
    try await app.test(.router) { client in
      let response = try await client.get("/api/v1/hardware")
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.error.hasPrefix("The answer would be "))
      #expect(error.error.contains(" bytes, more than the 100 bytes a response may be;"))
    }
  }

  @Test func requestPastItsDeadlineIsA503NamingTheLimit() async throws {
    var options = ServerOptions()
    options.requestDeadline = .milliseconds(1)
    // 4,000 dense layers take far longer than 1 ms to read and analyse, even in a release build.
    let layers = Array(repeating: #"{"type": "linear", "in_features": 64, "out_features": 64}"#, count: 4_000)
      .joined(separator: ",")
    let spec = #"{"name": "deep", "input_shape": [64], "layers": [\#(layers)]}"#
    let body = String(data: try JSONEncoder().encode(["spec": spec]), encoding: .utf8) ?? ""
    let app = Application(router: buildRouter(options: options))
    try await app.test(.router) { client in
      let response = try await client.post("/api/v1/model", json: body)
      #expect(response.status == .serviceUnavailable)
      let error = try response.decoded(ErrorBody.self)
      #expect(
        error.error
          == "This request took longer than the server's limit of 1 ms per request and was stopped; send a smaller model or fewer layers."
      )
    }
  }

  @Test func batchPastItsDeadlineStopsBetweenRowsWithA503() async throws {
    var options = ServerOptions()
    options.requestDeadline = .milliseconds(1)
    // 10,000 rows, each a full estimate, take far longer than 1 ms; the route checks for
    // cancellation between rows, so the answer is the 503, not the finished batch.
    let rows = Array(repeating: "1B,20B", count: 10_000).joined(separator: "\n")
    let app = Application(router: buildRouter(options: options))
    try await app.test(.router) { client in
      let response = try await client.execute(
        uri: "/api/v1/batch", method: .post, headers: [.contentType: "text/csv"],
        body: ByteBuffer(string: "params,tokens\n" + rows))
      #expect(response.status == .serviceUnavailable)
      #expect(
        try response.decoded(ErrorBody.self).error
          == "This request took longer than the server's limit of 1 ms per request and was stopped; send a smaller model or fewer layers."
      )
    }
  }

  @Test func healthIsDocumentedAndAnswersOK() async throws {
    try await withRouter { client in
      let response = try await client.get("/health")
      #expect(response.status == .ok)
      #expect(String(buffer: response.body) == "ok")
      let document = try await client.get("/api/v1/openapi.json").object()
      let paths = document["paths"] as? [String: Any]
      #expect((paths?["/health"] as? [String: Any])?["get"] != nil)
    }
  }
}
