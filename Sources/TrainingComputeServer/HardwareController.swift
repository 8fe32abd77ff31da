import Foundation
import Hummingbird
import TrainingCompute

/// `GET /api/v1/hardware` and `GET /api/v1/hardware/{name}`: the CLI's `hardware list` and
/// `hardware show`, in the same JSON.
enum HardwareController {
  static let routes = [
    APIRoute(.get, "/api/v1/hardware") { _, _ in
      JSONResponse(text: try HardwareReport.list(HardwareCatalog.builtIn.accelerators, as: .json))
    },
    APIRoute(.get, "/api/v1/hardware/{name}") { _, context in
      let raw = try context.parameters.require("name")
      let name = raw.removingPercentEncoding ?? raw
      let chip: Accelerator
      do throws(EstimateError) {
        chip = try HardwareCatalog.builtIn.accelerator(named: name)
      } catch {
        throw APIError(status: .notFound, message: error.description, field: "name")
      }
      return JSONResponse(text: try HardwareReport.show(chip, as: .json))
    },
  ]
}
