import Foundation
import Hummingbird
import TrainingCompute

/// `GET /api/v1/hardware`, `GET /api/v1/hardware/{name}` and `GET /api/v1/utilization`: the CLI's
/// `hardware list`, `hardware show` and `hardware utilization`, in the same JSON.
enum HardwareController {
  static let routes = [
    APIRoute(.get, "/api/v1/hardware") { _, _ in JSONResponse(body: try catalog.get()) },
    APIRoute(.get, "/api/v1/utilization") { _, _ in JSONResponse(body: try utilizations.get()) },
    APIRoute(.get, "/api/v1/hardware/{name}") { _, context in
      let raw = try context.parameters.require("name")
      let name = raw.removingPercentEncoding ?? raw
      let chip: Accelerator
      do throws(EstimateError) {
        chip = try HardwareCatalog.builtIn.accelerator(named: name)
      } catch {
        throw APIError(status: .notFound, message: error.description, field: "name")
      }
      return JSONResponse(
        body: try shown.get()[chip.name] ?? ByteBuffer(string: try HardwareReport.show(chip, as: .json)))
    },
  ]

  /// Each built-in chip's JSON, rendered once as the list is, by name (the first chip of a name,
  /// as the catalog's look-up finds it).
  static let shown = Result {
    try Dictionary(
      HardwareCatalog.builtIn.accelerators.map { chip in
        (chip.name, ByteBuffer(string: try HardwareReport.show(chip, as: .json)))
      },
      uniquingKeysWith: { first, _ in first })
  }

  /// The catalog's JSON, rendered once: the built-in catalog does not change while the server runs.
  /// Kept as bytes that every response shares (94 KB, copied per request before).
  static let catalog = Result {
    ByteBuffer(string: try HardwareReport.list(HardwareCatalog.builtIn.accelerators, as: .json))
  }
  /// The reported utilizations' JSON, rendered once.
  static let utilizations = Result {
    ByteBuffer(string: try UtilizationReport.list(ReportedUtilizations.runs, as: .json))
  }
}
