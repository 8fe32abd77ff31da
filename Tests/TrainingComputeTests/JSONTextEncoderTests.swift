import Foundation
import Testing

@testable import TrainingCompute

/// `JSONTextEncoder` must write exactly what Foundation's `JSONEncoder` writes with the project's
/// settings (sorted keys, pretty-printed, unescaped slashes): Foundation is the reference here,
/// for the real documents the tool renders and for the awkward corners of Codable.
struct JSONTextEncoderTests {
  /// The same rendering twice: through the fast encoder, and through Foundation's.
  private func bothWays(_ render: () throws -> String) throws -> (fast: String, foundation: String) {
    let fast = try render()
    let foundation = try JSONOutput.$usesFoundation.withValue(true) { try render() }
    return (fast, foundation)
  }

  @Test func modelReportsMatchFoundation() throws {
    for network in [StudyNetworks.oneNet(), StudyNetworks.convNet()] {
      let analysis = try BackwardAnalysis(network, batchSize: 4, optimizer: .adam)
      let (fast, foundation) = try bothWays { try ModelReport.render(analysis, as: .json) }
      #expect(fast == foundation)
    }
  }

  @Test func bestEstimatesMatchFoundation() throws {
    let cases: [[(String, String)]] = [
      [("params", "174.6B"), ("tokens", "300B")],
      [("params", "175B"), ("tokens", "300B"), ("hardware", "V100"), ("count", "10000"), ("days", "14.8")],
      [("params", "25.6M"), ("examples", "1.28M"), ("epochs", "90")],
      [("reported-flop", "3.14e23"), ("params", "174.6B"), ("tokens", "300B")],
      [("year", "2016"), ("count", "64"), ("days", "10")],
    ]
    for facts in cases {
      let best = try bestEstimate(TrainingFacts(facts))
      let (fast, foundation) = try bothWays { try BestEstimateReport.render(best, as: .json) }
      #expect(fast == foundation, "\(facts)")
    }
  }

  /// Estimates write their own fields (`Estimate.writeFields(to:)`): each method,
  /// with and without a range, with text inputs, warnings and text that needs escaping.
  @Test func estimatesMatchFoundation() throws {
    let chip = try HardwareCatalog.builtIn.accelerator(named: "H100 SXM")
    var escaped = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    escaped.summary = "quote \" backslash \\ tab \t newline \n slash /"
    escaped.warnings = ["first", "second"]
    escaped.range = nil
    let estimates = [
      try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate(),
      try HardwareUsage(peak: .accelerator(chip, precision: .bf16), time: .wallClock(.days(30), chips: 1024))
        .estimate(),
      escaped,
    ]
    for estimate in estimates {
      let (fast, foundation) = try bothWays { try EstimateReport.render(estimate, as: .json) }
      #expect(fast == foundation)
    }
  }

  /// Comparisons write their own fields too (`Reconciliation.writeFields(to:)`): methods that agree, and
  /// methods far apart (a warning; inputs of both kinds, numbers and a chip's name).
  @Test func comparisonsMatchFoundation() throws {
    let chip = try HardwareCatalog.builtIn.accelerator(named: "V100")
    let count = OperationCount(forward: .parameters(175e9), passes: .tokens(300e9))
    for days in [14.8, 1.0] {
      let usage = HardwareUsage(
        peak: .accelerator(chip, precision: nil), time: .wallClock(.days(days), chips: 10_000))
      let comparison = try Reconciliation(operations: count, hardware: usage)
      #expect(comparison.warnings.isEmpty == (days > 10))
      let (fast, foundation) = try bothWays { try JSONOutput.string(comparison) }
      #expect(fast == foundation)
    }
  }

  /// An estimate's numbers are written as digits when they are whole and below 10^15 in size
  /// (Foundation writes `description` without its `.0`): around that bound, at zero of either
  /// sign, negative, and past 2^53, where `description` turns to an exponent.
  @Test func wholeNumbersInAnEstimateMatchFoundation() throws {
    var estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    let numbers: [Double] = [
      0, -0.0, 1, -1, 7, 10, 999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 1e15 + 2,
      9_007_199_254_740_992, 1e16, 123_456_789, 0.5, -2.5, 1e-7, 3.15e23,
    ]
    estimate.inputs = numbers.map { EstimateInput.number("n", $0, meaning: "a number") }
    let (fast, foundation) = try bothWays { try EstimateReport.render(estimate, as: .json) }
    #expect(fast == foundation)
    #expect(fast.contains(#""value" : 999999999999999"#))
    #expect(fast.contains(#""value" : -0"#))
  }

  /// Numbers past 2^53 in size are written as `description` writes them, which Foundation's
  /// encoder follows (`3.15e+23`): the shortest digits are found without it when they are four or
  /// fewer. Checked on multiples of powers of ten with 1 to 6 digits, on their neighbours one unit
  /// in the last place away (17 digits), on numbers drawn at random past 2^53, and at the edges.
  @Test func largeNumbersMatchFoundation() throws {
    var numbers: [Double] = [
      0x1p53, 0x1p53.nextUp, 9.9e15, 1e16, 1e22, 1e23, 9.999e22, 1.234e25, 1e26, 5e307,
      .greatestFiniteMagnitude, 3.15e23, 2.1e23, 4.2e23, -3.15e23,
    ]
    var generator = SplitMix64(seed: 2_024)
    for _ in 0..<600 {
      let digits = Int.random(in: 1...6, using: &generator)
      let units = Double(Int.random(in: 1..<Int(pow(10, Double(digits))), using: &generator))
      let value = units * pow(10, Double(Int.random(in: 12...40, using: &generator)))
      numbers += [value, value.nextUp, value.nextDown]
      numbers.append(
        Double(
          bitPattern: UInt64.random(in: 0x4340_0000_0000_0001...0x4700_0000_0000_0000, using: &generator)))
    }
    numbers = numbers.filter { abs($0) > 0x1p53 }.flatMap { [$0, -$0] }
    var estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    estimate.inputs = numbers.map { EstimateInput.number("n", $0, meaning: "a number") }
    let (fast, foundation) = try bothWays { try EstimateReport.render(estimate, as: .json) }
    #expect(fast == foundation)
    #expect(fast.contains(#""value" : 3.15e+23"#))
    #expect(fast.contains(#""value" : -4.2e+23"#))
  }

  /// A number JSON cannot hold, deep inside an estimate, is named by its place on both paths.
  @Test func aNonFiniteNumberInsideAnEstimateNamesItsPlace() throws {
    var estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    estimate.inputs[1].value = .number(.infinity)
    let error = EstimateError.resultTooLarge(result: "the figure 'inputs.1.value'", inputs: [])
    #expect(throws: error) { try JSONOutput.string(estimate) }
    #expect(throws: error) {
      try JSONOutput.$usesFoundation.withValue(true) { try JSONOutput.string(estimate) }
    }
  }

  /// The same for a number nested two objects deep in a comparison, and for one in an estimate
  /// that is an element of an array encoded through `Encodable`: the fast path stops at the number
  /// and the value is encoded again through `encode(to:)`, which knows the whole place.
  @Test func aNonFiniteNumberInsideAComparisonNamesItsPlace() throws {
    let chip = try HardwareCatalog.builtIn.accelerator(named: "V100")
    var comparison = try Reconciliation(
      operations: OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)),
      hardware: HardwareUsage(
        peak: .accelerator(chip, precision: nil), time: .wallClock(.days(14.8), chips: 10_000)))
    comparison.hardware.range?.low = FLOPs(.nan)
    let alone = EstimateError.resultTooLarge(result: "the figure 'hardware.range.low'", inputs: [])
    #expect(throws: alone) { try JSONOutput.string(comparison) }
    #expect(throws: alone) {
      try JSONOutput.$usesFoundation.withValue(true) { try JSONOutput.string(comparison) }
    }
    let estimates = [comparison.operations, comparison.hardware]
    let inArray = EstimateError.resultTooLarge(result: "the figure '1.range.low'", inputs: [])
    #expect(throws: inArray) { try JSONOutput.string(estimates) }
    #expect(throws: inArray) {
      try JSONOutput.$usesFoundation.withValue(true) { try JSONOutput.string(estimates) }
    }
    let (fast, foundation) = try bothWays {
      comparison.hardware.range?.low = FLOPs(1e23)
      return try JSONOutput.string([comparison])
    }
    #expect(fast == foundation)
  }

  @Test func catalogAndUtilizationTablesMatchFoundation() throws {
    let catalog = HardwareCatalog.builtIn
    let list = try bothWays { try HardwareReport.list(catalog.accelerators, as: .json) }
    #expect(list.fast == list.foundation)
    let utilization = try bothWays { try UtilizationReport.list(ReportedUtilizations.runs, as: .json) }
    #expect(utilization.fast == utilization.foundation)
  }

  /// Keys that sort differently as text and as bytes, strings that need escaping, numbers at the
  /// edges of `Double`, empty containers, `nil`, nested and super encoders.
  @Test func awkwardValuesMatchFoundation() throws {
    let value = Awkward()
    let fast = try JSONOutput.string(value)
    let foundation = String(decoding: try JSONOutput.encoder().encode(value), as: UTF8.self) + "\n"
    #expect(fast == foundation)
  }

  /// The fast encoder reads strings sixteen bytes (two words) at a time, then a word, then the
  /// last eight bytes, to see whether they need escaping: every ASCII byte (control characters,
  /// quote and backslash among them) at every offset of a 1- to 35-byte string, beside multi-byte
  /// characters, is escaped as Foundation escapes it.
  @Test func everyByteAtEveryOffsetIsEscapedLikeFoundation() throws {
    var texts: [String] = []
    for length in 1...35 {
      for offset in 0..<length {
        for byte in UInt8(0)..<0x80 {
          var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
          bytes[offset] = byte
          texts.append(String(decoding: bytes, as: UTF8.self))
        }
      }
      texts.append(String(repeating: "é", count: length) + "\"")
      texts.append("\u{1}" + String(repeating: "🙂", count: length))
    }
    let (fast, foundation) = try bothWays { try JSONOutput.string(texts) }
    #expect(fast == foundation)
    #expect(fast.contains(#""aaaaaaa\u001f""#))
  }

  /// Indents are stored eight spaces at a time: nesting 1 to 40 levels deep (indents of 2 to 80
  /// spaces, across multiples of eight) is laid out as Foundation lays it.
  @Test func deepNestingIsIndentedLikeFoundation() throws {
    for depth in [1, 15, 16, 17, 32, 33, 40] {
      let document = (0..<depth).reduce(NestedList.leaf(depth)) { inner, _ in .list([inner, .leaf(0)]) }
      let (fast, foundation) = try bothWays { try JSONOutput.string(document) }
      #expect(fast == foundation)
      #expect(fast.contains("\n" + String(repeating: " ", count: 2 * depth) + "\(depth)"))
    }
  }

  @Test func aNonFiniteNumberNamesItsPlaceLikeFoundation() {
    struct Holder: Encodable { var rows = [["x": 1.0], ["x": Double.infinity]] }
    #expect(throws: EstimateError.resultTooLarge(result: "the figure 'rows.1.x'", inputs: [])) {
      try JSONOutput.string(Holder())
    }
    #expect(throws: EstimateError.resultTooLarge(result: "the figure 'rows.1.x'", inputs: [])) {
      try JSONOutput.$usesFoundation.withValue(true) { try JSONOutput.string(Holder()) }
    }
  }
}

/// Arrays within arrays, as deep as a test wants.
private indirect enum NestedList: Encodable {
  case leaf(Int)
  case list([NestedList])

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .leaf(let number):
      var container = encoder.singleValueContainer()
      try container.encode(number)
    case .list(let items):
      var container = encoder.unkeyedContainer()
      for item in items { try container.encode(item) }
    }
  }
}

private struct Awkward: Encodable {
  var numbers = [
    1.0, 3.15e23, 0.1, -0.0, 1e-7, 123_456_789, 1e16, 2e22, Double.leastNonzeroMagnitude,
    1.7976931348623157e308,
  ]
  var float = Float(0.1)
  var text = "a/b\"c\\d\n\t\u{1}\u{8}\u{c}\r\u{1b}\u{7f}é\u{2028}🙂"
  var emptyArray: [Int] = []
  var emptyObject: [String: Int] = [:]
  var keys: [String: [Int]] = [
    "z": [1, 2], "é": [], "Z": [3], "a_b": [], "aB": [], "a1": [], "a10": [], "a2": [],
    // Keys that share their first eight bytes, or differ only past them, or by a NUL byte.
    "abcdefgh": [], "abcdefgh0": [], "abcdefg": [], "abcdefgh\u{0}": [], "abcdefgé": [], "": [],
  ]
  /// More keys than the small-object sort handles, in no order.
  var many = Dictionary(uniqueKeysWithValues: (0..<50).map { ("key \(($0 * 37) % 50)", $0) })
  var missing: Int? = nil
  var flags = [true, false]
  var integers: [Int64] = [Int64.min, -3, Int64.max]
  var unsigned = UInt64.max
  var nestedArrays: [[[String]]] = [[[]], [["x"]]]

  enum Keys: String, CodingKey {
    case numbers, float, text, emptyArray, emptyObject, keys, missing, flags, integers, unsigned
    case nestedArrays, explicitNull, nested, list, parent, twice, many
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(numbers, forKey: .numbers)
    try container.encode(float, forKey: .float)
    try container.encode(text, forKey: .text)
    try container.encode(emptyArray, forKey: .emptyArray)
    try container.encode(emptyObject, forKey: .emptyObject)
    try container.encode(keys, forKey: .keys)
    try container.encode(many, forKey: .many)
    try container.encodeIfPresent(missing, forKey: .missing)
    try container.encode(flags, forKey: .flags)
    try container.encode(integers, forKey: .integers)
    try container.encode(unsigned, forKey: .unsigned)
    try container.encode(nestedArrays, forKey: .nestedArrays)
    try container.encodeNil(forKey: .explicitNull)
    try container.encode(1, forKey: .twice)
    try container.encode("second", forKey: .twice)
    var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
    try nested.encode("inner", forKey: .text)
    var list = container.nestedUnkeyedContainer(forKey: .list)
    try list.encode(1.5)
    try list.encodeNil()
    var inner = list.nestedContainer(keyedBy: Keys.self)
    try inner.encode(true, forKey: .flags)
    try "from super".encode(to: container.superEncoder(forKey: .parent))
    try "default super".encode(to: container.superEncoder())
  }
}
