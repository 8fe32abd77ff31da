import Foundation
import Testing

@testable import TrainingCompute

/// The formatter rounds without calling the C library on its fast path; the C library's
/// `printf` (through `String(format:)`) is the independent reference it must match digit for
/// digit, ties and carries included.
@Suite struct PrintfRoundingTests {
  /// What `%.Ne` gives, tidied the way the tool prints exponents (`3.15e+23` → `3.15e23`).
  private func printfExponential(_ value: Double, digits: Int) -> String {
    let text = String(format: "%.\(digits - 1)e", value)
    let parts = text.split(separator: "e")
    var mantissa = String(parts[0])
    if mantissa.contains(".") {
      while mantissa.hasSuffix("0") { mantissa.removeLast() }
      if mantissa.hasSuffix(".") { mantissa.removeLast() }
    }
    let exponent = Int(parts[1])!
    return "\(mantissa)e\(exponent)"
  }

  /// What `%.Nf` gives with trailing fractional zeros dropped.
  private func printfFixed(_ value: Double, decimals: Int) -> String {
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  @Test func exponentialMatchesPrintfOnSeededValues() {
    var generator = SplitMix64(seed: 0x7261_696E)
    for _ in 0..<20000 {
      let exponent = Double(Int(generator.next() % 80) - 40)
      let mantissa = 1 + Double(generator.next() % 9_000_000) / 1_000_000
      let value = mantissa * pow(10, exponent)
      for digits in 1...4 {
        #expect(
          NumberFormatting.exponential(value, significantDigits: digits)
            == printfExponential(value, digits: digits), "\(value) to \(digits) digits")
      }
    }
  }

  @Test func fixedMatchesPrintfOnSeededValues() {
    var generator = SplitMix64(seed: 0x666C_6F70)
    for _ in 0..<20000 {
      let value = Double(Int64(generator.next() % 20_000_000) - 10_000_000) / 1000
      for decimals in 0...4 {
        #expect(
          NumberFormatting.fixed(value, decimals: decimals)
            == printfFixed(value, decimals: decimals), "\(value) to \(decimals) places")
      }
    }
  }

  /// Ties and carries, where a product's rounding could go either way: the exact binary value
  /// decides, as in C (`2.675` is stored just below the tie, `0.125` is an exact tie to even, `0.0005` just above one).
  @Test(arguments: [
    (2.675, 2, "2.67"), (0.125, 2, "0.12"), (0.375, 2, "0.38"), (9.995, 2, "9.99"),
    (9.9996, 3, "10"), (1.5, 0, "2"), (2.5, 0, "2"), (0.0005, 3, "0.001"),
  ])
  func fixedTies(value: Double, decimals: Int, expected: String) {
    #expect(NumberFormatting.fixed(value, decimals: decimals) == expected)
  }

  /// Whole numbers below 10^15 are shown in full with a comma every three digits; Foundation's
  /// `NumberFormatter` (decimal style, `en_US_POSIX` with grouping) is the reference.
  @Test func wholeNumbersAreGroupedLikeNumberFormatter() {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.numberStyle = .decimal
    formatter.usesGroupingSeparator = true
    formatter.groupingSeparator = ","
    formatter.groupingSize = 3
    var generator = SplitMix64(seed: 0x6772_6F75)
    var values: [Double] = [0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, 999_999_999_999_999]
    for _ in 0..<2000 {
      let digits = Int(generator.next() % 15) + 1
      let value = Double(Int64(generator.next() % UInt64(pow(10, Double(digits)))))
      values.append(generator.next() % 2 == 0 || value == 0 ? value : -value)  // no −0: the tool shows 0
    }
    for value in values {
      #expect(NumberFormatting.plain(value) == formatter.string(from: NSNumber(value: value)), "\(value)")
    }
  }

  @Test(arguments: [
    (3.15e23, "3.15e23"), (9.996e9, "1e10"), (1.125e5, "1.12e5"),
    (1.135e5, "1.14e5"), (-4.2e-7, "-4.2e-7"), (1e22, "1e22"), (1e300, "1e300"),
    (Double.leastNonzeroMagnitude, "4.94e-324"),
  ])
  func scientificFigures(value: Double, expected: String) {
    #expect(NumberFormatting.scientific(value) == expected)
  }
}

/// A small seeded generator (Steele, Lea & Flood's SplitMix64) so the sampled values are the
/// same on every run.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
