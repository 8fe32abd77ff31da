import Benchmark
import TrainingCompute

/// 100,000 CSV rows of mixed facts (operation counting, hardware time, both, reported, and a bad
/// row in every hundred) read, estimated and rendered as CSV, the way `trainflops batch` does.
/// The issue's target: ≤ 1 s for the whole batch in a release build.
func batchBenchmarks() {
  let rowCount = 100_000
  let lines: [String] =
    ["name,params,tokens,hardware,count,hours,chip-hours,reported-flop"]
    + (0..<rowCount).map { index in
      switch index % 5 {
      case 0: return "run \(index),\(index % 90 + 1)B,\(index % 7 + 1)T,,,,,"
      case 1: return "run \(index),,,H100 SXM,\(index % 4000 + 8),\(index % 900 + 24),,"
      case 2: return "run \(index),70B,1.4T,A100 SXM,2048,\(index % 500 + 400),,"
      case 3: return "run \(index),,,,,,,\(index + 1)e20"
      default:
        return index % 100 == 4 ? "run \(index),lots,1T,,,,," : "run \(index),7B,,TPU v4,,,\(index + 1000),"
      }
    }

  // The same rows through `BatchRun` on one thread and on every core, side by side in one run.
  for parallel in [false, true] {
    Benchmark(
      "Batch: 100,000 CSV rows read, estimated and rendered (\(parallel ? "every core" : "one thread"))",
      configuration: .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
      for _ in benchmark.scaledIterations {
        var reader = BatchReader(format: .csv)
        var run = BatchRun(format: .csv, parallel: parallel)
        var bytes = run.header.utf8.count
        for line in lines {
          if let item = try reader.read(line) { bytes += run.add(item).utf8.count }
        }
        bytes += run.finish().utf8.count
        blackHole(bytes)
      }
    }
  }
}
