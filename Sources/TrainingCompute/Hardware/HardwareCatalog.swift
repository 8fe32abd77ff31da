/// The accelerators the tool knows, looked up by name the forgiving way: case, spaces, dashes and
/// punctuation don't matter, and names as papers write them resolve through each row's aliases.
/// Systems, superchips, boards and cores resolve to their chips through `units`.
public struct HardwareCatalog: Sendable {
  /// Every accelerator, in catalog order.
  public let accelerators: [Accelerator]
  /// Every named unit that holds a number of catalog chips.
  public let units: [HardwareUnit]
  private let index: [String: Int]
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

  /// Refuses a name too long to be a hardware name, before any work proportional to its length.
  static func checkLength(_ name: String) throws(EstimateError) {
    guard name.utf8.count <= maximumNameLength else {
      throw .outOfRange(
        field: "hardware", value: "a name of \(name.utf8.count) bytes",
        allowed: "a name of at most \(maximumNameLength) characters")
    }
  }

  /// Up to `limit` catalog names closest to `name`, best first. Candidates of the same family
  /// (the leading letters: "h" for H100/H800/H20, "mi" for MI250/MI300X) rank before others; then
  /// by edit distance; between equally distant names, by how close the model number is; then by
  /// name. Names longer than `maximumNameLength` get no suggestions (and no work).
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    guard name.utf8.count <= Self.maximumNameLength else { return [] }
    let key = Self.key(name)
    guard !key.isEmpty else { return [] }
    let family = Self.family(key)
    let number = Self.modelNumber(key)
    var best: [String: (rank: Int, distance: Int, numberGap: Int)] = [:]
    let candidates =
      index.map { ($0.key, accelerators[$0.value].name) } + unitIndex.map { ($0.key, units[$0.value].name) }
    for (candidate, display) in candidates {
      let distance =
        candidate.contains(key) || key.contains(candidate)
        ? abs(candidate.count - key.count) / 4
        : Self.editDistance(key, candidate)
      let rank = Self.family(candidate) == family ? 0 : 1
      let gap: Int
      if let number, let other = Self.modelNumber(candidate) {
        gap = abs(other - number)
      } else {
        gap = Int.max / 2
      }
      let entry = (rank, distance, gap)
      if let current = best[display], (current.rank, current.distance, current.numberGap) <= entry {
        continue
      }
      best[display] = entry
    }
    let threshold = max(3, key.count / 2)
    return best.filter { $0.value.distance <= threshold }
      .sorted {
        ($0.value.rank, $0.value.distance, $0.value.numberGap, $0.key)
          < ($1.value.rank, $1.value.distance, $1.value.numberGap, $1.key)
      }
      .prefix(limit).map(\.key)
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
    String(
      name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(
        Character.init))
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
