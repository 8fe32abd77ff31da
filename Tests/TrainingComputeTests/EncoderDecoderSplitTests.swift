import Testing
import TrainingCompute

/// An encoder-decoder counted from parameters and tokens: a token passes through the encoder or
/// the decoder, not both.
struct EncoderDecoderSplitTests {
  static func facts(_ pairs: [(String, String)], prefix: String = "") throws -> TrainingFacts {
    try TrainingFacts(pairs, prefix: prefix)
  }

  /// Raffel et al. 2020 (T5), section 3.2.2: an encoder-decoder of L + L layers has about the
  /// parameters of a 2L-layer language model (2P) but the cost of an L-layer one (P). With
  /// C ≈ 6ND for the language model (Kaplan et al. 2020), the encoder-decoder's 2P parameters
  /// over D tokens cost 6 × P × D.
  @Test func anEvenlySplitEncoderDecoderCostsWhatHalfItsParametersWouldAsALanguageModel() throws {
    let p = 5.5e9
    let d = 1e12
    let best = try bestEstimate(
      Self.facts([("params", "11e9"), ("tokens", "1e12"), ("architecture", "encoder-decoder")]))
    #expect(best.totalFLOP.value.isApproximatelyEqual(to: 6 * p * d, relativeTolerance: 1e-12))
    #expect(best.used == ["params", "tokens", "architecture"])
    #expect(best.assumptions.contains { $0.hasPrefix("Assuming half the tokens are inputs") })
  }

  /// T5-11B's stacks as Transformers 5.24 counts them, embeddings aside: 4,831,892,480 encoder
  /// and 6,442,529,792 decoder parameters; T5 pre-training examples have 512 input and 114 target
  /// tokens. Each token passes through its own stack: C = 6 × (N_enc × D_in + N_dec × D_tgt).
  @Test func aGivenSplitSendsInputsThroughTheEncoderAndTargetsThroughTheDecoder() throws {
    let encoder = 4_831_892_480.0
    let decoder = 6_442_529_792.0
    let inputs = 512e9
    let targets = 114e9
    let best = try bestEstimate(
      Self.facts([
        ("params", "\(encoder + decoder)"), ("tokens", "\(inputs + targets)"),
        ("architecture", "encoder-decoder"),
        ("encoder-params", "\(encoder)"), ("input-tokens", "\(inputs)"),
      ]))
    #expect(
      best.totalFLOP.value.isApproximatelyEqual(
        to: 6 * (encoder * inputs + decoder * targets), relativeTolerance: 1e-12))
    #expect(!best.contributions.contains { $0.spread.input.hasPrefix("encoder-decoder split") })
    #expect(!best.assumptions.contains { $0.hasPrefix("Assuming half the tokens") })
  }

  /// Without the split, the interval must hold T5-11B's own split (above), and giving it narrows
  /// the interval.
  @Test func theSplitNotGivenWidensTheIntervalToHoldT5sOwn() throws {
    let common = [("params", "11274422272"), ("tokens", "626e9"), ("architecture", "encoder-decoder")]
    let open = try bestEstimate(Self.facts(common))
    let t5 = 6 * (4_831_892_480.0 * 512e9 + 6_442_529_792.0 * 114e9)
    #expect(open.interval.contains(t5))
    #expect(open.narrowedMostBy == "encoder-params")
    let given = try bestEstimate(
      Self.facts(common + [("encoder-params", "4831892480"), ("input-tokens", "512e9")]))
    #expect(given.interval.factor < open.interval.factor)
  }

  @Test func anUnknownArchitectureWordIsRefusedListingTheWords() {
    #expect(
      throws: EstimateError.unknownOption(
        field: "--architecture", value: "encoder-decoders",
        allowed: [
          "transformer", "encoder-decoder", "seq2seq", "moe", "mixture-of-experts", "cnn", "convolutional",
          "rnn",
          "lstm", "recurrent", "mlp", "dense", "other",
        ])
    ) { try Self.facts([("architecture", "encoder-decoders")], prefix: "--") }
  }

  @Test func theSplitIsRefusedForAnyOtherNetwork() throws {
    #expect(
      throws: EstimateError.missingInput(
        field: "--architecture", expected: "--architecture encoder-decoder with --encoder-params")
    ) {
      try bestEstimate(
        Self.facts([("params", "11B"), ("tokens", "1T"), ("encoder-params", "5B")], prefix: "--"))
    }
    #expect(throws: EstimateError.conflictingInputs(["--architecture transformer", "--input-tokens"])) {
      try bestEstimate(
        Self.facts(
          [("params", "11B"), ("tokens", "1T"), ("architecture", "transformer"), ("input-tokens", "0.8T")],
          prefix: "--"))
    }
  }

  @Test func aPartMustBeLessThanItsWhole() throws {
    #expect(
      throws: EstimateError.outOfRange(
        field: "--encoder-params", value: "1.2e10",
        allowed: "less than --params (1.1e10), of which it is a part")
    ) {
      try bestEstimate(
        Self.facts(
          [
            ("params", "11B"), ("tokens", "1T"), ("architecture", "encoder-decoder"),
            ("encoder-params", "12B"),
          ],
          prefix: "--"))
    }
    #expect(
      throws: EstimateError.missingInput(
        field: "--tokens", expected: "--tokens (inputs and targets together) for an encoder-decoder's split")
    ) {
      try bestEstimate(
        Self.facts(
          [
            ("params", "11B"), ("examples", "1M"), ("architecture", "encoder-decoder"),
            ("input-tokens", "0.5T"),
          ],
          prefix: "--"))
    }
  }
}
