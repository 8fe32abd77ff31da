import Foundation

/// An SVG line chart of the backward/forward ratio against batch size (log-scaled, base 2),
/// with axes, ticks, labels and the study's 1:1, 2:1 and 3:1 reference lines. Written by hand:
/// a dozen SVG elements do not warrant a plotting dependency, and none exists for Swift on Linux.
public enum RatioChart {
  static let width = 640.0
  static let height = 400.0
  static let left = 70.0
  static let right = 20.0
  static let top = 40.0
  static let bottom = 60.0

  /// The chart as a standalone SVG document.
  public static func svg(_ points: [RatioPoint], title: String) -> String {
    let sorted = points.filter { $0.batchSize > 0 && $0.ratio.isFinite }.sorted {
      $0.batchSize < $1.batchSize
    }
    let low = log2(Double(sorted.first?.batchSize ?? 1))
    let high = max(log2(Double(sorted.last?.batchSize ?? 2)), low + 1)
    let ratioTop = max(3.5, (sorted.map(\.ratio).max() ?? 3) * 1.1)
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    func x(_ batch: Int) -> Double { left + (log2(Double(batch)) - low) / (high - low) * plotWidth }
    func y(_ ratio: Double) -> Double { top + (1 - ratio / ratioTop) * plotHeight }
    func number(_ value: Double) -> String { String(format: "%.1f", value) }

    var parts = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
      "<text x=\"\(number(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">\(escaped(title))</text>",
    ]
    for reference in [1.0, 2.0, 3.0] where reference <= ratioTop {
      parts.append(
        "<line x1=\"\(number(left))\" y1=\"\(number(y(reference)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(reference)))\" stroke=\"#ccc\" stroke-dasharray=\"4 3\"/>"
      )
    }
    for tick in stride(from: 0.0, through: ratioTop, by: 0.5) {
      parts.append(
        "<text x=\"\(number(left - 8))\" y=\"\(number(y(tick) + 4))\" text-anchor=\"end\">\(NumberFormatting.plain(tick))</text>"
      )
    }
    for exponent in Int(low.rounded(.up))...Int(high.rounded(.down)) {
      let batch = 1 << exponent
      parts.append(
        "<text x=\"\(number(x(batch)))\" y=\"\(number(height - bottom + 18))\" text-anchor=\"middle\">\(batch)</text>"
      )
    }
    parts.append(
      "<path d=\"M\(number(left)),\(number(top)) V\(number(height - bottom)) H\(number(width - right))\" fill=\"none\" stroke=\"black\"/>"
    )
    parts.append(
      "<text x=\"\(number(left + plotWidth / 2))\" y=\"\(number(height - 15))\" text-anchor=\"middle\">batch size (log scale)</text>"
    )
    parts.append(
      "<text transform=\"translate(18,\(number(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">backward / forward FLOP ratio</text>"
    )
    let path = sorted.enumerated().map { index, point in
      "\(index == 0 ? "M" : "L")\(number(x(point.batchSize))),\(number(y(point.ratio)))"
    }.joined(separator: " ")
    parts.append("<path d=\"\(path)\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>")
    for point in sorted {
      parts.append(
        "<circle cx=\"\(number(x(point.batchSize)))\" cy=\"\(number(y(point.ratio)))\" r=\"3\" fill=\"#1f77b4\"><title>batch \(point.batchSize): \(NumberFormatting.plain(point.ratio, digits: 4))</title></circle>"
      )
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n") + "\n"
  }

  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
