public import Hummingbird
public import TrainingCompute

/// A failed request as the client sees it: an HTTP status and the JSON body
/// `{"error": "<one sentence>", "field": "<request field, when one is to blame>"}`.
///
/// Every failure reaches the client through this type: `APIErrorMiddleware` turns the core's
/// `EstimateError` and Hummingbird's own errors into one of these, in that one place.
public struct APIError: HTTPResponseError, Equatable {
  /// The HTTP status: 400 malformed JSON, 404 unknown route or chip, 405 a method the address
  /// does not answer, 413 body too large, 415 a body that is not JSON, 421 a foreign `Host`,
  /// 422 valid JSON with a bad value, 499 a request whose client closed the connection first (no
  /// one reads it), 503 a request past its deadline.
  public var status: HTTPResponse.Status
  /// The sentence shown to the user.
  public var message: String
  /// The request field the message is about, if any.
  public var field: String?
  /// Headers sent besides the content type (`Allow` on a 405).
  public var extraHeaders: HTTPFields = [:]

  /// An error with the given status, sentence and field.
  public init(status: HTTPResponse.Status, message: String, field: String? = nil) {
    self.status = status
    self.message = message
    self.field = field
  }

  /// The core's error as a 422, naming the request field it is about.
  public init(_ error: EstimateError) {
    self.init(status: .unprocessableContent, message: error.description, field: error.requestField)
  }

  /// The response headers: the body is JSON.
  public var headers: HTTPFields {
    var headers: HTTPFields = [.contentType: JSONResponse.contentType]
    headers.append(contentsOf: extraHeaders)
    return headers
  }

  /// The JSON body `{"error": …, "field": …}`.
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    let text = try JSONOutput.string(Body(error: message, field: field))
    return Response(
      status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  struct Body: Codable {
    var error: String
    var field: String?
  }
}

extension EstimateError {
  /// The request field (a CLI long flag without dashes) the error is about, or `nil` when it is
  /// about a group of fields (such as "the forward work").
  var requestField: String? {
    let named: String
    switch self {
    case .notANumber(let field, _), .notFinite(let field, _), .notPositive(let field, _),
      .negative(let field, _), .outOfRange(let field, _, _), .notWholeNumber(let field, _),
      .invalidDuration(let field, _), .missingInput(let field, _), .unknownOption(let field, _, _):
      named = field
    case .conflictingInputs(let fields): named = fields.first ?? ""
    case .unknownHardware: named = "hardware"
    case .precisionUnavailable, .unknownPrecision: named = "precision"
    case .resultTooLarge, .resultTooSmall: named = ""
    }
    return named.contains(" ") || named.isEmpty ? nil : named
  }
}
