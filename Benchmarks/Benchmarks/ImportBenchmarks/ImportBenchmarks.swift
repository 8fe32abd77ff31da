import Benchmark
import Foundation
import ModelImport
import TrainingCompute

// Model files end to end. Two questions from the import issue, each answered side by side in one
// run: a 405B-parameter Llama config is analysed in milliseconds, and reading an ONNX file costs
// the same whatever the size of the weights it carries.

/// The repository's test fixtures, found from this file's path.
let fixtures = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Tests/ModelImportTests/Fixtures")

/// Writes a minimal ONNX model (one MatMul of a [1, 64] input by a [64, 64 × columns] float
/// initializer) whose weights take `weightBytes` bytes, encoded by hand in protobuf's wire format.
func writeONNX(weightBytes: Int, to url: URL) throws {
  func varint(_ value: Int) -> [UInt8] {
    var value = UInt64(value)
    var bytes: [UInt8] = []
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7f) | 0x80)
      value >>= 7
    }
    return bytes + [UInt8(value)]
  }
  func field(_ number: Int, _ payload: [UInt8]) -> [UInt8] { varint(number << 3 | 2) + varint(payload.count) + payload }
  func field(_ number: Int, int value: Int) -> [UInt8] { varint(number << 3) + varint(value) }
  func text(_ number: Int, _ value: String) -> [UInt8] { field(number, Array(value.utf8)) }
  func dims(_ values: [Int]) -> [UInt8] {
    // TypeProto { tensor_type(1) { elem_type(1)=FLOAT, shape(2) { dim(1) { dim_value(1) } } } }
    let shape = values.flatMap { field(1, field(1, int: $0)) }
    return field(1, field(1, int: 1) + field(2, shape))
  }
  let columns = max(weightBytes / (64 * 4), 1)
  let weights = [UInt8](repeating: 0, count: 64 * columns * 4)
  let initializer = field(1, int: 64) + field(1, int: columns) + field(2, int: 1) + text(8, "w") + field(9, weights)
  let node = text(1, "x") + text(1, "w") + text(2, "y") + text(4, "MatMul")
  let graph =
    field(1, node) + text(2, "g") + field(5, initializer)
    + field(11, text(1, "x") + field(2, dims([1, 64])))
    + field(12, text(1, "y") + field(2, dims([1, columns])))
  let model = field(1, int: 8) + field(7, graph) + field(8, field(2, int: 17))
  try Data(model).write(to: url)
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(2))

  Benchmark("Llama 3.1 405B config: parameters, conventions and layer graph") { benchmark in
    let path = fixtures.appendingPathComponent("hf/llama-3.1-405b.json").path
    for _ in benchmark.scaledIterations {
      let model = try ModelImporter.open(path: path, options: ImportOptions())
      blackHole(model.conventions)
      if let graph = model.graph { blackHole(try BackwardAnalysis(graph, batchSize: 1, optimizer: .adam)) }
    }
  }

  for (label, bytes) in [("1 KB", 1 << 10), ("256 MB", 256 << 20)] {
    Benchmark("ONNX read, \(label) of weights") { benchmark in
      let url = FileManager.default.temporaryDirectory.appendingPathComponent("trainflops-bench-\(bytes).onnx")
      try writeONNX(weightBytes: bytes, to: url)
      defer { try? FileManager.default.removeItem(at: url) }
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        blackHole(try ONNXFile.read(path: url.path))
      }
      benchmark.stopMeasurement()
    }
  }
}
