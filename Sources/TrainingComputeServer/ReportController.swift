import Foundation
import Hummingbird
import ModelImport
import TrainingCompute

/// `POST /api/v1/report`: the CLI's `report` command. The body is `{"ledger": …, "format": …}`
/// where `ledger` is the ledger as YAML or JSON text, or as a JSON object, and `format` is json
/// (the default), markdown or html. Model files cannot be read here: stages give their facts.
enum ReportController {
  /// The request fields.
  static let fields = ["ledger", "format"]

  static let routes = [
    APIRoute(.post, "/api/v1/report", requestFields: fields) { request, _ in
      var request = request
      let buffer = try await request.collectBody(upTo: LedgerReader.maximumBytes + 4096)
      let (text, format) = try parse(Data(buffer.readableBytesView))
      let report: LedgerReport
      do throws(LedgerError) {
        report = try LedgerReporting.report(
          text: text, path: "request body", modelFileDirectory: nil, generatedAt: LedgerReporting.now())
      } catch {
        throw APIError(status: .unprocessableContent, message: error.description, field: "ledger")
      }
      let rendered = try format.render(report)
      return Response(
        status: .ok, headers: [.contentType: format.contentType],
        body: ResponseBody(byteBuffer: ByteBuffer(string: rendered)))
    }
  ]

  /// The ledger text and the format from a request body: 400 when it is not a JSON object, 422
  /// naming the field when a key is unknown or a value has the wrong type.
  static func parse(_ body: Data) throws(APIError) -> (text: String, format: LedgerReportFormat) {
    guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
      throw APIError(
        status: .badRequest,
        message:
          "The request body must be a JSON object such as {\"ledger\": \"model: …\", \"format\": \"markdown\"}; it could not be read as one."
      )
    }
    for key in object.keys.sorted() where !fields.contains(key) {
      throw APIError(
        status: .unprocessableContent,
        message: "\(key) is not a field of this request; fields allowed: \(fields.joined(separator: ", ")).",
        field: key)
    }
    var format = LedgerReportFormat.json
    if let value = object["format"], !(value is NSNull) {
      guard let name = value as? String, let chosen = LedgerReportFormat(rawValue: name) else {
        throw APIError(
          status: .unprocessableContent,
          message: "format must be one of json, markdown, html; got \(describe(value)).", field: "format")
      }
      format = chosen
    }
    switch object["ledger"] {
    case let text as String:
      return (text, format)
    case let ledger as [String: Any]:
      guard
        let data = try? JSONSerialization.data(withJSONObject: ledger, options: [.sortedKeys]),
        let text = String(data: data, encoding: .utf8)
      else {
        throw APIError(
          status: .unprocessableContent, message: "ledger could not be read as JSON.", field: "ledger")
      }
      return (text, format)
    default:
      throw APIError(
        status: .unprocessableContent,
        message: "ledger is missing: give the ledger as YAML or JSON text, or as a JSON object.",
        field: "ledger")
    }
  }

  private static func describe(_ value: Any) -> String {
    if let text = value as? String { return "'\(text)'" }
    return "\(value)"
  }
}
