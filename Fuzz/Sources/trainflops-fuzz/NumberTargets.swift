import Foundation
import TrainingCompute

extension FuzzTargets {
  /// Number text as every count field takes it: `175B`, `1.4e12`, `40%`, `1,000`.
  static let numbers = FuzzTarget(name: "numbers", seeds: ["Fuzz/Seeds/numbers"]) { data in
    let text = String(decoding: data, as: UTF8.self)
    _ = try? NumberInput.parse(text, field: "params")
    _ = try? NumberInput.parsePositive(text, field: "tokens")
    _ = try? Precision(parsing: text)
    _ = try? Optimizer(parsing: text)
  }

  /// Duration text: `30d`, `2.5 weeks`, `90 minutes`.
  static let durations = FuzzTarget(name: "durations", seeds: ["Fuzz/Seeds/durations"]) { data in
    _ = try? DurationInput.parse(String(decoding: data, as: UTF8.self), field: "time")
  }
}
