// swift-tools-version: 6.1
// Fuzz targets for every parser and entry point of trainflops, kept in their own package so that
// building and testing the tool never needs the fuzzer. One libFuzzer binary holds every target;
// `FUZZ_TARGET` picks one. Build and run with `scripts/fuzz/run.sh` (see Fuzz/README.md).
import PackageDescription

let package = Package(
  name: "trainflops-fuzz",
  platforms: [.macOS(.v14)],
  dependencies: [
    // `trainflops` is a symbolic link to the repository root (as in Benchmarks/).
    .package(path: "trainflops")
  ],
  targets: [
    .executableTarget(
      name: "trainflops-fuzz",
      dependencies: [
        .product(name: "TrainingCompute", package: "trainflops"),
        .product(name: "ModelImport", package: "trainflops"),
        .product(name: "TrainingComputeServer", package: "trainflops"),
      ]
    )
  ]
)
