import Testing

@testable import TrainingCompute

/// `Sentence` builds the text `String`'s own interpolation builds: literal parts and interpolated
/// strings in order, multi-byte characters whole, past the room it reserves at the start.
struct SentenceTests {
  @Test(arguments: ["", "x", "3.15e23 FLOP", "× ÷ — é 𝛼", String(repeating: "long piece ", count: 40)])
  func matchesStringInterpolation(piece: String) {
    let built: Sentence = "a \(piece) × b\(piece)\(piece) — c \(piece)"
    #expect(built.text == "a \(piece) × b\(piece)\(piece) — c \(piece)")
  }

  /// A sentence used as a piece of another is copied in whole, literal or built.
  @Test(arguments: ["", "x", "× ÷ — é 𝛼", String(repeating: "long piece ", count: 40)])
  func aSentenceInsideAnother(piece: String) {
    let clause: Sentence = "(2 × \(piece))"
    let literal: Sentence = " — é"
    let built: Sentence = "a \(clause)\(literal) b \(clause)"
    #expect(built.text == "a (2 × \(piece)) — é b (2 × \(piece))")
  }

  /// Texts that end just before, at and just after the room kept in place, a multi-byte
  /// character straddling the edge, and a sentence of that length inside another.
  @Test(arguments: [509, 510, 511, 512, 513, 514])
  func aroundTheRoomKeptInPlace(length: Int) {
    let piece = String(repeating: "a", count: length - 4)
    let built: Sentence = "\(piece)é×"
    #expect(built.text == piece + "é×")
    #expect(built.text.utf8.count == length)
    let outer: Sentence = "× \(built) \(piece)"
    #expect(outer.text == "× \(piece)é× \(piece)")
  }

  /// The text is made without checking its bytes again, and marked ASCII only when it is: a
  /// character of two bytes at every place of a text read eight bytes at a time (the words and
  /// the tail), against the same text made by `String`.
  @Test(arguments: 0...20)
  func markedASCIIOnlyWhenItIs(place: Int) {
    let ascii = String(repeating: "a", count: 20)
    let before = String(ascii.prefix(place)), after = String(ascii.dropFirst(place))
    let built: Sentence = "\(before)é\(after)"
    let expected = before + "é" + after
    #expect(built.text == expected)
    #expect(built.text.count == 21)
    let builtIsASCII = built.text.utf8Span.isKnownASCII
    #expect(!builtIsASCII)
    let plain: Sentence = "\(before)e\(after)"
    let plainIsASCII = plain.text.utf8Span.isKnownASCII
    #expect(plainIsASCII)
    #expect(plain.text.count == 21)
  }

  @Test func aLiteralAloneIsItsText() {
    let literal: Sentence = "2 FLOP × 1.75e11 parameters"
    #expect(literal.text == "2 FLOP × 1.75e11 parameters")
    let empty: Sentence = ""
    #expect(empty.text.isEmpty)
  }

  /// The sentences it builds in the core: GPT-3's figures (Brown et al. 2020: 175 billion
  /// parameters, 300 billion tokens), the summary and formula a reader sees.
  @Test func operationCountSummaryAndFormula() throws {
    let estimate = try OperationCount(forward: .parameters(175e9), passes: .tokens(300e9)).estimate()
    #expect(estimate.formula == "2 × parameters × (1 + 2) × tokens × epochs")
    #expect(
      estimate.summary
        == "Our model uses 3.5e11 FLOP per forward pass per token (2 FLOP × 1.75e11 parameters) and was trained on 3e11 tokens assuming 1 epoch; assuming a backward/forward ratio of 2, training took 3.15e23 FLOP (3646 PF-days)."
    )
  }
}
