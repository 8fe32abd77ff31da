import Foundation
import TrainingCompute

@testable import TrainingComputeServer

extension FuzzTargets {
  /// A request body for one of the estimate routes: the first byte picks the route (operations,
  /// hardware, compare, model), the rest is the body, decoded and answered as the route does.
  static let apiBodies = FuzzTarget(name: "api-bodies", seeds: ["Fuzz/Seeds/api-bodies"]) { data in
    guard let route = data.first else { return }
    let body = data.dropFirst()
    switch route % 4 {
    case 0:
      _ = try EstimateController.operations(RequestFields(json: body, allowed: OperationInputs.fieldNames))
    case 1:
      _ = try EstimateController.hardware(RequestFields(json: body, allowed: HardwareInputs.fieldNames))
    case 2:
      _ = try EstimateController.compare(RequestFields(json: body, allowed: EstimateController.compareFields))
    default:
      _ = try ModelController.analyse(RequestFields(json: body, allowed: ModelController.fields).values)
    }
  }
}
