/// One accelerator chip as the catalog describes it.
///
/// Peaks are **dense** (no 2:4 sparsity) and **per chip** (a TPU board, a dual-GPU card or a
/// superchip is not a chip; exceptions say so in `name` and `notes`), one per precision, never
/// rounded. `matrixPrecisions` lists the precisions whose peak comes from matrix units (tensor
/// cores, MXUs, matrix cores); the others are vector rates.
public struct Accelerator: Sendable, Hashable, Codable {
  /// The name shown to people, as the vendor writes it.
  public var name: String
  /// The vendor: NVIDIA, AMD, Google, Intel, Huawei …
  public var vendor: String
  /// The year the chip was released (or first became available).
  public var releaseYear: Int
  /// Dense per-chip peak for each precision the chip publishes a figure for.
  public var peaks: [Precision: FLOPRate]
  /// Precisions whose peak is a matrix-unit figure.
  public var matrixPrecisions: Set<Precision>
  /// Memory per chip.
  public var memory: Bytes?
  /// Memory bandwidth per chip.
  public var memoryBandwidth: BytesPerSecond?
  /// Thermal design power (or maximum board power) per chip.
  public var thermalDesignPower: Watts?
  /// Other names papers and databases use for the chip; matched by the catalog's lookup.
  public var aliases: [String]
  /// Where the figures come from (a datasheet, a whitepaper, a documentation page).
  public var source: String
  /// What a reader must know about the figures (variants, per-board values, doubts).
  public var notes: String
  /// What one row counts when it is not a plain chip, said whenever the row is used: a K80 row is
  /// one GK210 GPU, half a board.
  public var countingNote: String?
  /// TensorCores per chip for TPUs, so that a count of cores converts to chips.
  public var coresPerChip: Int?

  public init(
    name: String, vendor: String, releaseYear: Int, peaks: [Precision: Double],
    matrixPrecisions: Set<Precision> = [], memoryGB: Double? = nil,
    memoryBandwidthGBs: Double? = nil, tdpWatts: Double? = nil, aliases: [String] = [],
    source: String, notes: String = "", countingNote: String? = nil, coresPerChip: Int? = nil
  ) {
    self.name = name
    self.vendor = vendor
    self.releaseYear = releaseYear
    self.peaks = peaks.mapValues(FLOPRate.init)
    self.matrixPrecisions = matrixPrecisions
    self.memory = memoryGB.map { Bytes($0 * 1e9) }
    self.memoryBandwidth = memoryBandwidthGBs.map { BytesPerSecond($0 * 1e9) }
    self.thermalDesignPower = tdpWatts.map(Watts.init)
    self.aliases = aliases
    self.source = source
    self.notes = notes
    self.countingNote = countingNote
    self.coresPerChip = coresPerChip
  }

  /// The precisions with a published peak, in `Precision` order.
  public var availablePrecisions: [Precision] { peaks.keys.sorted() }

  /// The dense peak at `precision`, or an error listing the precisions the chip has.
  public func peak(for precision: Precision) throws(EstimateError) -> FLOPRate {
    guard let rate = peaks[precision] else {
      throw .precisionUnavailable(hardware: name, precision: precision, available: availablePrecisions)
    }
    return rate
  }

  /// The precision to use when the user names none: the 16-bit matrix peak if the chip has one
  /// (FP16, then BF16), else TF32, else FP32 — the order Epoch AI's `get_flop_per_second` uses —
  /// and the sentence that says so. `nil` when the chip publishes none of these (INT8-only chips).
  public var defaultPrecision: (precision: Precision, reason: String)? {
    for candidate in [Precision.fp16, .bf16] where matrixPrecisions.contains(candidate) {
      if peaks[candidate] != nil {
        return (
          candidate,
          "the \(candidate.displayName) matrix (tensor) peak, as mixed-precision training uses (no precision given)"
        )
      }
    }
    if peaks[.tf32] != nil {
      return (.tf32, "the TF32 peak (no precision given, and the chip has no 16-bit matrix peak)")
    }
    if peaks[.fp32] != nil {
      return (.fp32, "the FP32 peak (no precision given, and the chip has no 16-bit matrix or TF32 peak)")
    }
    return nil
  }
}
