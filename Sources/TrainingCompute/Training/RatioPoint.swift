/// The backward/forward ratio of a model at one batch size.
public struct RatioPoint: Sendable, Equatable, Codable {
  /// Examples per weight update.
  public var batchSize: Int
  /// Backward FLOP (with the update's share) ÷ forward FLOP.
  public var ratio: Double

  /// A point of the ratio curve.
  public init(batchSize: Int, ratio: Double) {
    self.batchSize = batchSize
    self.ratio = ratio
  }

  enum CodingKeys: String, CodingKey {
    case ratio
    case batchSize = "batch_size"
  }
}

extension BackwardAnalysis {
  /// The ratio at each batch size (the layers' costs do not depend on it; the update's share does).
  public func ratios(batchSizes: [Int]) -> [RatioPoint] {
    batchSizes.map { RatioPoint(batchSize: $0, ratio: ratio(batchSize: $0)) }
  }
}
