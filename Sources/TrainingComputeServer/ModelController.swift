import Foundation
import Hummingbird
import ModelImport
import TrainingCompute

/// `POST /api/v1/model`: a model spec (JSON or YAML text, or a pasted Hugging Face config) or an
/// uploaded file (`file_base64`, see `ModelUpload`) → the per-layer table, the backward/forward
/// ratio, the ratio by batch size with its SVG chart, and — with `examples` or `tokens` — the
/// training compute, and the importer's notes (what it assumed or chose for a model file, as the
/// command line prints them); `"kind"` says which response it is. The core does every count; this
/// only reads the fields and puts the core's renderings side by side.
enum ModelController {
  /// The fields the model route takes.
  static let fields = [
    "spec", "file_base64", "filename", "dims", "seq-len", "attention", "family", "freeze", "matmul-only",
    "batch-size", "optimizer", "examples", "tokens", "epochs",
  ]

  /// Batch sizes of the ratio chart: powers of two from 1 to 65,536.
  static let chartBatchSizes = (0...16).map { 1 << $0 }

  static let routes = [
    APIRoute(.post, "/api/v1/model", requestFields: fields) { request, _ in
      let fields = try await RequestFields.read(
        from: request, allowed: fields, limit: RequestFields.modelBodyLimit)
      return JSONResponse(text: try analyse(fields.values))
    }
  ]

  /// The response text: `{"kind": "layers", "analysis": …, "ratios": …, "ratio_chart_svg": …}`,
  /// each part the JSON the core's reports render, or an upload's own document (`ModelUpload`).
  static func analyse(_ values: [String: String]) throws -> String {
    var graph: ModelGraph
    var notes: [String] = []
    switch try ModelUpload.content(values) {
    case .document(let json): return json.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    case .graph(let uploaded, let uploadNotes): (graph, notes) = (uploaded, uploadNotes)
    case nil:
      guard let spec = values["spec"], !spec.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw APIError(
          status: .unprocessableContent,
          message:
            "spec is missing: give the text of a model spec (JSON or YAML with input_shape and layers), a Hugging Face config, or a file in file_base64.",
          field: "spec")
      }
      switch try ModelUpload.content(
        Data(spec.utf8), name: values["filename"] ?? "pasted spec",
        options: ModelUpload.importOptions(values),
        field: "spec")
      {
      case .graph(let pasted, let pastedNotes): (graph, notes) = (pasted, pastedNotes)
      case .document(let json): return json.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
      }
    }
    // Once the request is cancelled (its deadline passed or its client left), stop between stages
    // (`RequestBudgetMiddleware` answers).
    try Task.checkCancellation()
    graph = try freezing(graph, values["freeze"])
    let counting: FLOPCounting = try flag(values["matmul-only"], field: "matmul-only") ? .matrixOnly : .all
    let batchSize = try values["batch-size"].map { text throws(EstimateError) in
      try Validate.positiveCount(try NumberInput.parse(text, field: "batch-size"), field: "batch-size")
    }
    let optimizer = try values["optimizer"].map { text throws(EstimateError) in try Optimizer(parsing: text) }
    let data = try trainingData(values)
    let epochs = try values["epochs"].map { text throws(EstimateError) in
      try NumberInput.parse(text, field: "epochs")
    }
    let analysis = try BackwardAnalysis(
      graph, batchSize: batchSize ?? 1, optimizer: optimizer ?? .sgd, counting: counting)
    try Task.checkCancellation()
    var estimate = try data.map { data throws(EstimateError) in
      try analysis.estimate(data: data, epochs: epochs)
    }
    // The graph's own assumptions are in the estimate already (`BackwardAnalysis`); the
    // importer's other notes join them.
    estimate?.assumptions += notes.filter { !graph.assumptions.contains($0) }.map { "\($0)." }
    try Task.checkCancellation()
    let points = analysis.ratios(batchSizes: chartBatchSizes)
    let chart = RatioChart.svg(points, title: "\(analysis.model): backward/forward ratio by batch size")
    let parts: [(name: String, render: () throws -> String)] = [
      ("kind", { "\"layers\"" }),
      ("analysis", { try ModelReport.render(analysis, estimate: estimate, as: .json) }),
      ("ratio_chart_svg", { try JSONOutput.string(chart) }),
      ("ratios", { try RatioReport.render(points, for: analysis, as: .json) }),
      ("notes", { try JSONOutput.string(notes) }),
    ]
    // Each part is a complete JSON value, so joining them as members of one object stays valid.
    var members: [String] = []
    for part in parts {
      try Task.checkCancellation()
      members.append(
        "  \"\(part.name)\" : " + (try part.render()).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return "{\n" + members.joined(separator: ",\n") + "\n}\n"
  }

  /// `true`/`false` as a request field (the page sends check boxes as text).
  static func flag(_ text: String?, field: String) throws(EstimateError) -> Bool {
    switch text {
    case nil, "false": return false
    case "true": return true
    case let other?: throw .unknownOption(field: field, value: other, allowed: ["true", "false"])
    }
  }

  /// The graph with the layers `freeze` names frozen (comma-separated names, or prefixes ending in
  /// '.' or '*'), as `trainflops model --freeze` does; a pattern matching no layer is refused.
  static func freezing(_ graph: ModelGraph, _ freeze: String?) throws -> ModelGraph {
    guard let freeze else { return graph }
    var graph = graph
    if let unmatched = graph.freeze(matching: freeze) {
      throw APIError(
        status: .unprocessableContent,
        message:
          "freeze '\(unmatched)' matches no layer of the model: give layer names or prefixes ending in '.' or '*'.",
        field: "freeze")
    }
    return graph
  }

  private static func trainingData(_ values: [String: String]) throws(EstimateError) -> TrainingData? {
    if values["examples"] != nil, values["tokens"] != nil {
      throw .conflictingInputs(["examples", "tokens"])
    }
    if let examples = values["examples"] {
      return .examples(try NumberInput.parse(examples, field: "examples"))
    }
    if let tokens = values["tokens"] { return .tokens(try NumberInput.parse(tokens, field: "tokens")) }
    if values["epochs"] != nil {
      throw .missingInput(field: "examples", expected: "examples or tokens with epochs")
    }
    return nil
  }
}
