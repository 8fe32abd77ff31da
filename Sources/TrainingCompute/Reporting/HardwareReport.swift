/// Renders the hardware catalog: a list of every chip, or one chip in full.
public enum HardwareReport {
  /// One row per chip: name, vendor, year and the dense peak at each precision.
  public static func list(_ accelerators: [Accelerator], as format: OutputFormat) throws -> String {
    if format == .json { return try JSONOutput.string(accelerators.map(Entry.init)) }
    let rows = accelerators.map { chip in
      [chip.name, chip.vendor, String(chip.releaseYear)]
        + Precision.allCases.map { chip.peaks[$0].map { NumberFormatting.scientific($0.value) } ?? "" }
    }
    let header = ["name", "vendor", "year"] + Precision.allCases.map(\.displayName)
    return Table(header: header, rows: rows, rightAligned: Set(2..<header.count)).render(format)
  }

  /// Every figure the catalog holds for one chip, with its source and notes.
  public static func show(_ chip: Accelerator, as format: OutputFormat) throws -> String {
    if format == .json { return try JSONOutput.string(Entry(chip)) }
    var rows = [["name", chip.name], ["vendor", chip.vendor], ["release year", String(chip.releaseYear)]]
    for precision in chip.availablePrecisions {
      if let rate = chip.peaks[precision] {
        let kind = chip.matrixPrecisions.contains(precision) ? "matrix units" : "vector units"
        let unit = precision.isInteger ? "OP/s" : "FLOP/s"
        rows.append([
          "\(precision.displayName) peak (dense)",
          "\(NumberFormatting.scientific(rate.value)) \(unit) (\(kind))",
        ])
      }
    }
    if let choice = chip.defaultPrecision {
      rows.append(["default precision", choice.precision.displayName])
    }
    if let memory = chip.memory { rows.append(["memory", memory.description]) }
    if let bandwidth = chip.memoryBandwidth { rows.append(["memory bandwidth", bandwidth.description]) }
    if let power = chip.thermalDesignPower { rows.append(["TDP", power.description]) }
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
    var peaks: [String: FLOPRate]
    var matrixPrecisions: [String]
    var defaultPrecision: String?
    var memoryBytes: Bytes?
    var memoryBandwidthBytesPerSecond: BytesPerSecond?
    var tdpWatts: Watts?
    var aliases: [String]
    var source: String
    var notes: String

    init(_ chip: Accelerator) {
      name = chip.name
      vendor = chip.vendor
      releaseYear = chip.releaseYear
      peaks = Dictionary(uniqueKeysWithValues: chip.peaks.map { ($0.key.rawValue, $0.value) })
      matrixPrecisions = chip.matrixPrecisions.sorted().map(\.rawValue)
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
      case matrixPrecisions = "matrix_precisions"
      case defaultPrecision = "default_precision"
      case memoryBytes = "memory_bytes"
      case memoryBandwidthBytesPerSecond = "memory_bandwidth_bytes_per_second"
      case tdpWatts = "tdp_watts"
    }
  }
}
