import Testing

@testable import TrainingCompute

/// Catalog rows corrected against their datasheets on 2026-11-30 (issue 10, item 1). Each case
/// pins the figure the cited document prints, not the catalog's own table.
struct CatalogCorrectionTests {
  let catalog = HardwareCatalog.builtIn

  func peak(_ name: String, _ precision: Precision) throws -> Double {
    try catalog.accelerator(named: name).peak(for: precision).value
  }

  /// Cloud TPU docs, TPU7x page: BF16 2,307 TFLOPs per chip (the row held FP8 only). Neuron docs,
  /// Trainium page: 190 "FP16/BF16/cFP8/TF32" TFLOPS and 380 INT8 TOPS per chip. AMD product
  /// pages: MI355X FP32 vector 157.3 TFLOPS; MI350X FP64 vector 72.1, FP32 144.2 TFLOPS. NVIDIA
  /// HGX page: HGX B300 FP16/BF16 36 PFLOPS with sparsity for 8 GPUs (dense per GPU = 36/8/2),
  /// FP32 600 TFLOPS for 8; GB300 NVL72 page: FP16/BF16 360 PFLOPS with sparsity for 72 GPUs;
  /// HGX page: HGX B200 TF32 18 PFLOPS with sparsity for 8 GPUs (the row held the rounded 1.1e15).
  static let corrected: [(String, Precision, Double)] = [
    ("TPU v7", Precision.bf16, 2307e12), ("Trainium", .tf32, 190e12), ("Trainium", .int8, 380e12),
    ("MI355X", .fp32, 157.3e12), ("MI350X", .fp64, 72.1e12), ("MI350X", .fp32, 144.2e12),
    ("B300", .bf16, 36e15 / 16), ("B300", .fp32, 600e12 / 8), ("GB300 GPU", .bf16, 360e15 / 144),
    ("B200", .tf32, 18e15 / 16),
  ]

  @Test(arguments: corrected)
  func correctedFiguresMatchTheirDatasheets(name: String, precision: Precision, expected: Double) throws {
    #expect(abs(try peak(name, precision) - expected) <= expected * 1e-12)
  }

  /// Cloud TPU docs give TPU7x and v5p memory in GiB (192 and 95 GiB per chip); Neuron docs give
  /// Trainium 32 GiB. The catalog stores decimal bytes.
  @Test(arguments: [("TPU v7", 192.0), ("TPU v5p", 95.0), ("Trainium", 32.0)])
  func memoryGivenInGibibytesIsConverted(name: String, gibibytes: Double) throws {
    let memory = try #require(try catalog.accelerator(named: name).memory)
    #expect(abs(memory.value - gibibytes * 1_073_741_824) < 1)
  }

  /// The HGX B300 GPU (1,100 W) and the GB300 NVL72 GPU (1,400 W) are different rows: the rack
  /// part runs faster (FP4 dense 15 vs 13.5 PFLOPS per GPU: 1,080/72 and 108/8 PFLOPS).
  @Test func hgxB300AndGB300AreSeparateRows() throws {
    let hgx = try catalog.accelerator(named: "B300")
    let rack = try catalog.accelerator(named: "GB300 GPU")
    #expect(hgx.name != rack.name)
    #expect(hgx.thermalDesignPower?.value == 1100)
    #expect(rack.thermalDesignPower?.value == 1400)
    #expect(abs(try peak("B300", .fp4) - 108e15 / 8) < 1)
    #expect(abs(try peak("GB300 GPU", .fp4) - 1080e15 / 72) < 1)
  }

  /// NVIDIA GB300 NVL72 page: 72 Blackwell Ultra GPUs per rack, 2 per GB300 superchip; HGX page:
  /// 8 per HGX B300.
  @Test(arguments: [("GB300 NVL72", 72.0), ("GB300", 2.0), ("HGX B300", 8.0), ("DGX B300", 8.0)])
  func blackwellUltraSystemsCountTheirGPUs(unit: String, chips: Double) throws {
    let resolved = try catalog.resolve(unit)
    #expect(resolved.chipsPerUnit == chips)
  }

  /// H100 NVL announced 2023-03-21 (NVIDIA GTC 2023); Cloud TPU v5p: December 2023.
  @Test func releaseDatesCarryTheMonthWhereKnown() throws {
    #expect(try catalog.accelerator(named: "H100 NVL").releaseDate == "2023-03")
    #expect(try catalog.accelerator(named: "TPU v5p").releaseDate == "2023-12")
    #expect(try catalog.accelerator(named: "H20").releaseDate == "2024")
  }

  /// Vector (non-tensor) rates beside the matrix peaks: FP16 non-tensor 78 (A100 whitepaper),
  /// 31.4 (V100 datasheet), 133.8 (H100 whitepaper), 82.6 TFLOPS (Ada whitepaper, RTX 4090), as
  /// the reference CSV's fp16_nontensor column holds them; AMD MI250X page: FP32 vector 47.9
  /// TFLOPS per 2-GCD package; Intel Gaudi 3 white paper: BF16 vector 28.7 TFLOPS.
  @Test(arguments: [
    ("A100", Precision.fp16, 78e12), ("V100", .fp16, 31.4e12), ("H100", .fp16, 133.8e12),
    ("RTX 4090", .fp16, 82.6e12), ("MI250X", .fp32, 47.9e12 / 2), ("Gaudi 3", .bf16, 28.7e12),
  ])
  func vectorRatesSitBesideTheMatrixPeaks(name: String, precision: Precision, expected: Double) throws {
    let chip = try catalog.accelerator(named: name)
    let rate = try #require(chip.vectorPeaks[precision])
    #expect(abs(rate.value - expected) <= expected * 1e-12)
    #expect(try HardwareReport.show(chip, as: .text).contains("\(precision.displayName) vector peak (dense)"))
  }

  /// `hardware list` carries the release date and the vector columns: the A100's FP16 non-tensor
  /// 78 TFLOPS (A100 whitepaper) and the CS-3's peak marked sparse (Cerebras quotes no dense one).
  @Test func listCarriesDatesVectorColumnsAndSparseMarks() throws {
    let csv = try HardwareReport.list(catalog.accelerators, as: .csv)
    let lines = csv.split(separator: "\n")
    let header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
    let a100 = try #require(lines.first { $0.hasPrefix("NVIDIA A100 SXM4 40GB,") })
    let cells = a100.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let column = try #require(header.firstIndex(of: "FP16 vector"))
    #expect(cells[column] == "7.8e13")
    #expect(cells[2] == "2020")
    #expect(csv.contains("1.25e17 (sparse)"))
  }

  /// `hardware show` prints the release date, the unit, the clock convention and the TDP.
  @Test func showPrintsDateUnitClockAndPower() throws {
    let text = try HardwareReport.show(try catalog.accelerator(named: "GTX Titan"), as: .text)
    #expect(text.contains("2013-02"))
    #expect(text.contains("base (837 MHz) for FP64"))
    #expect(text.contains("250 W"))
    #expect(text.contains("one chip (the peaks are per chip)"))
  }
}
