import ArgumentParser
import TrainingCompute

/// The inputs of method 2, shared by `gpu` and `compare`.
struct HardwareOptions: ParsableArguments {
  @Option(
    parsing: .unconditional,
    help:
      "Accelerator from the catalog (case, spaces and dashes don't matter): e.g. 'H100 SXM', 'V100', 'TPU v4'."
  )
  var hardware: String?

  @Option(parsing: .unconditional, help: "Peak FLOP/s per chip, instead of --hardware: e.g. 989.4e12.")
  var peak: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Precision of the peak: fp64, fp32, tf32, fp16, bf16, fp8 or int8.",
      discussion: "When omitted: the chip's 16-bit matrix (tensor) peak if it has one, else TF32, else FP32.")
  )
  var precision: String?

  @Option(
    parsing: .unconditional,
    help:
      "Number of chips running together, or of the systems/superchips/boards --hardware names (8 'DGX B200' = 64 B200 GPUs; the conversion is said)."
  )
  var count: String?

  @Option(
    parsing: .unconditional,
    help: "Number of TPU v2/v3 cores running together, instead of --count (2 per chip).")
  var cores: String?

  @Option(
    parsing: .unconditional, help: "Wall-clock training time with a unit: 355h, 14.8d, 2w, 0.5y, '90 days'.")
  var time: String?

  @Option(parsing: .unconditional, help: "Wall-clock training time in hours.")
  var hours: String?

  @Option(parsing: .unconditional, help: "Wall-clock training time in days.")
  var days: String?

  @Option(
    name: .customLong("chip-hours"), parsing: .unconditional,
    help: "Total chip time in chip-hours (GPU-hours, TPU-hours), instead of a time and a count.")
  var chipHours: String?

  @Option(
    parsing: .unconditional,
    help:
      "Fraction of peak sustained on average: 0.4 or 40%. Default: 30% for language models, 40% otherwise.")
  var utilization: String?

  @Option(
    parsing: .unconditional,
    help: "Kind of model, which picks the default utilization: language or other (default other).")
  var domain: String?

  @Option(
    parsing: .unconditional,
    help:
      "Year of the run: with no --hardware (or one the catalog lacks) uses that year's typical peak, marked speculative; also narrows the reported utilizations the range uses."
  )
  var year: String?

  /// The method-2 inputs as a core value, or the error naming the first bad flag.
  func hardwareUsage() throws(EstimateError) -> HardwareUsage {
    var inputs = HardwareInputs(fieldPrefix: "--")
    inputs.hardware = hardware
    inputs.peak = peak
    inputs.precision = precision
    inputs.count = count
    inputs.cores = cores
    inputs.time = time
    inputs.hours = hours
    inputs.days = days
    inputs.chipHours = chipHours
    inputs.utilization = utilization
    inputs.domain = domain
    inputs.year = year
    return try inputs.hardwareUsage()
  }
}
