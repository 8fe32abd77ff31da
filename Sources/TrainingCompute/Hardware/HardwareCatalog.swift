/// The accelerators the tool knows, looked up by name the forgiving way: case, spaces, dashes and
/// punctuation don't matter, and names as papers write them resolve through each row's aliases.
/// Systems, superchips, boards and cores resolve to their chips through `units`.
public struct HardwareCatalog: Sendable {
  /// Every accelerator, in catalog order.
  public let accelerators: [Accelerator]
  /// Every named unit that holds a number of catalog chips.
  public let units: [HardwareUnit]
  let index: [String: Int]
  private let unitIndex: [String: Int]

  /// The longest hardware name accepted: longer text is refused before any matching work.
  public static let maximumNameLength = 100

  /// A catalog of the given accelerators and units; names and aliases are indexed by their key.
  public init(_ accelerators: [Accelerator], units: [HardwareUnit] = []) {
    self.accelerators = accelerators
    self.units = units
    var index: [String: Int] = [:]
    for (position, accelerator) in accelerators.enumerated() {
      for name in [accelerator.name] + accelerator.aliases {
        let key = Self.key(name)
        if index[key] == nil { index[key] = position }
      }
    }
    var unitIndex: [String: Int] = [:]
    for (position, unit) in units.enumerated() {
      for name in [unit.name] + unit.aliases {
        let key = Self.key(name)
        if index[key] == nil, unitIndex[key] == nil { unitIndex[key] = position }
      }
    }
    self.index = index
    self.unitIndex = unitIndex
  }

  /// The built-in catalog (see `HardwareCatalog+Entries.swift` for the rows and their sources).
  public static let builtIn = HardwareCatalog(HardwareCatalog.entries, units: HardwareCatalog.unitEntries)

  /// The accelerator called `name` (or one of its aliases); an unknown name lists the closest ones.
  /// A unit name (a system, a superchip) resolves to the chip it holds: use `resolve` to learn how
  /// many.
  public func accelerator(named name: String) throws(EstimateError) -> Accelerator {
    try resolve(name).accelerator
  }

  /// The chip `name` stands for, and the unit it named when that is not one chip.
  public func resolve(_ name: String) throws(EstimateError) -> ResolvedHardware {
    try Self.checkLength(name)
    let key = Self.key(name)
    if let position = index[key] { return ResolvedHardware(accelerator: accelerators[position], unit: nil) }
    if let position = unitIndex[key] {
      let unit = units[position]
      guard let chipPosition = index[Self.key(unit.chip)] else {
        throw .unknownHardware(name: unit.chip, suggestions: [])
      }
      return ResolvedHardware(accelerator: accelerators[chipPosition], unit: unit)
    }
    throw .unknownHardware(name: name, suggestions: suggestions(for: name))
  }

  /// The units (systems, superchips, boards, cores) that hold `chip`.
  public func units(holding chip: Accelerator) -> [HardwareUnit] {
    units.filter { unit in index[Self.key(unit.chip)].map { accelerators[$0].name } == chip.name }
  }

  /// Refuses a name too long to be a hardware name, before any work proportional to its length.
  static func checkLength(_ name: String) throws(EstimateError) {
    guard name.utf8.count <= maximumNameLength else {
      throw .outOfRange(
        field: "hardware", value: "a name of \(name.utf8.count) bytes",
        allowed: "a name of at most \(maximumNameLength) characters")
    }
  }

  /// Up to `limit` catalog names closest to `name`, best first. Candidates of the same family
  /// (the leading letters: "h" for H100/H800/H20, "mi" for MI250/MI300X) rank before others.
  /// Within a rank, a model number that extends or shortens the one typed ("H1000" → H100) looks
  /// like a typo and comes first; then the nearest generation (model number: "MI400" → MI355X,
  /// MI350X, MI325X before MI100; "TPU v8" → v7, v6e); then edit distance; then name. Names
  /// longer than `maximumNameLength` get no suggestions (and no work).
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    guard name.utf8.count <= Self.maximumNameLength else { return [] }
    let key = Self.key(name)
    guard !key.isEmpty else { return [] }
    let family = Self.family(key)
    let number = Self.modelNumber(key)
    let digits = Self.modelDigits(key)
    var best: [String: Score] = [:]
    let candidates =
      index.map { ($0.key, accelerators[$0.value].name) } + unitIndex.map { ($0.key, units[$0.value].name) }
    let threshold = max(3, key.count / 2)
    for (candidate, display) in candidates {
      let lengthGap = abs(candidate.count - key.count)
      let contained = candidate.contains(key) || key.contains(candidate)
      let rank = Self.family(candidate) == family ? 0 : 1
      // A same-family name with a model number is a generation neighbour however far its
      // spelling ("MI400" → MI355X), so only other names must pass the distance threshold.
      let neighbour = rank == 0 && !family.isEmpty && number != nil && Self.modelNumber(candidate) != nil
      // The edit distance is at least the length gap: skip the quadratic work when that alone
      // puts the candidate past the threshold.
      if !contained, !neighbour, lengthGap > threshold { continue }
      let distance = contained ? lengthGap / 4 : Self.editDistance(key, candidate)
      if !neighbour, distance > threshold { continue }
      let gap: Int
      if let number, let other = Self.modelNumber(candidate) {
        gap = abs(other - number)
      } else {
        gap = Int.max / 2
      }
      let otherDigits = Self.modelDigits(candidate)
      let typo =
        !digits.isEmpty && !otherDigits.isEmpty && digits != otherDigits
        && (digits.hasPrefix(otherDigits) || otherDigits.hasPrefix(digits))
      let entry = Score(rank: rank, typo: typo ? 0 : 1, numberGap: gap, distance: distance)
      if let current = best[display], current <= entry { continue }
      best[display] = entry
    }
    return
      best
      .sorted { ($0.value, $0.key) < ($1.value, $1.key) }
      .prefix(limit).map(\.key)
  }

  /// How a suggestion ranks; lower is better, compared field by field in this order.
  struct Score: Comparable {
    var rank: Int
    var typo: Int
    var numberGap: Int
    var distance: Int

    static func < (lhs: Score, rhs: Score) -> Bool {
      (lhs.rank, lhs.typo, lhs.numberGap, lhs.distance) < (rhs.rank, rhs.typo, rhs.numberGap, rhs.distance)
    }
  }

  /// The first run of digits in a key, as text: "h100sxm" → "100".
  static func modelDigits(_ key: String) -> Substring {
    Substring(key).drop { !$0.isNumber }.prefix { $0.isNumber }.prefix(6)
  }

  /// The leading letters of a key after a vendor word: "nvidiah100" → "h", "amdinstinctmi250" → "mi".
  static func family(_ key: String) -> String {
    var rest = Substring(key)
    for vendor in ["nvidia", "amd", "instinct", "google", "tesla", "geforce", "intel", "huawei"]
    where rest.hasPrefix(vendor) {
      rest = rest.dropFirst(vendor.count)
    }
    return String(rest.prefix { $0.isLetter })
  }

  /// The first run of digits in a key, capped to stay small: "h100sxm" → 100.
  static func modelNumber(_ key: String) -> Int? {
    let digits = key.drop { !$0.isNumber }.prefix { $0.isNumber }.prefix(6)
    return Int(digits)
  }

  /// The lookup key: lower-case letters and digits only.
  static func key(_ name: String) -> String {
    if let ascii = asciiKey(name) { return ascii }
    // Lower-casing first matters beyond ASCII: the Kelvin sign lower-cases to "k", "İ" to "i" and
    // a combining dot.
    return String(
      name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(
        Character.init))
  }

  /// `key` of an all-ASCII name, read byte by byte (a request looks up its chip by name several
  /// times); nil when the name has other characters.
  private static func asciiKey(_ name: String) -> String? {
    var name = name
    return name.withUTF8 { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { key in
        var count = 0
        for byte in bytes {
          // Setting bit 5 lowers A–Z; digits keep their value.
          let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
          if (lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z"))
            || (lowered >= UInt8(ascii: "0") && lowered <= UInt8(ascii: "9"))
          {
            key[count] = lowered
            count += 1
          }
        }
        return count
      }
    }
  }

  /// Levenshtein distance between two keys.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
