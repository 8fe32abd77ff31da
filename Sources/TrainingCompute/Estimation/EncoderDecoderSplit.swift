/// How an encoder-decoder's parameters and training tokens divide between its two stacks, for
/// counting operations from parameters and tokens.
///
/// C ≈ 6ND (Kaplan et al. 2020, section 2.1: 2N forward FLOP per token, twice that backward)
/// sends every token through all N parameters. In an encoder-decoder a token passes through one
/// stack only: an input token through the encoder, a target token through the decoder (Raffel et
/// al. 2020, T5, section 3.2.2: an encoder-decoder of L + L layers has the parameters of a
/// 2L-layer language model but the cost of an L-layer one). So, with D tokens of which D_in are
/// inputs, and N parameters of which N_enc are in the encoder,
///
///     forward FLOP per token = 2 × (N_enc × D_in + N_dec × D_tgt) ÷ D,
///     N_dec = N − N_enc,  D_tgt = D − D_in,
///
/// and with the parameters split evenly (the default) this is 2 × N ÷ 2 whatever the tokens'
/// split: C ≈ 3ND. Cross-attention's keys and values over the encoder's output, which the
/// decoder computes from input positions, are left out (as 6ND leaves out attention).
struct EncoderDecoderSplit: Sendable, Equatable {
  /// Parameters in the encoder; `nil`: half of all parameters (assumed).
  var encoderParameters: Double?
  /// Tokens the encoder reads (inputs); `nil`: half of the tokens (assumed).
  var inputTokens: Double?

  /// Shares of the parameters in the encoder, for the spread when `encoderParameters` is not
  /// given: T5's equal stacks hold 3/7 of their weights in the encoder at every size, the
  /// decoder's cross-attention making it larger (Transformers 5.24 counts, embeddings aside:
  /// Small 18.9M of 44.1M, 11B 4.83B of 11.27B); models with a deeper encoder hold more.
  static let encoderShareRange = 0.35...0.65
  /// Shares of the tokens that are inputs, for the spread when `inputTokens` is not given:
  /// about half in translation; about 80 % in T5's span-corruption pre-training (15 % of the
  /// tokens corrupted in spans of mean length 3, each span replaced by one sentinel in the input
  /// and repeated with it in the target, Raffel et al. 2020 sections 3.1.4 and 3.7); more in
  /// summarization.
  static let inputShareRange = 0.5...0.9

  init(encoderParameters: Double? = nil, inputTokens: Double? = nil) {
    self.encoderParameters = encoderParameters
    self.inputTokens = inputTokens
  }

  /// The share of `parameters` one token passes through, on average over `tokens`:
  /// (N_enc × D_in + N_dec × D_tgt) ÷ (N × D).
  func shareOfParameters(parameters: Double, tokens: Double) -> Double {
    Self.share(encoder: encoderShare(of: parameters), input: inputShare(of: tokens))
  }

  /// The lowest and highest share over the plausible splits of what is not given, as factors of
  /// the share used; (1, 1) when both splits are given.
  func shareFactors(parameters: Double, tokens: Double) -> (low: Double, high: Double) {
    let encoder =
      encoderParameters == nil
      ? [Self.encoderShareRange.lowerBound, Self.encoderShareRange.upperBound]
      : [encoderShare(of: parameters)]
    let input =
      inputTokens == nil
      ? [Self.inputShareRange.lowerBound, Self.inputShareRange.upperBound] : [inputShare(of: tokens)]
    // The share is linear in each split, so its extremes lie at the corners.
    let corners = encoder.flatMap { encoder in input.map { Self.share(encoder: encoder, input: $0) } }
    let used = shareOfParameters(parameters: parameters, tokens: tokens)
    return ((corners.min() ?? used) / used, (corners.max() ?? used) / used)
  }

  func encoderShare(of parameters: Double) -> Double { (encoderParameters ?? parameters / 2) / parameters }
  func inputShare(of tokens: Double) -> Double { (inputTokens ?? tokens / 2) / tokens }

  private static func share(encoder: Double, input: Double) -> Double {
    encoder * input + (1 - encoder) * (1 - input)
  }
}
