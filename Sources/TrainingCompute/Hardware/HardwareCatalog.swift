/// The accelerators the tool knows, looked up by name the forgiving way: case, spaces, dashes and
/// punctuation don't matter, and names as papers write them resolve through each row's aliases.
public struct HardwareCatalog: Sendable {
  /// Every accelerator, in catalog order.
  public let accelerators: [Accelerator]
  private let index: [String: Int]

  /// A catalog of the given accelerators; names and aliases are indexed by their lookup key.
  public init(_ accelerators: [Accelerator]) {
    self.accelerators = accelerators
    var index: [String: Int] = [:]
    for (position, accelerator) in accelerators.enumerated() {
      for name in [accelerator.name] + accelerator.aliases {
        let key = Self.key(name)
        if index[key] == nil { index[key] = position }
      }
    }
    self.index = index
  }

  /// The built-in catalog (see `HardwareCatalog+Entries.swift` for the rows and their sources).
  public static let builtIn = HardwareCatalog(HardwareCatalog.entries)

  /// The accelerator called `name` (or one of its aliases); an unknown name lists the closest ones.
  public func accelerator(named name: String) throws(EstimateError) -> Accelerator {
    let key = Self.key(name)
    if let position = index[key] { return accelerators[position] }
    throw .unknownHardware(name: name, suggestions: suggestions(for: name))
  }

  /// Up to `limit` catalog names closest to `name`, best first.
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    let key = Self.key(name)
    guard !key.isEmpty else { return [] }
    // Rank by distance, then by the length of the shared prefix ("h1000" is closer to "h100…"
    // than to "k6000" at the same edit distance), then by name for a stable order.
    var best: [String: (distance: Int, prefix: Int)] = [:]
    for (candidate, position) in index {
      let distance =
        candidate.contains(key) || key.contains(candidate)
        ? abs(candidate.count - key.count) / 4
        : Self.editDistance(key, candidate)
      let prefix = zip(key, candidate).prefix { $0 == $1 }.count
      let display = accelerators[position].name
      if let current = best[display], (current.distance, -current.prefix) <= (distance, -prefix) {
        continue
      }
      best[display] = (distance, prefix)
    }
    let threshold = max(3, key.count / 2)
    return best.filter { $0.value.distance <= threshold }
      .sorted {
        ($0.value.distance, -$0.value.prefix, $0.key) < ($1.value.distance, -$1.value.prefix, $1.key)
      }
      .prefix(limit).map(\.key)
  }

  /// The lookup key: lower-case letters and digits only.
  static func key(_ name: String) -> String {
    String(
      name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(
        Character.init))
  }

  /// Levenshtein distance between two keys.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
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
