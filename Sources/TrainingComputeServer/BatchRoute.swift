import HTTPTypes
import Hummingbird
import TrainingCompute

/// `POST /api/v1/batch`: a CSV (with a header row) or JSON Lines body, one best estimate per row,
/// rendered as the CLI's `batch` renders it. `?input=csv|jsonl` (else from the content type,
/// else CSV) and `?format=json|jsonl|csv|markdown` (default json). Rows that fail are reported
/// in the body; the `failed-rows` header counts them.
enum BatchRoute {
  /// The largest batch body read, in bytes (a larger one is answered 413).
  static let bodyLimit = 4 * 1024 * 1024
  /// The most rows one request may hold; more is answered 413.
  static let rowLimit = 10_000

  static func respond(to request: Request) async throws -> Response {
    var request = request
    let input = try inputFormat(request)
    let output = try outputFormat(request)
    let buffer = try await request.collectBody(upTo: bodyLimit)
    let text = String(buffer: buffer)
    var reader = BatchReader(format: input)
    var run = BatchRun(format: output, parallel: false)
    var body = run.header
    do {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        // Once the request is cancelled (past its deadline, or its client left), stop between rows
        // (`RequestBudgetMiddleware` answers).
        try Task.checkCancellation()
        if let item = try reader.read(String(line)) {
          body += run.add(item)
          if run.rows > rowLimit {
            throw APIError(
              status: .contentTooLarge,
              message: "The batch has more than \(rowLimit) rows; send at most \(rowLimit) rows per request.")
          }
        }
      }
    } catch let failure as BatchFailure {
      throw APIError(status: .unprocessableContent, message: failure.description, field: failure.column)
    }
    if let item = reader.finish() { body += run.add(item) }
    body += run.finish()
    let failed = run.failed
    var headers: HTTPFields = [.contentType: contentType(output)]
    if let name = HTTPField.Name("failed-rows") { headers[name] = String(failed) }
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
  }

  private static func inputFormat(_ request: Request) throws -> BatchReader.Format {
    if let text = request.uri.queryParameters.get("input") {
      guard let format = BatchReader.Format(rawValue: text) else {
        throw APIError(
          status: .unprocessableContent, message: "input must be one of csv, jsonl; got '\(text)'.",
          field: "input")
      }
      return format
    }
    let type = request.headers[.contentType]?.lowercased() ?? ""
    return type.contains("ndjson") || type.contains("jsonl") || type.contains("json-lines") ? .jsonl : .csv
  }

  private static func outputFormat(_ request: Request) throws -> BatchOutput.Format {
    guard let text = request.uri.queryParameters.get("format") else { return .json }
    guard let format = BatchOutput.Format(rawValue: text) else {
      throw APIError(
        status: .unprocessableContent,
        message:
          "format must be one of \(BatchOutput.Format.allCases.map(\.rawValue).joined(separator: ", ")); got '\(text)'.",
        field: "format")
    }
    return format
  }

  private static func contentType(_ format: BatchOutput.Format) -> String {
    switch format {
    case .json: JSONResponse.contentType
    case .jsonl: "application/jsonl; charset=utf-8"
    case .csv: "text/csv; charset=utf-8"
    case .markdown: "text/markdown; charset=utf-8"
    }
  }
}
