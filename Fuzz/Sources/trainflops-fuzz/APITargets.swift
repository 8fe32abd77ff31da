import Foundation
import TrainingCompute

@testable import TrainingComputeServer

extension FuzzTargets {
  /// A request body for one of the estimate routes: the first byte picks the route (operations,
  /// hardware, compare, model), the rest is the body, decoded and answered as the route does.
  static let apiBodies = FuzzTarget(name: "api-bodies", seeds: ["Fuzz/Seeds/api-bodies"]) { data in
    guard let route = data.first else { return }
    let body = data.dropFirst()
    // The fields as the server reads them: from the body's bytes in place.
    func fields(_ allowed: [String]) throws -> RequestFields {
      try body.withUnsafeBytes { bytes in try RequestFields(json: bytes, allowed: allowed) }
    }
    switch route % 4 {
    case 0: _ = try EstimateController.operations(fields(OperationInputs.fieldNames))
    case 1: _ = try EstimateController.hardware(fields(HardwareInputs.fieldNames))
    case 2: _ = try EstimateController.compare(fields(EstimateController.compareFields))
    default: _ = try ModelController.analyse(fields(ModelController.fields).values)
    }
  }
}
