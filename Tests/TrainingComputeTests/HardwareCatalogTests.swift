import Testing

@testable import TrainingCompute

struct HardwareCatalogTests {
  let catalog = HardwareCatalog.builtIn

  /// The 33 rows of `shared/reference/hardware_reference.csv` plus the chips the issue requires.
  static let requiredNames = [
    // hardware_reference.csv
    "NVIDIA Tesla K80", "Tesla P100 SXM2", "P100 PCIe", "V100 SXM2", "V100 PCIe", "T4",
    "A100 SXM4 40GB", "A100 SXM4 80GB", "A10", "A40", "L4", "L40S", "H100 SXM5 80GB", "H100 PCIe",
    "H200", "B200", "GB200", "GTX 1080 Ti", "RTX 2080 Ti", "RTX 3090", "RTX 4090", "MI100",
    "MI250X", "MI300X", "MI325X", "TPU v2", "TPU v3", "TPU v4", "TPU v5e", "TPU v5p", "TPU v6e",
    "Gaudi 2", "Gaudi 3",
    // Chips of notable training runs since 2012
    "GTX 580", "GTX Titan Black", "GTX Titan X", "Quadro K6000", "Tesla K40", "TPU v1", "H800",
    "A800", "Huawei Ascend 910",
  ]

  @Test func holdsTheReferenceRowsAndTheRequiredExtraChips() throws {
    #expect(catalog.accelerators.count >= 42)
    var resolved: Set<String> = []
    for name in Self.requiredNames {
      let chip = try catalog.accelerator(named: name)
      resolved.insert(chip.name)
    }
    #expect(resolved.count == Self.requiredNames.count, "two required names resolved to one row")
  }

  /// Names as papers and Epoch AI's database write them.
  @Test(arguments: [
    ("NVIDIA Tesla V100 DGXS 32 GB", "NVIDIA Tesla V100 SXM2"),
    ("V100", "NVIDIA Tesla V100 SXM2"),
    ("A100 SXM4 80 GB", "NVIDIA A100 SXM4 80GB"),
    ("NVIDIA A100", "NVIDIA A100 SXM4 40GB"),
    ("A100", "NVIDIA A100 SXM4 40GB"),
    ("TPU v3", "Google TPU v3 (per chip)"),
    ("Google TPU v4", "Google TPU v4 (per chip)"),
    ("NVIDIA H100 SXM5 80GB", "NVIDIA H100 SXM5 80GB"),
    ("H100", "NVIDIA H100 SXM5 80GB"),
    ("NVIDIA Tesla K80", "NVIDIA Tesla K80 (per GK210 GPU, half a board)"),
    ("NVIDIA GeForce GTX 1080 Ti", "NVIDIA GeForce GTX 1080 Ti"),
    ("GTX 580", "NVIDIA GeForce GTX 580"),
    ("Huawei Ascend 910", "Huawei Ascend 910"),
    ("nvidia-h100-sxm5", "NVIDIA H100 SXM5 80GB"),
    ("NVIDIA Tesla V100 SXM2 32 GB", "NVIDIA Tesla V100 SXM2"),
  ])
  func resolvesNamesAsPapersWriteThem(alias: String, expected: String) throws {
    #expect(try catalog.accelerator(named: alias).name == expected)
  }

  /// Row names of Epoch AI's calculator `hardware_data.csv` (epoch-calculator.md §2.2) for the
  /// chips the catalog holds.
  @Test(arguments: [
    "NVIDIA GTX 580", "NVIDIA K40", "NVIDIA Quadro K6000", "NVIDIA GTX Titan Black", "NVIDIA K80",
    "NVIDIA Titan V", "NVIDIA V100 (NVLink)", "NVIDIA Tesla V100 SMX2", "Google TPU V2",
    "NVIDIA GTX1080 Ti", "Google TPU V3", "NVIDIA A100", "NVIDIA RTX 3090", "NVIDIA RTX 2080 Ti",
    "NVIDIA M40", "NVIDIA GeForce GTX 580", "NVIDIA Tesla K20", "NVIDIA P100", "NVIDIA T4",
    "NVIDIA P40", "NVIDIA GeForce RTX 3090", "NVIDIA GeForce RTX 3080",
    "NVIDIA GeForce GTX 1080 Ti",
  ])
  func resolvesEpochCalculatorRowNames(name: String) {
    #expect(throws: Never.self) { try catalog.accelerator(named: name) }
  }

  @Test func everyRowCitesASourceAndHasAVendorAndYear() {
    for chip in catalog.accelerators {
      #expect(chip.source.contains { !$0.isWhitespace }, "\(chip.name) has no source")
      #expect(!chip.vendor.isEmpty, "\(chip.name) has no vendor")
      #expect((2010...2025).contains(chip.releaseYear), "\(chip.name): year \(chip.releaseYear)")
      // A row with no peak (the first Gaudi) must say the vendor published none.
      #expect(!chip.peaks.isEmpty || chip.notes.contains("published no peak"), "\(chip.name) has no peaks")
      #expect(chip.releaseMonth.map { (1...12).contains($0) } ?? true, "\(chip.name): month")
    }
  }

  @Test func namesAndAliasesNeverPointAtTwoRows() {
    var owner: [String: String] = [:]
    for chip in catalog.accelerators {
      for name in Set(([chip.name] + chip.aliases).map(HardwareCatalog.key)) {
        #expect(!name.isEmpty, "\(chip.name) has an alias with no letters or digits")
        if let other = owner[name] {
          Issue.record("key '\(name)' belongs to both \(other) and \(chip.name)")
        }
        owner[name] = chip.name
      }
    }
  }

  @Test func matrixPrecisionsHavePeaks() {
    for chip in catalog.accelerators {
      #expect(chip.matrixPrecisions.isSubset(of: Set(chip.peaks.keys)), "\(chip.name)")
    }
  }
}

/// The variants an ambiguous name lists must be catalog rows: a missing one used to drop out of
/// the variant note in silence (the V100S) and cost a fuzzy search on every estimate.
struct AmbiguousNameTests {
  @Test func everyListedVariantIsInTheCatalog() {
    for (name, variants) in HardwareCatalog.ambiguousNames {
      #expect(HardwareCatalog.builtIn.alternatives(for: name).count == variants.count, "\(name)")
    }
  }
}
