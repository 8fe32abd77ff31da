import ArgumentParser
import Foundation
import TrainingCompute

/// The inputs of method 2, shared by `gpu` and `compare`.
struct HardwareOptions: ParsableArguments {
  @Option(
    help:
      "Accelerator from the catalog (case, spaces and dashes don't matter): e.g. 'H100 SXM', 'V100', 'TPU v4'."
  )
  var hardware: String?

  @Option(help: "Peak FLOP/s per chip, instead of --hardware: e.g. 989.4e12.")
  var peak: String?

  @Option(
    help: ArgumentHelp(
      "Precision of the peak: fp64, fp32, tf32, fp16, bf16, fp8 or int8.",
      discussion: "When omitted: the chip's 16-bit matrix (tensor) peak if it has one, else TF32, else FP32.")
  )
  var precision: String?

  @Option(help: "Number of chips running together.")
  var count: String?

  @Option(help: "Wall-clock training time with a unit: 355h, 14.8d, 2w, 0.5y, '90 days'.")
  var time: String?

  @Option(help: "Wall-clock training time in hours.")
  var hours: String?

  @Option(help: "Wall-clock training time in days.")
  var days: String?

  @Option(
    name: .customLong("chip-hours"),
    help: "Total chip time in chip-hours (GPU-hours, TPU-hours), instead of a time and a count.")
  var chipHours: String?

  @Option(
    help:
      "Fraction of peak sustained on average: 0.4 or 40%. Default: 30% for language models, 40% otherwise.")
  var utilization: String?

  @Option(help: "Kind of model, which picks the default utilization: language or other (default other).")
  var domain: String?

  /// The method-2 inputs as a core value, or the error naming the first bad flag.
  func hardwareUsage() throws(EstimateError) -> HardwareUsage {
    if hardware != nil, peak != nil { throw .conflictingInputs(["--hardware", "--peak"]) }
    let peakSource: HardwareUsage.Peak
    if let hardware {
      let chip = try HardwareCatalog.builtIn.accelerator(named: hardware)
      let chosen = try precision.map { text throws(EstimateError) in try Precision(parsing: text) }
      peakSource = .accelerator(chip, precision: chosen)
    } else if let peak {
      if precision != nil { throw .conflictingInputs(["--peak", "--precision"]) }
      peakSource = .rate(FLOPRate(try NumberInput.parse(peak, field: "--peak")))
    } else {
      throw .missingInput(field: "the peak FLOP/s", expected: "--hardware NAME or --peak FLOP/s")
    }

    let chips = try count.map { text throws(EstimateError) in
      try Validate.positiveCount(try NumberInput.parse(text, field: "--count"), field: "--count")
    }
    let timeGiven = [("--time", time), ("--hours", hours), ("--days", days), ("--chip-hours", chipHours)]
      .filter { $0.1 != nil }
    guard timeGiven.count <= 1 else { throw .conflictingInputs(timeGiven.map(\.0)) }
    let span: HardwareUsage.Time
    if let chipHours {
      let value = try NumberInput.parse(chipHours, field: "--chip-hours")
      span = .chipTime(.hours(value), chips: chips)
    } else {
      let seconds: Seconds
      if let time {
        seconds = try DurationInput.parse(time, field: "--time")
      } else if let hours {
        seconds = .hours(try NumberInput.parse(hours, field: "--hours"))
      } else if let days {
        seconds = .days(try NumberInput.parse(days, field: "--days"))
      } else {
        throw .missingInput(field: "the training time", expected: "--time, --hours, --days or --chip-hours")
      }
      guard let chips else {
        throw .missingInput(
          field: "--count", expected: "the number of chips with a wall-clock time (or use --chip-hours)")
      }
      span = .wallClock(seconds, chips: chips)
    }
    let usage = HardwareUsage(
      peak: peakSource, time: span,
      utilization: try utilization.map { text throws(EstimateError) in
        try Self.fraction(text, field: "--utilization")
      },
      domain: try domain.map { text throws(EstimateError) in try HardwareUsage.Domain(parsing: text) }
        ?? .other)
    try usage.validate()
    return usage
  }

  /// Reads `0.4` or `40%`; a bare number above 1 is refused rather than guessed at.
  static func fraction(_ text: String, field: String) throws(EstimateError) -> Double {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasSuffix("%") {
      let percent = try NumberInput.parse(String(trimmed.dropLast()), field: field)
      try Validate.within(percent, 0...100, field: field, allowed: "at most 100%")
      return percent / 100
    }
    let value = try NumberInput.parse(trimmed, field: field)
    try Validate.within(
      value, 0...1, field: field, allowed: "a fraction from 0 to 1 such as 0.4, or a percentage such as 40%")
    return value
  }
}
