// swift-tools-version: 6.1
// Speed benchmarks for trainflops, kept in their own package so that building and testing the tool
// never needs the benchmark harness. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
  name: "trainflops-benchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    // `trainflops` is a symbolic link to the repository root, so the dependency's identity is
    // `trainflops` whatever the checkout's folder is called.
    .package(path: "trainflops"),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "EstimationBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TrainingCompute", package: "trainflops"),
      ],
      path: "Benchmarks/EstimationBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "ImportBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TrainingCompute", package: "trainflops"),
        .product(name: "ModelImport", package: "trainflops"),
      ],
      path: "Benchmarks/ImportBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
