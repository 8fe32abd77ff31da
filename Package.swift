// swift-tools-version: 6.1
import PackageDescription

let upcomingFeatures: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "trainflops",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "TrainingCompute", targets: ["TrainingCompute"]),
    .library(name: "ModelImport", targets: ["ModelImport"]),
    .library(name: "TrainingComputeServer", targets: ["TrainingComputeServer"]),
    .executable(name: "trainflops", targets: ["trainflops"]),
    .executable(name: "trainflops-server", targets: ["trainflops-server"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    // Already in the graph through Hummingbird; named here because the server sets up its channel
    // handlers (NIO) and its graceful shutdown (service lifecycle) itself.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
  ],
  targets: [
    // The core: value types and formulas, no dependencies.
    .target(
      name: "TrainingCompute",
      swiftSettings: upcomingFeatures
    ),
    // Model files (spec JSON/YAML, Hugging Face config.json, ONNX, safetensors) → the core's graph.
    .target(
      name: "ModelImport",
      dependencies: [
        "TrainingCompute",
        .product(name: "Yams", package: "Yams"),
        .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      exclude: ["ONNX/onnx-subset.proto", "ONNX/README.md"],
      swiftSettings: upcomingFeatures
    ),
    // The JSON API and the web calculator page.
    .target(
      name: "TrainingComputeServer",
      dependencies: [
        "TrainingCompute",
        "ModelImport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
      ],
      resources: [.copy("Public")],
      swiftSettings: upcomingFeatures
    ),
    .executableTarget(
      name: "trainflops",
      dependencies: [
        "TrainingCompute",
        "ModelImport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: upcomingFeatures
    ),
    .executableTarget(
      name: "trainflops-server",
      dependencies: [
        "TrainingComputeServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: upcomingFeatures
    ),
    .testTarget(
      name: "TrainingComputeTests",
      dependencies: ["TrainingCompute"],
      resources: [.copy("Fixtures")],
      swiftSettings: upcomingFeatures
    ),
    .testTarget(
      name: "ModelImportTests",
      dependencies: ["ModelImport", "TrainingCompute"],
      resources: [.copy("Fixtures")],
      swiftSettings: upcomingFeatures
    ),
    .testTarget(
      name: "TrainingComputeServerTests",
      dependencies: [
        "TrainingComputeServer",
        "TrainingCompute",
        "ModelImport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
      swiftSettings: upcomingFeatures
    ),
    .testTarget(
      name: "trainflopsTests",
      dependencies: ["trainflops"],
      swiftSettings: upcomingFeatures
    ),
  ]
)
