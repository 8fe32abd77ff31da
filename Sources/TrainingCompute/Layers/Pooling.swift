/// Max or average pooling over the spatial dimensions of a `[C, L…]` input: with a window
/// (kernel, stride, padding), adaptive (to a given output size), or global (to size 1).
///
/// Global pooling accepts any number of spatial dimensions.
///
/// Output size with a window: `⌊(L + 2p − k) / s⌋ + 1` (PyTorch `MaxPool*d`/`AvgPool*d`,
/// `ceil_mode=False`); stride defaults to the kernel size. Adaptive pooling gives the requested
/// size; global pooling gives 1 per spatial dimension.
///
/// Formula (element-wise only; no parameters): forward is one comparison or add per window
/// element read, `output elements × window` (adaptive and global: about `input elements`); the
/// input gradient routes (max) or spreads (average) each output gradient over its window, counted
/// as much as the forward pass. Pooling has no matrix work, so FlopCounterMode ignores it.
public struct Pooling: Layer {
  /// How a window is reduced.
  public enum Reduction: String, Sendable, Codable, CaseIterable {
    /// The largest element.
    case max
    /// The mean of the elements.
    case average
  }

  /// How the windows are laid out.
  public enum Window: Sendable, Equatable {
    /// A sliding window per spatial dimension.
    case sliding(kernel: [Int], stride: [Int], padding: [Int])
    /// Windows that divide the input into the given output size.
    case adaptive(outputSize: [Int])
    /// One window over each whole channel.
    case global
  }

  /// Max or average.
  public var reduction: Reduction
  /// The window layout.
  public var window: Window
  /// Spatial dimensions (1, 2 or 3).
  public var spatialRank: Int

  /// A pooling layer over `spatialRank` spatial dimensions.
  public init(_ reduction: Reduction, window: Window, spatialRank: Int = 2) {
    self.reduction = reduction
    self.window = window
    self.spatialRank = spatialRank
  }

  /// A sliding-window pooling layer; stride defaults to the kernel, settings given as one value
  /// apply to every dimension.
  public static func sliding(
    _ reduction: Reduction, kernel: [Int], stride: [Int]? = nil, padding: [Int] = [0], spatialRank: Int = 2
  ) -> Pooling {
    func spread(_ values: [Int]) -> [Int] {
      values.count == 1 ? Array(repeating: values[0], count: spatialRank) : values
    }
    return Pooling(
      reduction,
      window: .sliding(kernel: spread(kernel), stride: spread(stride ?? kernel), padding: spread(padding)),
      spatialRank: spatialRank)
  }

  public var kind: String {
    let prefix = reduction == .max ? "max" : "avg"
    switch window {
    case .sliding: return "\(prefix)_pool\(spatialRank)d"
    case .adaptive: return "adaptive_\(prefix)_pool\(spatialRank)d"
    case .global: return "global_\(prefix)_pool"
    }
  }

  public func outputShape(for inputs: [TensorShape]) throws(LayerIssue) -> TensorShape {
    let input = try LayerIssue.single(inputs)
    if window == .global {
      guard input.rank >= 2 else {
        throw LayerIssue(
          field: "input shape", value: input.description, allowed: "[channels, spatial sizes…] for \(kind)")
      }
      return TensorShape([input.dimensions[0]] + Array(repeating: 1, count: input.rank - 1))
    }
    guard (1...3).contains(spatialRank), input.rank == spatialRank + 1 else {
      throw LayerIssue(
        field: "input shape", value: input.description,
        allowed: "[channels, \(spatialRank) spatial sizes] for \(kind)")
    }
    let spatial = Array(input.dimensions.dropFirst())
    switch window {
    case .global:
      return input
    case .adaptive(let size):
      let sizes = size.count == 1 ? Array(repeating: size[0], count: spatialRank) : size
      guard sizes.count == spatialRank, sizes.allSatisfy({ $0 >= 1 }) else {
        throw LayerIssue(
          field: "output_size", value: "\(size)", allowed: "one or \(spatialRank) sizes of at least 1")
      }
      return TensorShape([input.dimensions[0]] + sizes)
    case .sliding(let kernel, let stride, let padding):
      return try slidingShape(input, spatial: spatial, kernel: kernel, stride: stride, padding: padding)
    }
  }

  private func slidingShape(
    _ input: TensorShape, spatial: [Int], kernel: [Int], stride: [Int], padding: [Int]
  ) throws(LayerIssue) -> TensorShape {
    for (field, values) in [("kernel", kernel), ("stride", stride), ("padding", padding)] {
      guard values.count == spatialRank else {
        throw LayerIssue(field: field, value: "\(values)", allowed: "one size or \(spatialRank) sizes")
      }
    }
    for size in kernel { try LayerIssue.positive(size, field: "kernel") }
    for size in stride { try LayerIssue.positive(size, field: "stride") }
    for size in padding { try LayerIssue.nonNegative(size, field: "padding") }
    var output = [input.dimensions[0]]
    for axis in 0..<spatialRank {
      let span = spatial[axis].adding(saturating: 2 * padding[axis]) - kernel[axis]
      guard span >= 0 else {
        throw LayerIssue(
          field: "input shape", value: input.description, allowed: "at least as large as the kernel \(kernel)"
        )
      }
      output.append(span / stride[axis] + 1)
    }
    return TensorShape(output)
  }

  public func cost(for inputs: [TensorShape]) -> LayerCost {
    guard let input = inputs.first, let output = try? outputShape(for: inputs) else { return .free }
    let work: Double
    switch window {
    case .sliding(let kernel, _, _): work = output.elements * kernel.reduce(1.0) { $0 * Double($1) }
    case .adaptive, .global: work = max(input.elements, output.elements)
    }
    return LayerCost(forward: .elementwise(work), inputGradient: .elementwise(work))
  }
}
