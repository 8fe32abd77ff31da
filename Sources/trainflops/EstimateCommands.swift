import ArgumentParser
import TrainingCompute

struct OperationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ops",
    abstract: "Method 1: count operations — forward FLOP × (1 + backward/forward ratio) × passes × epochs.",
    usage: "trainflops ops --params 175e9 --tokens 300e9",
    discussion: "With --params N --tokens D and the default ratio this is the 6·N·D rule.")

  @OptionGroup var operations: OperationOptions
  @OptionGroup var output: OutputOptions

  func validate() throws { _ = try validating(operations.operationCount) }

  func run() throws {
    // Inputs were checked in `validate()`; what fails here (a total past `Double`) exits 1.
    let estimate = try operations.operationCount().estimate()
    print(try EstimateReport.render(estimate, as: output.format), terminator: "")
  }
}

struct HardwareTimeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gpu",
    abstract: "Method 2: hardware time — training time × chips × peak FLOP/s × utilization.",
    usage: "trainflops gpu --hardware 'H100 SXM' --count 1024 --time 30d --precision bf16 --utilization 40%")

  @OptionGroup var hardware: HardwareOptions
  @OptionGroup var output: OutputOptions

  // The peak is resolved here too, so a precision the chip lacks is a usage error.
  func validate() throws {
    _ = try validating { () throws(EstimateError) in try hardware.hardwareUsage().resolvedPeak() }
  }

  func run() throws {
    let estimate = try hardware.hardwareUsage().estimate()
    print(try EstimateReport.render(estimate, as: output.format), terminator: "")
  }
}

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Both methods side by side, their ratio and the utilization the operation count implies.",
    usage:
      "trainflops compare --params 175e9 --tokens 300e9 --hardware V100 --count 10000 --hours 355 --precision fp16",
    discussion:
      "Implied utilization = operation-count FLOP ÷ (chip time × peak); below 10% or above 75% is flagged.")

  @OptionGroup var operations: OperationOptions
  @OptionGroup var hardware: HardwareOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    _ = try validating(operations.operationCount)
    _ = try validating { () throws(EstimateError) in try hardware.hardwareUsage().resolvedPeak() }
  }

  func run() throws {
    let reconciliation = try Reconciliation(
      operations: operations.operationCount(), hardware: hardware.hardwareUsage())
    print(try EstimateReport.render(reconciliation, as: output.format), terminator: "")
  }
}
