/// Batch, layer, RMS and group normalization.
///
/// - BatchNorm normalizes each channel (dimension 0 of `[C, …]`) over the batch and the spatial
///   positions; LayerNorm and RMSNorm normalize the last dimension of each feature vector;
///   GroupNorm normalizes groups of channels of `[C, …]`.
/// - Parameters (PyTorch's defaults): BatchNorm and GroupNorm `2·C` (scale and shift), LayerNorm
///   `2·d` (`d` without bias), RMSNorm `d` (scale only); none without affine parameters. Running
///   statistics are buffers, not parameters.
///
/// Convention (element-wise only, FLOP per element): statistics 4 (mean: 1 add; variance:
/// subtract, square, add), normalizing 2 (subtract the mean, multiply by the reciprocal standard
/// deviation), affine 2 (scale, shift); RMSNorm has no mean: statistics 2, normalizing 1, scale 1.
/// The input gradient is counted as much as the forward pass; the weight gradient as 2 per
/// element for the scale (multiply, accumulate) and 1 for the shift (accumulate).
public struct Normalization: Layer {
  /// Which statistics are taken.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// Per channel, over batch and positions.
    case batch = "batch_norm"
    /// Per feature vector, over its last dimension.
    case layer = "layer_norm"
    /// Per feature vector, root mean square only (no mean, no shift).
    case rms = "rms_norm"
    /// Per group of channels.
    case group = "group_norm"
  }

  /// Which normalization.
  public var normalization: Kind
  /// Channels (batch, group) or the size of the last dimension (layer, RMS).
  public var features: Int
  /// Channel groups (group normalization only).
  public var groups: Int
  /// Whether the layer learns a scale (and, except RMSNorm, a shift).
  public var isAffine: Bool
  /// Whether the learned affine transform has a shift (LayerNorm's `bias`).
  public var hasBias: Bool

  /// A normalization layer over `features` channels or features.
  public init(
    _ normalization: Kind, features: Int, groups: Int = 1, isAffine: Bool = true, hasBias: Bool = true
  ) {
    self.normalization = normalization
    self.features = features
    self.groups = groups
    self.isAffine = isAffine
    self.hasBias = hasBias && normalization != .rms
  }

  public var kind: String { normalization.rawValue }

  /// Scale and shift parameters.
  public var parameterCount: Int { isAffine ? features.multiplied(saturating: hasBias ? 2 : 1) : 0 }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    try LayerIssue.positive(features, field: "features")
    let input = try LayerIssue.single(inputs)
    switch normalization {
    case .layer, .rms:
      try LayerIssue.lastDimension(of: input, equals: features, field: "features")
    case .batch, .group:
      guard input.dimensions.first == features else {
        throw LayerIssue(
          field: "input shape", value: input.description,
          allowed: "a shape whose first dimension is \(features) channels (features)")
      }
      if normalization == .group {
        try LayerIssue.positive(groups, field: "groups")
        guard features % groups == 0 else {
          throw LayerIssue(
            field: "groups", value: String(groups), allowed: "a divisor of \(features) channels")
        }
      }
    }
    return input
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    let elements = inputs.first?.elements ?? 0
    let isRMS = normalization == .rms
    let normalize = (isRMS ? 3.0 : 6.0) * elements
    let affine = isAffine ? (hasBias ? 2.0 : 1.0) * elements : 0
    let weightGradient = isAffine ? (hasBias ? 3.0 : 2.0) * elements : 0
    return LayerCost(
      parameters: parameterCount, forward: .elementwise(normalize + affine),
      inputGradient: .elementwise(normalize + affine), weightGradient: .elementwise(weightGradient))
  }
}
