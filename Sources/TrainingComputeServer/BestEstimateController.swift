import Hummingbird
import TrainingCompute

/// `POST /api/v1/estimate` (the CLI's `estimate`), `POST /api/v1/batch` (its `batch`) and
/// `GET /api/v1/fields` (the table of fields both read). Handlers parse, call the core and
/// render; the fields come from `Fields.all`, so the API takes exactly what the CLI takes.
enum BestEstimateController {
  static let routes = [
    APIRoute(.post, "/api/v1/estimate", requestFields: Fields.names) { request, _ in
      let fields = try await RequestFields.read(from: request, allowed: Fields.names)
      let pairs = Fields.names.compactMap { name in fields[name].map { (name, $0) } }
      return try JSONResponse(try bestEstimate(try TrainingFacts(pairs)))
    },
    APIRoute(.post, "/api/v1/batch") { request, _ in try await BatchRoute.respond(to: request) },
    APIRoute(.get, "/api/v1/fields") { _, _ in try JSONResponse(Fields.all.map(FieldDescription.init)) },
  ]
}

/// One field as `GET /api/v1/fields` describes it.
struct FieldDescription: Encodable {
  var name: String
  var kind: String
  var unit: String
  var meaning: String
  var allowed: String
  var aliases: [String]
  var choices: [String]

  init(_ field: Field) {
    name = field.name
    kind = field.kind.rawValue
    unit = field.unit
    meaning = field.meaning
    allowed = field.allowed
    aliases = field.aliases
    choices = field.choices
  }
}
