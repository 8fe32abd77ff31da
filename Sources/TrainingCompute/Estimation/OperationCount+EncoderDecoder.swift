extension OperationCount {
  /// The split needs parameters and tokens, and each part must be less than its whole.
  func validate(_ split: EncoderDecoderSplit, fieldPrefix p: String) throws(EstimateError) {
    guard case .parameters(let parameters) = forward else {
      throw .missingInput(
        field: p + "params",
        expected: "\(p)params (encoder and decoder together) for an encoder-decoder's split")
    }
    guard case .tokens(let tokens) = passes else {
      throw .missingInput(
        field: p + "tokens",
        expected: "\(p)tokens (inputs and targets together) for an encoder-decoder's split")
    }
    for (name, part, whole, wholeName) in [
      ("encoder-params", split.encoderParameters, parameters, "params"),
      ("input-tokens", split.inputTokens, tokens, "tokens"),
    ] {
      guard let part else { continue }
      try Validate.positive(part, field: p + name)
      guard part < whole else {
        throw .outOfRange(
          field: p + name, value: NumberFormatting.scientific(part),
          allowed: "less than \(p)\(wholeName) (\(NumberFormatting.scientific(whole))), of which it is a part"
        )
      }
    }
  }

  /// Whether the forward work is an encoder-decoder's, split between its stacks.
  var isSplit: Bool {
    guard encoderDecoder != nil, case .parameters = forward, case .tokens = passes else { return false }
    return true
  }

  func addSplitInputs(to inputs: inout [EstimateInput], assumptions: inout [String]) {
    guard let split = encoderDecoder, isSplit, case .parameters(let parameters) = forward,
      case .tokens(let tokens) = passes
    else { return }
    assumptions.append(
      "Encoder-decoder: a token passes through one stack, not both (an input token through the encoder, a target token through the decoder; Raffel et al. 2020, section 3.2.2), so forward FLOP per token = 2 × (encoder params × input tokens + decoder params × target tokens) ÷ tokens, where 6ND would count 2 × params."
    )
    if split.encoderParameters == nil {
      assumptions.append(
        "Assuming the parameters are split evenly between encoder and decoder (T5's equal stacks); with that split, how the tokens divide between inputs and targets does not change the count: C ≈ 3ND."
      )
    }
    if split.inputTokens == nil {
      assumptions.append(
        "Assuming half the tokens are inputs (read by the encoder) and half targets (by the decoder).")
    }
    inputs.append(
      .number(
        "encoder-params", split.encoderShare(of: parameters) * parameters,
        isDefault: split.encoderParameters == nil,
        meaning: "parameters in the encoder; the rest are the decoder's"))
    inputs.append(
      .number(
        "input-tokens", split.inputShare(of: tokens) * tokens, isDefault: split.inputTokens == nil,
        meaning: "tokens the encoder reads; the rest are targets the decoder reads"))
  }
}
