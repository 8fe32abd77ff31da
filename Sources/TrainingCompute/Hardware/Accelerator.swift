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
  /// The month (1–12) of release, where the source gives it.
  public var releaseMonth: Int?
  /// Dense per-chip peak for each precision the chip publishes a figure for.
  public var peaks: [Precision: FLOPRate]
  /// Precisions whose peak is a matrix-unit figure.
  public var matrixPrecisions: Set<Precision>
  /// The vector (non-tensor, non-matrix) rate for precisions whose `peaks` entry is a matrix rate,
  /// where the source gives it: FP16 non-tensor on NVIDIA parts, FP32 vector on AMD CDNA parts.
  public var vectorPeaks: [Precision: FLOPRate]
  /// Precisions whose stored peak is the vendor's with-sparsity figure, because the vendor
  /// publishes no dense one (Cerebras). Every other peak is dense.
  public var sparsePrecisions: Set<Precision>
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
  /// The clock the peaks assume, where it is not the vendor's usual boost (GPU Boost) clock.
  public var clockConvention: String?

  public init(
    name: String, vendor: String, releaseYear: Int, releaseMonth: Int? = nil,
    peaks: [Precision: Double], matrixPrecisions: Set<Precision> = [],
    sparsePrecisions: Set<Precision> = [], vectorPeaks: [Precision: Double] = [:], memoryGB: Double? = nil,
    memoryBandwidthGBs: Double? = nil, tdpWatts: Double? = nil, aliases: [String] = [],
    source: String, notes: String = "", countingNote: String? = nil, coresPerChip: Int? = nil,
    clockConvention: String? = nil
  ) {
    self.name = name
    self.vendor = vendor
    self.releaseYear = releaseYear
    self.releaseMonth = releaseMonth
    self.peaks = peaks.mapValues(FLOPRate.init)
    self.matrixPrecisions = matrixPrecisions
    self.sparsePrecisions = sparsePrecisions
    self.vectorPeaks = vectorPeaks.mapValues(FLOPRate.init)
    self.memory = memoryGB.map { Bytes($0 * 1e9) }
    self.memoryBandwidth = memoryBandwidthGBs.map { BytesPerSecond($0 * 1e9) }
    self.thermalDesignPower = tdpWatts.map(Watts.init)
    self.aliases = aliases
    self.source = source
    self.notes = notes
    self.countingNote = countingNote
    self.coresPerChip = coresPerChip
    self.clockConvention = clockConvention
  }

  /// The release date as people read it: "2024-03" where the month is known, else "2024".
  public var releaseDate: String {
    guard let month = releaseMonth, (1...12).contains(month) else { return String(releaseYear) }
    return "\(releaseYear)-\(month < 10 ? "0" : "")\(month)"
  }

  /// Whether the peak at `precision` is the vendor's sparse figure rather than a dense one.
  public func isSparsePeak(_ precision: Precision) -> Bool { sparsePrecisions.contains(precision) }

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
  /// (FP16, then BF16; where both exist and differ, as on the MI100, the lower, since a run may
  /// have used either), else TF32, else FP32 — the order Epoch AI's `get_flop_per_second` uses —
  /// and the phrase that says so. `nil` when the chip publishes none of these (INT8-only chips).
  public var defaultPrecision: (precision: Precision, reason: String)? {
    // The 16-bit matrix peaks, read without arrays (every hardware estimate without a precision
    // asks): the lower one, FP16 on a tie, and the other named when its peak differs.
    let fp16 = matrixPrecisions.contains(.fp16) ? peaks[.fp16] : nil
    let bf16 = matrixPrecisions.contains(.bf16) ? peaks[.bf16] : nil
    let lowest: Precision
    var other: (precision: Precision, peak: FLOPRate)?
    switch (fp16, bf16) {
    case (let half?, let brain?):
      lowest = brain.value < half.value ? .bf16 : .fp16
      if half != brain { other = lowest == .fp16 ? (.bf16, brain) : (.fp16, half) }
    case (_?, nil): lowest = .fp16
    case (nil, _?): lowest = .bf16
    case (nil, nil):
      if peaks[.tf32] != nil {
        return (.tf32, "the TF32 peak (no precision given, and the chip has no 16-bit matrix peak)")
      }
      if peaks[.fp32] != nil {
        return (.fp32, "the FP32 peak (no precision given, and the chip has no 16-bit matrix or TF32 peak)")
      }
      return nil
    }
    let otherText: Sentence =
      if let other {
        ", the lower of its 16-bit peaks (\(other.precision.displayName) gives \(other.peak.description))"
      } else {
        ""
      }
    let reason: Sentence =
      "the \(lowest.displayName) matrix (tensor) peak, as mixed-precision training uses\(otherText) (no precision given)"
    return (lowest, reason.text)
  }

}
