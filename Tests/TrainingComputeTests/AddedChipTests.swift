import Testing

@testable import TrainingCompute

/// The chips issue 10 asked for, pinned to their datasheets (sparse figures halved, per the
/// catalog's dense convention), and the corrected conventions of older rows.
struct AddedChipTests {
  let catalog = HardwareCatalog.builtIn

  func peak(_ name: String, _ precision: Precision) throws -> Double {
    try catalog.accelerator(named: name).peak(for: precision).value
  }

  /// A30 datasheet: BF16 165 TFLOPS dense; H100 NVL datasheet: FP16 1,671 TFLOPS with sparsity;
  /// H20 product brief: BF16 148 TFLOPS; GH200 datasheet: the Hopper GPU's 989.4 BF16 (as H100
  /// SXM); AWS Neuron docs: Trainium2 BF16 667, Trainium 190; AMD: MI355X FP4 10 PFLOPS, MI210
  /// BF16 181 TFLOPS, MI50 FP32 13.3; Google: Ironwood FP8 4,614 TFLOPS; GB300 NVL72 page: FP4
  /// 1,080 PFLOPS dense for 72 GPUs; Quadro RTX 8000 datasheet: tensor 130.5 TFLOPS; P4
  /// datasheet: INT8 22 TOPS.
  static let datasheet: [(String, Precision, Double)] = [
    ("A30", Precision.bf16, 165e12), ("H100 NVL", .fp16, 1671e12 / 2), ("H20", .bf16, 148e12),
    ("GH200", .bf16, 989.4e12), ("Trainium2", .bf16, 667e12), ("Trainium", .bf16, 190e12),
    ("MI355X", .fp4, 10e15), ("MI210", .bf16, 181e12), ("MI50", .fp32, 13.3e12), ("TPU v7", .fp8, 4614e12),
    ("GB300", .fp4, 1080e15 / 72), ("Quadro RTX 8000", .fp16, 130.5e12), ("P4", .int8, 22e12),
    ("RTX A6000", .fp16, 309.7e12 / 2), ("B100", .fp8, 7e15 / 2),
  ]

  @Test(arguments: datasheet)
  func datasheetValues(name: String, precision: Precision, expected: Double) throws {
    #expect(abs(try peak(name, precision) - expected) <= expected * 1e-12)
  }

  @Test(arguments: [
    "H20", "H100 NVL", "GH200", "A30", "B100", "B300", "GB300", "RTX A6000", "Quadro RTX 8000",
    "Quadro RTX 6000", "Titan Xp", "GTX 1080", "GTX 980", "GTX Titan", "Tesla M60", "P4", "MI355X",
    "MI350X", "MI210", "MI50", "MI60", "TPU v7", "Ironwood", "Trainium", "Trainium2",
  ])
  func addedChipsAreListedWithASource(name: String) throws {
    let chip = try catalog.accelerator(named: name)
    #expect(!chip.source.isEmpty)
  }

  /// 'H20' now resolves to the H20 itself, not the 6.7× faster H200.
  @Test func h20IsNotTheH200() throws {
    #expect(try catalog.accelerator(named: "H20").name == "NVIDIA H20")
  }

  /// AMD MI100 spec: FP16 184.6, BF16 92.3 TFLOPS; with no precision the lower is used and said.
  @Test func mi100DefaultsToItsLowerSixteenBitPeak() throws {
    let choice = try #require(try catalog.accelerator(named: "MI100").defaultPrecision)
    #expect(choice.precision == .bf16)
    #expect(choice.reason.contains("FP16 gives 185 TFLOP/s"))
  }

  /// AMD MI250X page: FP32 matrix 95.7 TFLOPS per OAM (2 GCDs); MI100: FP32 matrix 46.1.
  @Test func amdFP32IsTheMatrixRate() throws {
    #expect(try peak("MI250X", .fp32) == 95.7e12 / 2)
    #expect(try peak("MI100", .fp32) == 46.1e12)
  }

  /// Tesla K40 board specification: 2880 cores at 875 MHz boost = 5.04 TFLOPS FP32; GTX Titan
  /// Black: 2880 × 2 × 980 MHz boost = 5.645 TFLOPS: boost like every other row.
  @Test func keplerRowsUseBoostClocksLikeTheRest() throws {
    #expect(try peak("K40", .fp32) == 5.04e12)
    #expect(try peak("GTX Titan Black", .fp32) == 5.645e12)
    #expect(try catalog.accelerator(named: "K40").clockConvention?.contains("boost") == true)
  }

  /// Hopper datasheet: H100 SXM 989.4 and PCIe 756 TFLOPS BF16 dense; 'H100' says both.
  @Test func ambiguousNamesSayTheOtherVariants() throws {
    var inputs = HardwareInputs(fieldPrefix: "--")
    inputs.hardware = "H100"
    inputs.count = "8"
    inputs.days = "1"
    let estimate = try inputs.hardwareUsage().estimate()
    #expect(estimate.warnings.contains { $0.contains("several variants") && $0.contains("756 TFLOP/s") })
  }
}
