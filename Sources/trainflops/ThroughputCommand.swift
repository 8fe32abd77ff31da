import ArgumentParser
import TrainingCompute

/// `trainflops throughput`: training FLOP, MFU and HFU from a measured throughput.
struct ThroughputCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "throughput",
    abstract: "Method 2 from a measured throughput: training FLOP, MFU (and HFU with recomputation).",
    usage:
      "trainflops throughput --hardware 'A100 80GB' --precision bf16 --count 2048 --tokens-per-second 380 --params 65.2e9 --days 21",
    discussion:
      "FLOP = FLOP per token × tokens per second per chip × chips × time; MFU = FLOP per token × tokens per second per chip ÷ peak. --compute gives the utilization a stated compute implies."
  )

  @Option(parsing: .unconditional, help: "Accelerator from the catalog.") var hardware: String?
  @Option(parsing: .unconditional, help: "Peak FLOP/s per chip, instead of --hardware.") var peak: String?
  @Option(parsing: .unconditional, help: "Precision of the peak (default: the chip's 16-bit matrix peak).")
  var precision: String?
  @Option(parsing: .unconditional, help: "Number of chips (or of the systems --hardware names).") var count:
    String?
  @Option(
    name: .customLong("tokens-per-second"), parsing: .unconditional,
    help: "Measured tokens (or examples) per second per chip.")
  var tokensPerSecond: String?
  @Option(
    name: .customLong("step-time"), parsing: .unconditional,
    help: "Time per optimizer step with a unit (8s), instead of --tokens-per-second.")
  var stepTime: String?
  @Option(
    name: .customLong("tokens-per-step"), parsing: .unconditional,
    help: "Tokens per step (global batch × sequence length).")
  var tokensPerStep: String?
  @Option(
    name: .customLong("flop-per-token"), parsing: .unconditional,
    help: "Model FLOP per token, forward and backward.")
  var flopPerToken: String?
  @Option(
    parsing: .unconditional, help: "Parameters N, for 6 × N FLOP per token, instead of --flop-per-token.")
  var params: String?
  @Option(parsing: .unconditional, help: "Wall-clock training time with a unit: 54d.") var time: String?
  @Option(parsing: .unconditional, help: "Wall-clock training time in hours.") var hours: String?
  @Option(parsing: .unconditional, help: "Wall-clock training time in days.") var days: String?
  @Option(parsing: .unconditional, help: "Activation recomputation: none or full (full adds HFU).")
  var recomputation: String?
  @Option(parsing: .unconditional, help: "A stated training compute in FLOP, for the utilization it implies.")
  var compute: String?
  @OptionGroup var output: OutputOptions

  func measured() throws(EstimateError) -> MeasuredThroughput {
    var inputs = MeasuredThroughput.Inputs(fieldPrefix: "--")
    inputs.hardware = hardware
    inputs.peak = peak
    inputs.precision = precision
    inputs.count = count
    inputs.perChipThroughput = tokensPerSecond
    inputs.stepTime = stepTime
    inputs.tokensPerStep = tokensPerStep
    inputs.flopPerToken = flopPerToken
    inputs.params = params
    inputs.time = time
    inputs.hours = hours
    inputs.days = days
    inputs.recomputation = recomputation
    inputs.compute = compute
    return try MeasuredThroughput(inputs)
  }

  func validate() throws { _ = try validating(measured) }

  func run() throws {
    let estimate = try validating { () throws(EstimateError) in try measured().estimate() }
    print(try EstimateReport.render(estimate, as: output.format), terminator: "")
  }
}
