/// Renders the hardware catalog: a list of every chip, or one chip in full.
public enum HardwareReport {
  /// One row per chip: name, vendor, release date, the dense peak at each precision, then the
  /// vector (non-tensor) rates the catalog holds beside matrix peaks.
  public static func list(_ accelerators: [Accelerator], as format: OutputFormat) throws -> String {
    if format == .json { return try JSONOutput.string(accelerators.map { Entry($0) }) }
    let vectorColumns = Set(accelerators.flatMap(\.vectorPeaks.keys)).sorted()
    let rows = accelerators.map { chip in
      [chip.name, chip.vendor, chip.releaseDate]
        + Precision.allCases.map { precision in
          chip.peaks[precision].map {
            NumberFormatting.scientific($0.value) + (chip.isSparsePeak(precision) ? " (sparse)" : "")
          } ?? ""
        }
        + vectorColumns.map { chip.vectorPeaks[$0].map { NumberFormatting.scientific($0.value) } ?? "" }
    }
    let header =
      ["name", "vendor", "released"] + Precision.allCases.map(\.displayName)
      + vectorColumns.map { "\($0.displayName) vector" }
    return Table(header: header, rows: rows, rightAligned: Set(2..<header.count)).render(format)
  }

  /// Every figure the catalog holds for one chip, with its source and notes.
  public static func show(
    _ chip: Accelerator, as format: OutputFormat, catalog: HardwareCatalog = .builtIn
  ) throws -> String {
    let holders = catalog.units(holding: chip)
    if format == .json { return try JSONOutput.string(Entry(chip, units: holders)) }
    var rows = [
      ["name", chip.name], ["vendor", chip.vendor], ["release date", chip.releaseDate],
      ["unit", chip.countingNote ?? "one chip (the peaks are per chip)"],
      [
        "clock convention",
        chip.clockConvention ?? "the vendor's published peak (boost clock where the vendor gives one)",
      ],
    ]
    if let cores = chip.coresPerChip { rows.append(["cores per chip", String(cores)]) }
    for unit in holders {
      rows.append([
        "held by",
        "\(unit.name) (\(unit.kind.rawValue)): \(NumberFormatting.plain(unit.chipsPerUnit)) chips each; \(unit.source)",
      ])
    }
    for precision in chip.availablePrecisions {
      if let rate = chip.peaks[precision] {
        let kind = chip.matrixPrecisions.contains(precision) ? "matrix units" : "vector units"
        let unit = precision.isInteger ? "OP/s" : "FLOP/s"
        let sparse = chip.isSparsePeak(precision)
        rows.append([
          "\(precision.displayName) peak (\(sparse ? "vendor's sparse figure" : "dense"))",
          "\(NumberFormatting.scientific(rate.value)) \(unit) (\(kind)"
            + (sparse ? "; the vendor publishes no dense peak, so this is an upper bound)" : ")"),
        ])
      }
    }
    for (precision, rate) in chip.vectorPeaks.sorted(by: { $0.key < $1.key }) {
      rows.append([
        "\(precision.displayName) vector peak (dense)",
        "\(NumberFormatting.scientific(rate.value)) FLOP/s (vector units, without the matrix units)",
      ])
    }
    if let choice = chip.defaultPrecision {
      rows.append(["default precision", choice.precision.displayName])
    }
    if let memory = chip.memory { rows.append(["memory", memory.description]) }
    if let bandwidth = chip.memoryBandwidth { rows.append(["memory bandwidth", bandwidth.description]) }
    rows.append(["TDP", chip.thermalDesignPower?.description ?? "not published: left out (see notes)"])
    if !chip.aliases.isEmpty { rows.append(["also known as", chip.aliases.joined(separator: "; ")]) }
    rows.append(["source", chip.source])
    if !chip.notes.isEmpty { rows.append(["notes", chip.notes]) }
    return Table(header: ["field", "value"], rows: rows).render(format)
  }

  /// The JSON shape of one catalog row: peaks keyed by precision name, in FLOP/s (OP/s for INT8).
  struct Entry: Encodable {
    var name: String
    var vendor: String
    var releaseYear: Int
    var releaseDate: String
    var peaks: [String: FLOPRate]
    var vectorPeaks: [String: FLOPRate]
    var matrixPrecisions: [String]
    var sparsePrecisions: [String]
    var defaultPrecision: String?
    var memoryBytes: Bytes?
    var memoryBandwidthBytesPerSecond: BytesPerSecond?
    var tdpWatts: Watts?
    var aliases: [String]
    var source: String
    var notes: String
    var unit: String
    var clockConvention: String?
    var coresPerChip: Int?
    var heldBy: [UnitEntry]

    struct UnitEntry: Encodable {
      var name: String
      var kind: String
      var chipsPerUnit: Double
      var source: String
      enum CodingKeys: String, CodingKey {
        case name, kind, source
        case chipsPerUnit = "chips_per_unit"
      }
    }

    init(_ chip: Accelerator, units: [HardwareUnit] = []) {
      unit = chip.countingNote ?? "chip"
      clockConvention = chip.clockConvention
      coresPerChip = chip.coresPerChip
      heldBy = units.map {
        UnitEntry(name: $0.name, kind: $0.kind.rawValue, chipsPerUnit: $0.chipsPerUnit, source: $0.source)
      }
      name = chip.name
      vendor = chip.vendor
      releaseYear = chip.releaseYear
      releaseDate = chip.releaseDate
      peaks = Dictionary(uniqueKeysWithValues: chip.peaks.map { ($0.key.rawValue, $0.value) })
      vectorPeaks = Dictionary(uniqueKeysWithValues: chip.vectorPeaks.map { ($0.key.rawValue, $0.value) })
      matrixPrecisions = chip.matrixPrecisions.sorted().map(\.rawValue)
      sparsePrecisions = chip.sparsePrecisions.sorted().map(\.rawValue)
      defaultPrecision = chip.defaultPrecision?.precision.rawValue
      memoryBytes = chip.memory
      memoryBandwidthBytesPerSecond = chip.memoryBandwidth
      tdpWatts = chip.thermalDesignPower
      aliases = chip.aliases
      source = chip.source
      notes = chip.notes
    }

    enum CodingKeys: String, CodingKey {
      case name, vendor, peaks, aliases, source, notes
      case releaseYear = "release_year"
      case releaseDate = "release_date"
      case vectorPeaks = "vector_peaks"
      case sparsePrecisions = "sparse_precisions"
      case matrixPrecisions = "matrix_precisions"
      case defaultPrecision = "default_precision"
      case memoryBytes = "memory_bytes"
      case memoryBandwidthBytesPerSecond = "memory_bandwidth_bytes_per_second"
      case tdpWatts = "tdp_watts"
      case unit
      case clockConvention = "clock_convention"
      case coresPerChip = "cores_per_chip"
      case heldBy = "held_by"
    }
  }
}
