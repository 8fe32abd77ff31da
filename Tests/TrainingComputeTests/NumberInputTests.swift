import Foundation
import Testing
import TrainingCompute

struct NumberInputTests {
  static let readable: [(String, Double)] = [
    ("3.14e23", 3.14e23), ("175e9", 175e9), ("175B", 175e9), ("1.4T", 1.4e12), ("300M", 300e6),
    ("1,000", 1000), ("10k", 1e4), ("2_048", 2048), ("175 billion", 175e9), (" 42 ", 42),
    ("1.5E-3", 1.5e-3), ("-2", -2), ("7G", 7e9), ("175billion", 175e9), ("1,5M", 15e6),
    ("175 B", 175e9), ("\u{A0}300B\n", 300e9), ("2.5 trillion ", 2.5e12), ("+3e2k", 3e5), ("1 P", 1e15),
    // Every suffix, with its short-scale (decimal) value.
    ("2K", 2e3), ("3b", 3e9), ("4t", 4e12), ("5thousand", 5e3), ("6 million", 6e6), ("7 quadrillion", 7e15),
  ]

  @Test(arguments: readable)
  func readsNumbersAsPeopleWriteThem(text: String, expected: Double) throws {
    let value = try NumberInput.parse(text, field: "params")
    #expect(abs(value - expected) <= 1e-12 * abs(expected))
  }

  /// Whole numbers of 1 to 17 digits (leading zeros too), bare or with a suffix, read exactly as
  /// the C library's `strtod` reads the digits, times the suffix's factor: up to 15 digits they
  /// are read without it, past that through it.
  @Test func wholeNumbersReadAsTheCLibraryReadsThem() throws {
    var random = SplitMix64(seed: 15)
    var texts = [
      "0", "7", "0042", "999999999999999", "1000000000000000", "9007199254740993", "12345678901234567",
    ]
    for length in 1...17 {
      for _ in 0..<40 {
        texts.append(
          String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &random))) }))
      }
    }
    for digits in texts {
      let read = strtod(digits, nil)
      for (suffix, factor) in [("", 1.0), ("k", 1e3), ("B", 1e9), ("T", 1e12), (" billion", 1e9)] {
        let value = try NumberInput.parse(digits + suffix, field: "params")
        #expect(value == read * factor, "\(digits)\(suffix)")
      }
    }
  }

  @Test(arguments: [
    "", "abc", "nan", "inf", "1e", "B", "1.2.3", "0x10", "12 parsecs", "--5", "1eB", "175 b illion",
    "1 7 5B", "175BB", "175 Billion", "kB", " ", "1e5e", "175B.",
  ])
  func refusesWhatIsNotANumber(text: String) {
    #expect(throws: EstimateError.notANumber(field: "params", text: text)) {
      try NumberInput.parse(text, field: "params")
    }
  }

  @Test func refusesANumberPastDouble() {
    #expect(throws: EstimateError.notFinite(field: "params", value: .infinity)) {
      try NumberInput.parse("1e400", field: "params")
    }
    #expect(throws: EstimateError.notFinite(field: "params", value: .infinity)) {
      try NumberInput.parse("1e300 quadrillion", field: "params")
    }
  }

  @Test func errorNamesTheFieldAndTheText() {
    do {
      _ = try NumberInput.parse("lots", field: "--tokens")
      Issue.record("expected an error")
    } catch {
      #expect(error == .notANumber(field: "--tokens", text: "lots"))
      #expect(error.description.contains("--tokens"))
      #expect(error.description.contains("'lots'"))
    }
  }

  @Test func positiveRefusesZeroAndNegatives() {
    #expect(throws: EstimateError.notPositive(field: "epochs", value: 0)) {
      try NumberInput.parsePositive("0", field: "epochs")
    }
    #expect(throws: EstimateError.notPositive(field: "epochs", value: -3)) {
      try NumberInput.parsePositive("-3", field: "epochs")
    }
  }

  @Test func wholeCountsRefuseFractions() {
    #expect(throws: EstimateError.notWholeNumber(field: "count", value: 2.5)) {
      try Validate.positiveCount(2.5, field: "count")
    }
    #expect((try? Validate.positiveCount(1024, field: "count")) == 1024)
  }
}

struct DurationInputTests {
  static let day: Double = 86_400
  static let durations: [(String, Double)] = [
    ("355h", 355 * 3600), ("14.8d", 14.8 * day), ("2w", 14 * day), ("0.5y", 0.5 * 365.25 * day),
    ("90 days", 90 * day), ("1e6 s", 1e6), ("30 minutes", 1800), ("3 months", 0.25 * 365.25 * day),
    ("1.5k hours", 1500 * 3600), ("1 Year", 365.25 * day),
  ]

  @Test(arguments: durations)
  func readsDurationsWithUnits(text: String, seconds: Double) throws {
    let value = try DurationInput.parse(text, field: "time")
    #expect(value.isApproximatelyEqual(to: Seconds(seconds)))
  }

  @Test(arguments: ["355", "h", "10 parsecs", "-3d", "0d", "nan h", "d10"])
  func refusesBadDurations(text: String) {
    #expect(throws: EstimateError.self) { try DurationInput.parse(text, field: "time") }
  }

  @Test func bareNumberIsRefusedWithTheUnitsInTheMessage() {
    do {
      _ = try DurationInput.parse("355", field: "--time")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("--time"))
      #expect(error.description.contains("355h"))
    }
  }
}

struct NumberFormattingTests {
  static let formatted: [(Double, String)] = [
    (3.15e23, "3.15e23"), (3.14159e23, "3.14e23"), (1e-5, "1e-5"), (355.0, "355"), (14.8, "14.8"),
    (0.4, "0.4"), (12345.0, "1.23e4"), (0.0, "0"), (2.5e-2, "0.025"),
  ]

  @Test(arguments: formatted)
  func scientificUsesThreeSignificantDigits(value: Double, expected: String) {
    #expect(NumberFormatting.scientific(value) == expected)
  }

  @Test func flopAndRatesReadWell() {
    #expect(FLOPs(3.15e23).description == "3.15e23 FLOP")
    #expect(FLOPRate(989.4e12).description == "989 TFLOP/s")
    #expect(FLOPRate(1978.9e12).description == "1.98 PFLOP/s")
    #expect(FLOPRate(999.9e12).description == "1 PFLOP/s")
    #expect(NumberFormatting.percent(0.2013) == "20.1%")
    #expect(NumberFormatting.plain(10_000) == "10,000")
  }

  @Test func petaFLOPDaysAre8Point64e19FLOP() {
    #expect(abs(FLOPs(8.64e19).petaFLOPDays - 1) < 1e-12)
    #expect(abs(FLOPs(3.14e23).petaFLOPDays - 3634.26) < 0.01)
  }

  @Test func quantitiesEncodeAsBareNumbers() throws {
    let json = try JSONOutput.string(["total": FLOPs(3e23)])
    let decoded = try JSONDecoder().decode([String: Double].self, from: Data(json.utf8))
    #expect(decoded == ["total": 3e23])
  }
}
