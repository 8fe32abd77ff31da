import Benchmark
import TrainingCompute

// Speed of the core's estimation paths. Compare ratios within one run: the build machines are
// shared and noisy.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(2))

  Benchmark("Method 1: 6ND estimate") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate())
    }
  }

  Benchmark("Method 2: catalog lookup and estimate") { benchmark in
    for _ in benchmark.scaledIterations {
      let chip = try HardwareCatalog.builtIn.accelerator(named: "H100 SXM")
      blackHole(
        try HardwareUsage(
          peak: .accelerator(chip, precision: .bf16), time: .wallClock(.days(30), chips: 1024)
        )
        .estimate())
    }
  }

  Benchmark("Unknown chip: suggestions over the catalog") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(HardwareCatalog.builtIn.suggestions(for: "H1000 SXM"))
    }
  }

  Benchmark("Estimate rendered as JSON") { benchmark in
    let estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    for _ in benchmark.scaledIterations {
      blackHole(try EstimateReport.render(estimate, as: .json))
    }
  }

  // The work of one `POST /api/v1/estimate/operations` past the HTTP layer: the body's text fields
  // read by the core's parser, the estimate, and its JSON bytes (what the server sends).
  Benchmark("API operations request: fields, estimate, JSON bytes") { benchmark in
    for _ in benchmark.scaledIterations {
      var inputs = OperationInputs()
      inputs[field: "params"] = "175B"
      inputs[field: "tokens"] = "300B"
      blackHole(try JSONOutput.bytes(try inputs.operationCount().estimate()))
    }
  }

  // The work of one `POST /api/v1/estimate/compare` past the HTTP layer: both methods'
  // fields, the reconciliation, and its JSON bytes (two estimates and their inputs).
  Benchmark("API compare request: fields, both methods, JSON bytes") { benchmark in
    for _ in benchmark.scaledIterations {
      var operations = OperationInputs()
      operations[field: "params"] = "175B"
      operations[field: "tokens"] = "300B"
      var hardware = HardwareInputs()
      hardware[field: "hardware"] = "V100"
      hardware[field: "count"] = "10000"
      hardware[field: "days"] = "15"
      blackHole(
        try JSONOutput.bytes(
          try Reconciliation(
            operations: try operations.operationCount(), hardware: try hardware.hardwareUsage())))
    }
  }

  batchBenchmarks()
}
