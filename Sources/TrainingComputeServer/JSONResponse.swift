public import Hummingbird
import TrainingCompute

/// A 200 response whose body is JSON text rendered by the core's `JSONOutput` — the same bytes
/// the CLI prints with `--format json`.
public struct JSONResponse: ResponseGenerator {
  /// The content type of every JSON body the API sends.
  public static let contentType = "application/json; charset=utf-8"
  /// The JSON text's bytes.
  public var body: ByteBuffer

  /// A response carrying `value` encoded the project's way (sorted keys, pretty-printed).
  public init(_ value: some Encodable) throws {
    body = try JSONOutput.withBytes(of: value) { ByteBuffer(bytes: $0) }
  }

  /// A response carrying JSON text already rendered.
  public init(text: String) { body = ByteBuffer(string: text) }

  /// A response carrying the bytes of JSON text already rendered (shared, not copied).
  public init(body: ByteBuffer) { self.body = body }

  /// The response, status 200.
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    Response(status: .ok, headers: [.contentType: Self.contentType], body: ResponseBody(byteBuffer: body))
  }
}
