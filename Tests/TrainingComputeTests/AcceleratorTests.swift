import Testing

@testable import TrainingCompute

struct AcceleratorTests {
  let catalog = HardwareCatalog.builtIn

  func peak(_ name: String, _ precision: Precision) throws -> FLOPRate {
    try catalog.accelerator(named: name).peak(for: precision)
  }

  @Test func peaksAreFinitePositiveAndOrderedSensibly() {
    for chip in catalog.accelerators {
      let peak = chip.peaks.mapValues(\.value)
      for (precision, value) in peak {
        #expect(value.isFinite && value > 0, "\(chip.name) \(precision): \(value)")
      }
      if let fp64 = peak[.fp64], let fp32 = peak[.fp32] {
        #expect(fp64 <= fp32, "\(chip.name): FP64 above FP32")
      }
      if chip.matrixPrecisions.contains(.fp16), let fp16 = peak[.fp16], let fp32 = peak[.fp32] {
        #expect(fp16 >= fp32, "\(chip.name): tensor FP16 below FP32")
      }
      if let fp8 = peak[.fp8], let bf16 = peak[.bf16] {
        #expect(fp8 >= bf16, "\(chip.name): FP8 below BF16")
      }
      if chip.matrixPrecisions.isSuperset(of: [.tf32, .fp16]), let tf32 = peak[.tf32],
        let fp16 = peak[.fp16]
      {
        #expect(tf32 <= fp16, "\(chip.name): TF32 above FP16")
      }
      if let tf32 = peak[.tf32], let fp32 = peak[.fp32] {
        #expect(tf32 >= fp32, "\(chip.name): TF32 below FP32")
      }
    }
  }

  /// Dense datasheet figures. H100 SXM: NVIDIA H100 architecture whitepaper (989.4 TFLOPS BF16);
  /// A100: NVIDIA A100 datasheet (312 TFLOPS BF16); V100: NVIDIA V100 datasheet (125 TFLOPS
  /// tensor); TPU v4: cloud.google.com/tpu/docs/v4 (275 TFLOPS); MI300X: AMD MI300X data sheet
  /// (1307.4 TFLOPS); TPU v1: Jouppi et al. 2017 (92 TOPS); GTX 580: TechPowerUp (1581 GFLOPS).
  @Test(arguments: [
    ("H100 SXM", Precision.bf16, 989.4e12),
    ("A100", .bf16, 312e12),
    ("A100", .fp32, 19.5e12),
    ("V100", .fp16, 125e12),
    ("TPU v4", .bf16, 275e12),
    ("MI300X", .bf16, 1307.4e12),
    ("TPU v1", .int8, 92e12),
    ("GTX 580", .fp32, 1.581e12),
    ("Ascend 910", .fp16, 256e12),
    ("H800", .bf16, 989.4e12),
    ("A800", .bf16, 312e12),
    // Per-chip and per-board conventions: TPU v3 per chip (Cloud TPU docs: 123 TFLOPS, not the
    // 420 TFLOPS of a 4-chip device); K80 per GK210 GPU, half the dual-GPU board (datasheet:
    // 8.73 TFLOPS boost per board); MI250X per GCD, half the OAM package of 2 GCDs (AMD: 383
    // TFLOPS per package); GB200 per GPU (NVIDIA: 5 PFLOPS sparse).
    ("TPU v3", .bf16, 123e12),
    ("K80", .fp32, 8.73e12 / 2),
    ("MI250X", .fp16, 383e12 / 2),
    ("GB200", .bf16, 2.5e15),
  ])
  func goldenDatasheetValues(name: String, precision: Precision, expected: Double) throws {
    #expect(try peak(name, precision).isApproximatelyEqual(to: FLOPRate(expected)))
  }

  /// The rule: the 16-bit matrix peak (FP16, then BF16), else TF32, else FP32.
  @Test(arguments: [
    ("V100", Precision.fp16), ("TPU v3", .bf16), ("P100", .fp32), ("K80", .fp32),
    ("GTX 1080 Ti", .fp32), ("H100", .fp16), ("Gaudi 3", .bf16), ("Ascend 910", .fp16),
  ])
  func defaultPrecisionFollowsTheRule(name: String, expected: Precision) throws {
    #expect(try catalog.accelerator(named: name).defaultPrecision?.precision == expected)
  }

  /// The reason names the other 16-bit peak only when it differs: AMD's MI100 spec sheet gives
  /// FP16 184.6 and BF16 92.3 TFLOPS (the lower, BF16, is the default); NVIDIA's H100 SXM datasheet
  /// gives both at 989.4 TFLOPS dense.
  @Test func defaultPrecisionNamesADifferentOtherPeak() throws {
    let mi100 = try #require(try catalog.accelerator(named: "MI100").defaultPrecision)
    #expect(mi100.precision == .bf16)
    #expect(
      mi100.reason
        == "the BF16 matrix (tensor) peak, as mixed-precision training uses, the lower of its 16-bit peaks (FP16 gives 185 TFLOP/s) (no precision given)"
    )
    let h100 = try #require(try catalog.accelerator(named: "H100 SXM").defaultPrecision)
    #expect(h100.precision == .fp16)
    #expect(
      h100.reason == "the FP16 matrix (tensor) peak, as mixed-precision training uses (no precision given)")
  }

  /// Chip names are looked up by their letters and digits, lower-cased, as Unicode lower-cases
  /// them: the Kelvin sign (U+212A) becomes "k", so "K80" typed with it finds the K80.
  @Test(arguments: [
    ("H100 SXM", "h100sxm"), ("  a100-80GB ", "a10080gb"), ("TPU v5e", "tpuv5e"), ("", ""),
    ("\u{212A}80", "k80"), ("Ascend 910B — Huawei", "ascend910bhuawei"), ("ÉCLAIR 9", "clair9"),
  ])
  func lookupKeysKeepLowerCasedLettersAndDigits(name: String, key: String) throws {
    #expect(HardwareCatalog.key(name) == key)
  }

  /// Only chips with no 16-bit, TF32 or FP32 peak lack a default: TPU v1 (INT8 only, Jouppi et
  /// al. 2017) and the first Gaudi (Habana published no peak). TPU v7 Ironwood has one since the
  /// Cloud TPU docs give its BF16 peak (2,307 TFLOPS).
  @Test func everyChipButThoseWithoutAFloatingPointPeakHasADefaultPrecision() {
    let noFloatingPointPeak = ["Google TPU v1", "Intel Habana Gaudi (HL-205)"]
    for chip in catalog.accelerators where !noFloatingPointPeak.contains(chip.name) {
      #expect(chip.defaultPrecision != nil, "\(chip.name)")
    }
    #expect((try? catalog.accelerator(named: "TPU v1"))?.defaultPrecision == nil)
    #expect((try? catalog.accelerator(named: "Gaudi 1"))?.defaultPrecision == nil)
    #expect((try? catalog.accelerator(named: "TPU v7"))?.defaultPrecision?.precision == .bf16)
  }

  @Test func unknownHardwareSuggestsTheClosestNames() throws {
    let error = #expect(throws: EstimateError.self) { try catalog.accelerator(named: "H1000") }
    guard case .unknownHardware(let name, let suggestions) = error else {
      Issue.record("expected unknownHardware, got \(String(describing: error))")
      return
    }
    #expect(name == "H1000")
    #expect(suggestions.first == "NVIDIA H100 SXM5 80GB")
  }

  @Test func missingPrecisionListsWhatTheChipHas() throws {
    #expect(
      throws: EstimateError.precisionUnavailable(
        hardware: "NVIDIA Tesla V100 SXM2", precision: .bf16, available: [.fp64, .fp32, .fp16])
    ) {
      try peak("V100", .bf16)
    }
    #expect(throws: EstimateError.self) { try peak("TPU v4", .fp16) }
  }
}
