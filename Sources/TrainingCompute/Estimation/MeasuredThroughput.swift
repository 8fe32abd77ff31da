/// Method 2 from a measured throughput instead of an assumed utilization: tokens (or examples)
/// per second per chip — or a step time and tokens per step — times the model's FLOP per token
/// gives the training FLOP, and against the chips' peak, the model FLOP utilization (MFU). With
/// full activation recomputation the hardware also reruns each forward pass (2 of the 6 FLOP per
/// parameter per token), so its hardware FLOP utilization (HFU) is 8/6 of the MFU (Korthikanti
/// et al. 2022, Section 4). The inverse: the utilization a stated compute implies.
public struct MeasuredThroughput: Sendable, Equatable {
  /// The inputs as people type them, named like the CLI's long flags.
  public struct Inputs: Sendable, Equatable {
    public var hardware: String?
    public var peak: String?
    public var precision: String?
    public var count: String?
    /// Tokens (or examples) per second per chip.
    public var perChipThroughput: String?
    /// Seconds per optimizer step, with `tokensPerStep`, instead of `perChipThroughput`.
    public var stepTime: String?
    public var tokensPerStep: String?
    /// Model FLOP per token (or example), forward and backward; or `params` for 6 × N.
    public var flopPerToken: String?
    public var params: String?
    public var time: String?
    public var hours: String?
    public var days: String?
    /// `none` or `full`: whether activations are recomputed (gives HFU beside MFU).
    public var recomputation: String?
    /// A stated total compute whose implied utilization is wanted (the inverse).
    public var compute: String?
    public var fieldPrefix: String

    public init(fieldPrefix: String = "") { self.fieldPrefix = fieldPrefix }

    /// The field names, as the CLI's long flags.
    public static let fieldNames = [
      "hardware", "peak", "precision", "count", "tokens-per-second", "step-time", "tokens-per-step",
      "flop-per-token", "params", "time", "hours", "days", "recomputation", "compute",
    ]

    /// The text given for the field called `name` (one of `fieldNames`), read or written.
    public subscript(field name: String) -> String? {
      get { keyPaths[name].flatMap { self[keyPath: $0] } }
      set { if let path = keyPaths[name] { self[keyPath: path] = newValue } }
    }

    private var keyPaths: [String: WritableKeyPath<Inputs, String?>] {
      [
        "hardware": \.hardware, "peak": \.peak, "precision": \.precision, "count": \.count,
        "tokens-per-second": \.perChipThroughput, "step-time": \.stepTime, "tokens-per-step": \.tokensPerStep,
        "flop-per-token": \.flopPerToken, "params": \.params, "time": \.time, "hours": \.hours,
        "days": \.days,
        "recomputation": \.recomputation, "compute": \.compute,
      ]
    }
  }

  /// Model FLOP per token (or example), forward and backward.
  public var flopPerToken: Double
  /// Tokens per second per chip.
  public var perChipThroughput: Double
  public var chips: Int
  public var seconds: Seconds
  /// The dense peak per chip, if known (needed for MFU and HFU).
  public var peak: FLOPRate?
  public var peakSource: String?
  public var fullRecomputation: Bool
  public var statedCompute: FLOPs?

  /// Reads the inputs; each error names its field.
  public init(_ inputs: Inputs, catalog: HardwareCatalog = .builtIn) throws(EstimateError) {
    func label(_ name: String) -> String { inputs.fieldPrefix + name }
    var hardware = HardwareInputs(fieldPrefix: inputs.fieldPrefix)
    hardware.hardware = inputs.hardware
    hardware.peak = inputs.peak
    hardware.precision = inputs.precision
    hardware.count = inputs.count
    hardware.time = inputs.time
    hardware.hours = inputs.hours
    hardware.days = inputs.days
    let usage = try hardware.hardwareUsage(catalog: catalog)
    guard case .wallClock(let seconds, let chips) = usage.time else {
      throw .missingInput(field: label("count"), expected: "the number of chips with a wall-clock time")
    }
    self.chips = chips
    self.seconds = seconds
    let resolved = try usage.resolvedPeak()
    peak = resolved.rate
    switch usage.peak {
    case .accelerator(let chip, _):
      peakSource = "\(chip.name) \(resolved.precision?.displayName ?? "") peak"
    case .rate: peakSource = "the peak given"
    case .byYear(let byYear): peakSource = "the typical peak of \(byYear.year) (speculative)"
    }
    if inputs.params != nil, inputs.flopPerToken != nil {
      throw .conflictingInputs([label("params"), label("flop-per-token")])
    }
    if let text = inputs.flopPerToken {
      flopPerToken = try NumberInput.parsePositive(text, field: label("flop-per-token"))
    } else if let text = inputs.params {
      flopPerToken = 6 * (try NumberInput.parsePositive(text, field: label("params")))
    } else {
      throw .missingInput(
        field: "the model FLOP per token",
        expected: "\(label("flop-per-token")) or \(label("params")) (6 × N)")
    }
    switch (inputs.perChipThroughput, inputs.stepTime, inputs.tokensPerStep) {
    case (let text?, nil, nil):
      perChipThroughput = try NumberInput.parsePositive(text, field: label("tokens-per-second"))
    case (nil, let step?, let tokens?):
      let stepSeconds = try DurationInput.parse(step, field: label("step-time"))
      let perStep = try NumberInput.parsePositive(tokens, field: label("tokens-per-step"))
      perChipThroughput = perStep / stepSeconds.value / Double(chips)
    case (nil, nil, nil), (nil, _, _):
      throw .missingInput(
        field: "the throughput",
        expected:
          "\(label("tokens-per-second")) per chip, or \(label("step-time")) with \(label("tokens-per-step"))")
    default:
      throw .conflictingInputs([label("tokens-per-second"), label("step-time")])
    }
    switch inputs.recomputation?.lowercased() {
    case nil, "none", "no": fullRecomputation = false
    case "full", "yes": fullRecomputation = true
    case let other?:
      throw .unknownOption(field: label("recomputation"), value: other, allowed: ["none", "full"])
    }
    statedCompute = try inputs.compute.map { text throws(EstimateError) in
      FLOPs(try NumberInput.parsePositive(text, field: label("compute")))
    }
    guard (flopPerToken * perChipThroughput * Double(chips) * seconds.value).isFinite else {
      throw .notFinite(field: "the training FLOP from these inputs", value: .infinity)
    }
  }

  /// Model FLOP utilization: achieved model FLOP/s per chip ÷ peak.
  public var modelUtilization: Double? { peak.map { flopPerToken * perChipThroughput / $0.value } }

  /// Hardware FLOP utilization with full recomputation: one more forward pass per token.
  public var hardwareUtilization: Double? {
    guard fullRecomputation, let mfu = modelUtilization else { return nil }
    return mfu * 8 / 6
  }

  /// The estimate: FLOP per token × tokens per second per chip × chips × time.
  public func estimate() -> Estimate {
    let tokens = perChipThroughput * Double(chips) * seconds.value
    let total = FLOPs(flopPerToken * tokens)
    var inputs: [EstimateInput] = [
      .number("flop-per-token", flopPerToken, meaning: "model FLOP per token, forward and backward"),
      .number("tokens-per-second", perChipThroughput, meaning: "measured tokens per second per chip"),
      .number("count", Double(chips), meaning: "chips counted, running together"),
      .number("hours", seconds.hours, meaning: "wall-clock training time in hours"),
    ]
    var assumptions = [
      "Training FLOP = FLOP per token × tokens per second per chip × chips × time; the throughput is taken as sustained over the whole time."
    ]
    var warnings: [String] = []
    if let mfu = modelUtilization {
      inputs.append(
        .number("mfu", mfu, meaning: "model FLOP utilization against \(peakSource ?? "the peak")"))
      if let hfu = hardwareUtilization {
        inputs.append(
          .number("hfu", hfu, meaning: "hardware FLOP utilization with full recomputation (8/6 of MFU)"))
      } else {
        assumptions.append("Assuming no activation recomputation (say --recomputation full for HFU).")
      }
      let spread = ReportedUtilizations.spreadWithBasis(domain: .language, year: nil)
      if let hfu = hardwareUtilization, hfu > 1, mfu <= 1 {
        warnings.append(
          "With full recomputation the hardware would run at \(NumberFormatting.percent(hfu)) of the peak, which is impossible: the throughput, FLOP per token or chip is wrong, or recomputation was partial."
        )
      }
      if mfu > 1 {
        warnings.append(
          "The throughput implies \(NumberFormatting.percent(mfu)) of the peak, which is impossible: the throughput, FLOP per token or chip is wrong."
        )
      } else if !(spread.low...spread.high).contains(mfu) {
        warnings.append(
          "The implied MFU \(NumberFormatting.percent(mfu)) lies outside the \(NumberFormatting.percent(spread.low))–\(NumberFormatting.percent(spread.high)) real runs report (\(spread.basis))."
        )
      }
    }
    if let statedCompute, let peak {
      let implied = statedCompute.value / (peak.value * Double(chips) * seconds.value)
      inputs.append(.number("compute", statedCompute.value, meaning: "training compute stated elsewhere"))
      inputs.append(
        .number("implied-utilization", implied, meaning: "the stated compute ÷ (chips × time × peak)"))
    }
    let mfuText = modelUtilization.map { ", an MFU of \(NumberFormatting.percent($0))" } ?? ""
    return Estimate(
      method: .hardwareTime, totalFLOP: total,
      formula: "FLOP per token × tokens per second per chip × chips × training time",
      inputs: inputs, assumptions: assumptions, warnings: warnings, range: nil,
      summary:
        "Our model was trained on \(NumberFormatting.plain(Double(chips))) chips for \(seconds.description) at a measured \(NumberFormatting.plain(perChipThroughput)) tokens per second per chip\(mfuText), and in total used \(total.description) (\(NumberFormatting.scientific(total.petaFLOPDays)) PF-days) during training."
    )
  }
}
