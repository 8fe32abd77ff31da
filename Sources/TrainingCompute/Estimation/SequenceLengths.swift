/// The lengths of the training sequences: one length, or a distribution (packed or variable-length
/// batches). Attention work per token grows with the length of the token's own sequence, so a
/// distribution's attention cost is set by Σ nᵢ·Tᵢ² / Σ nᵢ·Tᵢ, not by the mean length.
public struct SequenceLengths: Sendable, Equatable {
  /// One group of sequences of the same length.
  public struct Group: Sendable, Equatable {
    /// Tokens in each sequence.
    public var length: Int
    /// How many sequences (or any relative weight) have this length.
    public var count: Double
    /// A group of `count` sequences of `length` tokens.
    public init(length: Int, count: Double) {
      self.length = length
      self.count = count
    }
  }

  /// The groups.
  public var groups: [Group]

  /// Sequences of lengths and counts.
  public init(groups: [Group]) { self.groups = groups }

  /// Every sequence `length` tokens long.
  public init(length: Int) { self.groups = [Group(length: length, count: 1)] }

  /// Reads `2048` or `512x3,2048x1` (length × number of sequences).
  public static func parse(_ text: String, field: String = "seq-len") throws(EstimateError) -> SequenceLengths
  {
    var groups: [Group] = []
    for part in text.split(separator: ",") {
      let pieces = part.split(separator: "x", maxSplits: 1).map(String.init)
      let length = try Validate.positiveCount(NumberInput.parse(pieces[0], field: field), field: field)
      let count = pieces.count == 2 ? try NumberInput.parsePositive(pieces[1], field: field) : 1
      groups.append(Group(length: length, count: count))
    }
    guard !groups.isEmpty else {
      throw .missingInput(
        field: field, expected: "a length such as 2048, or lengths with counts such as 512x3,2048x1")
    }
    return SequenceLengths(groups: groups)
  }

  /// Tokens-weighted mean length: the average length of the sequence a token sits in,
  /// Σ nᵢ·Tᵢ² / Σ nᵢ·Tᵢ. Attention FLOP per token is proportional to it; equal to T for one length.
  public var attentionContext: Double {
    let tokens = groups.map { $0.count * Double($0.length) }.reduce(0, +)
    let squares = groups.map { $0.count * Double($0.length) * Double($0.length) }.reduce(0, +)
    return tokens > 0 ? squares / tokens : 0
  }

  /// Sequence-weighted mean length, Σ nᵢ·Tᵢ / Σ nᵢ.
  public var meanLength: Double {
    let sequences = groups.map(\.count).reduce(0, +)
    let tokens = groups.map { $0.count * Double($0.length) }.reduce(0, +)
    return sequences > 0 ? tokens / sequences : 0
  }

  /// Text for reports: "2048" or "512×3, 2048×1".
  public var description: String {
    if groups.count == 1 { return String(groups[0].length) }
    return groups.map { "\($0.length)×\(NumberFormatting.plain($0.count))" }.joined(separator: ", ")
  }
}
