import Foundation

extension Interval {
  /// Two independent estimates of one quantity combined: the product of their densities in log
  /// space, each the two-piece normal its interval describes. The central value is the product's
  /// mode and the bounds its 5th and 95th percentiles.
  ///
  /// For two symmetric intervals this is inverse-variance weighting (the mode sits at the
  /// precision-weighted mean of the logs and σ = 1/√(1/σ₁² + 1/σ₂²)). For skewed ones it keeps
  /// the skew where the two overlap: an operation count that assumed one epoch (no spread below,
  /// ×100 above) and a hardware time 40× higher combine near the hardware time, with an interval
  /// from the hardware time's own spread, rather than at the edge of the one-sided interval.
  public static func combining(_ first: Interval, _ second: Interval) -> Interval {
    let product = TwoPieceProduct(first, second)
    guard let mode = product.mode, let low = product.quantile(0.05), let high = product.quantile(0.95)
    else { return first }
    let central = exp(mode)
    var result = Interval(
      central: central, sigmaBelow: max(mode - low, 0) / Spread.z90,
      sigmaAbove: max(high - mode, 0) / Spread.z90)
    result.low = exp(min(low, mode))
    result.high = exp(max(high, mode))
    return result
  }
}

/// The product of two two-piece normal densities over y = ln x. Between and beyond the two
/// central values each density is one Gaussian piece, so the product is Gaussian on each of the
/// three segments, with a closed-form mass there (through `erfc`); quantiles are found by
/// bisection on that piecewise distribution.
private struct TwoPieceProduct {
  /// One segment [start, end] where the product is a scaled Gaussian of this mean and precision.
  private struct Piece {
    var end: Double
    var mean: Double
    var precision: Double
    /// ln of the product's value at `mean`.
    var logPeak: Double
    /// The piece's share of the total mass, set once all pieces are known.
    var mass = 0.0
    /// √precision, and erfc at the segment's start on both sides: the parts of `normalMass` that
    /// do not depend on `y`, worked out once (bisection calls it some forty times per bound).
    private let root: Double
    let start: Double
    private let erfcAtStart: Double
    private let erfcAtMirroredStart: Double
    /// `normalMass(upTo: end)`, the segment's share of its full Gaussian.
    private(set) var segmentMass = 0.0

    init(start: Double, end: Double, mean: Double, precision: Double, logPeak: Double) {
      self.start = start
      self.end = end
      self.mean = mean
      self.precision = precision
      self.logPeak = logPeak
      root = precision.squareRoot()
      let a = (start - mean) * root
      erfcAtStart = erfc(a / 2.squareRoot())
      erfcAtMirroredStart = erfc(-a / 2.squareRoot())
      segmentMass = normalMass(upTo: end)
    }

    /// ∫ from `start` to `y` of the piece's Gaussian, in units of its full Gaussian's mass:
    /// Φ(b) − Φ(a) for a = (start − mean)√precision ≤ b = (y − mean)√precision, accurate in both tails.
    func normalMass(upTo y: Double) -> Double {
      let a = (start - mean) * root
      let b = (y - mean) * root
      guard b > a else { return 0 }
      if a >= 0 { return 0.5 * (erfcAtStart - erfc(b / 2.squareRoot())) }
      if b <= 0 { return 0.5 * (erfc(-b / 2.squareRoot()) - erfcAtMirroredStart) }
      return 1 - 0.5 * erfcAtMirroredStart - 0.5 * erfc(b / 2.squareRoot())
    }
  }

  private var pieces: [Piece] = []

  init(_ first: Interval, _ second: Interval) {
    let floor = 1e-6  // a side with no spread is a very narrow one, not a division by zero
    let mu1 = log(first.central)
    let mu2 = log(second.central)
    let span = 12 * max(first.sigmaBelow, first.sigmaAbove, second.sigmaBelow, second.sigmaAbove, floor)
    let cuts = [min(mu1, mu2) - span, min(mu1, mu2), max(mu1, mu2), max(mu1, mu2) + span]
    for index in 0..<3 {
      let start = cuts[index]
      let end = cuts[index + 1]
      guard end > start else { continue }
      let middle = (start + end) / 2
      let s1 = max(middle < mu1 ? first.sigmaBelow : first.sigmaAbove, floor)
      let s2 = max(middle < mu2 ? second.sigmaBelow : second.sigmaAbove, floor)
      let w1 = 1 / (s1 * s1)
      let w2 = 1 / (s2 * s2)
      let precision = w1 + w2
      let mean = (w1 * mu1 + w2 * mu2) / precision
      let logPeak = -w1 * (mean - mu1) * (mean - mu1) / 2 - w2 * (mean - mu2) * (mean - mu2) / 2
      pieces.append(Piece(start: start, end: end, mean: mean, precision: precision, logPeak: logPeak))
    }
    // Each piece's mass ∝ e^logPeak × √(2π/precision) × (its Gaussian's share of the segment).
    let logMasses = pieces.map { piece in
      piece.logPeak + 0.5 * log(2 * Double.pi / piece.precision) + log(piece.segmentMass)
    }
    guard let largest = logMasses.filter(\.isFinite).max() else {
      pieces = []
      return
    }
    let weights = logMasses.map { $0.isFinite ? exp($0 - largest) : 0 }
    let total = weights.reduce(0, +)
    for index in pieces.indices { pieces[index].mass = weights[index] / total }
  }

  /// ln of the product's unnormalised value at `y`, on the piece that holds it.
  private func logDensity(_ y: Double, _ piece: Piece) -> Double {
    piece.logPeak - piece.precision * (y - piece.mean) * (y - piece.mean) / 2
  }

  /// Where the product peaks: each piece's peak clamped to its segment, the highest of them.
  var mode: Double? {
    let candidates = pieces.map { piece -> (Double, Double) in
      let y = min(max(piece.mean, piece.start), piece.end)
      return (y, logDensity(y, piece))
    }
    return candidates.max { $0.1 < $1.1 }?.0
  }

  /// The share of the product's mass below `y`.
  private func cumulative(_ y: Double) -> Double {
    var total = 0.0
    for piece in pieces where piece.mass > 0 {
      if y >= piece.end {
        total += piece.mass
      } else if y > piece.start {
        total += piece.mass * piece.normalMass(upTo: y) / piece.segmentMass
      }
    }
    return total
  }

  /// The y below which `share` of the mass lies.
  func quantile(_ share: Double) -> Double? {
    guard var low = pieces.first?.start, var high = pieces.last?.end else { return nil }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if cumulative(middle) < share { low = middle } else { high = middle }
      if high - low < 1e-10 { break }  // 1e-10 in ln x: a relative 1e-10 in the bound
    }
    return (low + high) / 2
  }
}
