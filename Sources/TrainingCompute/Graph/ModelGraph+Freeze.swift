extension ModelGraph {
  /// Freezes the layers a list names, for fine-tuning: comma-separated layer names, or name
  /// prefixes ending in '.' or '*' (`wte,h.0.*`). Returns the first pattern that matches no layer
  /// (nothing is frozen then), or `nil` once every pattern matched and its layers are frozen.
  public mutating func freeze(matching list: String) -> String? {
    let patterns = list.split(separator: ",").map {
      String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
    func matches(_ pattern: String, _ name: String) -> Bool {
      if pattern.hasSuffix("*") { return name.hasPrefix(pattern.dropLast()) }
      if pattern.hasSuffix(".") { return name.hasPrefix(pattern) }
      return name == pattern
    }
    if let unmatched = patterns.first(where: { pattern in !nodes.contains { matches(pattern, $0.name) } }) {
      return unmatched
    }
    setFrozen { name in patterns.contains { matches($0, name) } }
    return nil
  }
}
