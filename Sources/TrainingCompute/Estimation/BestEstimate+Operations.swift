/// Counting operations inside `bestEstimate`: the core's `OperationCount` from the facts, with a
/// stated spread for every input the facts leave uncertain.
enum OperationsMethod {
  /// Tokens per English word: 1 token ≈ 0.75 words (OpenAI's tokenizer guide), so 4/3.
  static let tokensPerWord = 4.0 / 3.0
  /// 90 % range of tokens per word across tokenizers and languages (BPE vocabularies of 32k–256k
  /// on English web text give about 1.1–1.6).
  static let tokensPerWordRange = 1.1...1.6

  /// The operation count, or `nil` when the facts lack the forward work or the data.
  static func result(
    _ facts: TrainingFacts, domain: HardwareUsage.Domain, detail: BestEstimate.Detail
  ) throws(EstimateError) -> MethodResult? {
    try checkEncoderDecoderFacts(facts)
    guard let (forward, forwardField) = forwardWork(facts) else { return nil }
    var spreads: [Spread] = []
    var warnings: [String] = []
    var assumptions: [String] = []
    guard
      let (passes, passFields) = passes(facts, domain: domain, spreads: &spreads, assumptions: &assumptions)
    else { return nil }
    try checkActiveParameters(facts)
    let perToken: Bool = if case .tokens = passes { true } else { false }
    var count = OperationCount(
      forward: forward, passes: passes, epochs: facts.epochs, backwardRatio: facts.backwardRatio)
    count.encoderDecoder = encoderDecoderSplit(facts, forward: forward, perToken: perToken)
    try count.validate(fieldPrefix: facts.fieldPrefix)
    var estimate = detail == .full ? try count.estimate() : nil
    let total = count.totalFLOP
    guard total.value.isFinite else {
      throw .notFinite(
        field: "the operation count from \(([forwardField] + passFields).joined(separator: ", "))",
        value: total.value)
    }
    estimate?.range = nil
    spreads += ratioSpreads(facts, perToken: perToken)
    spreads += splitSpreads(count)
    spreads += trapSpreads(facts, forward: forward, perToken: perToken, domain: domain, warnings: &warnings)
    if facts.epochs == nil, !perToken {
      spreads.append(
        Spread(
          input: "epochs (not given; 1 assumed)", fact: "epochs", low: 1, high: 100,
          source:
            "models trained on examples usually see them many times: ImageNet classifiers 90–300 epochs (He et al. 2016 trained ResNets about 120), so one epoch is a lower end"
        ))
    }
    var used = [forwardField] + passFields
    for name in [
      "epochs", "backward-ratio", "architecture", "encoder-params", "input-tokens", "total-params",
    ]
    where facts.has(name) {
      used.append(name)
    }
    return MethodResult(
      method: .operationCounting, central: total.value, spreads: spreads, used: used,
      estimate: estimate, warnings: warnings + (estimate?.warnings ?? []),
      assumptions: assumptions + (estimate?.assumptions ?? []))
  }

  private static func forwardWork(_ facts: TrainingFacts) -> (OperationCount.ForwardWork, String)? {
    if let params = facts.params { return (.parameters(params), "params") }
    if let connections = facts.connections { return (.connections(connections), "connections") }
    if let flop = facts.forwardFLOP { return (.forwardFLOP(FLOPs(flop)), "forward-flop") }
    if let multadds = facts.multiplyAdds { return (.multiplyAdds(multadds), "multadds") }
    return nil
  }

  private static func passes(
    _ facts: TrainingFacts, domain: HardwareUsage.Domain, spreads: inout [Spread], assumptions: inout [String]
  ) -> (OperationCount.Passes, [String])? {
    if let tokens = facts.tokens { return (.tokens(tokens), ["tokens"]) }
    let words = facts.words ?? (domain == .language ? facts.datapoints : nil)
    if let words {
      let field = facts.words != nil ? "words" : "datapoints"
      assumptions.append(
        "\(field == "words" ? "Words" : "Datapoints of a language model are words; they") converted to tokens at 4/3 tokens per word (1 token ≈ 0.75 words)."
      )
      spreads.append(
        Spread(
          input: "tokens per word", fact: "tokens", low: tokensPerWordRange.lowerBound / tokensPerWord,
          high: tokensPerWordRange.upperBound / tokensPerWord,
          source:
            "1 token ≈ 0.75 English words (OpenAI tokenizer guide); tokenizers give 1.1–1.6 tokens per word"))
      return (.tokens(words * tokensPerWord), [field])
    }
    if let examples = facts.examples ?? facts.datapoints {
      return (.examples(examples), [facts.examples != nil ? "examples" : "datapoints"])
    }
    if let batches = facts.batches, let size = facts.batchSize {
      return (.batches(count: batches, size: size), ["batches", "batch-size"])
    }
    return nil
  }

  /// The backward/forward ratio, or the 6ND rule's error, when the ratio is not given.
  private static func ratioSpreads(_ facts: TrainingFacts, perToken: Bool) -> [Spread] {
    guard facts.backwardRatio == nil else { return [] }
    if perToken, facts.params != nil || facts.connections != nil {
      return [
        Spread(
          input: "6ND rule (attention, embeddings, backward ratio)", fact: "forward-flop", low: 0.9,
          high: 1.3,
          source:
            "6ND leaves out attention (2·n_layer·n_ctx·d_model forward FLOP per token, Kaplan et al. 2020 Table 1) and counts embedding parameters that do no matrix work; published totals lie from −10 % to +30 % of 6ND (Gopher: 6.31e23 reported, including rematerialization, vs 5.04e23 by 6ND; Rae et al. 2021, compute appendix)"
        )
      ]
    }
    return [
      Spread(
        input: "backward/forward ratio (not given; 2 assumed)", fact: "backward-ratio", low: 2.0 / 3.0,
        high: 4.0 / 3.0,
        source:
          "backward/forward ratios lie between 1:1 and 3:1, 2:1 typical for deep networks with large batches (Hobbhahn & Sevilla 2021)"
      )
    ]
  }

  /// Known traps: parameters standing for the work of a network that reuses weights, and a
  /// mixture of experts' parameters that may be the total.
  private static func trapSpreads(
    _ facts: TrainingFacts, forward: OperationCount.ForwardWork, perToken: Bool, domain: HardwareUsage.Domain,
    warnings: inout [String]
  ) -> [Spread] {
    var spreads: [Spread] = []
    let architecture = facts.architecture
    if case .parameters = forward, !perToken, architecture != .dense {
      let isSequenceModel = architecture?.isTransformer == true
      warnings.append(
        isSequenceModel
          ? "params with examples counts 2 FLOP per parameter per example, but a transformer does that work per token: give tokens instead, or forward-flop per example."
          : "params with examples counts 2 FLOP per parameter per example, which undercounts networks that reuse weights (convolutions, recurrence): ResNet-50's 25.6M parameters × 1.28M images × 90 epochs gives 1.8e16 FLOP, about 160× below its 2.8e18. Give forward-flop or multadds per example, or architecture mlp if no weight is reused."
      )
      spreads.append(
        Spread(
          input: "forward FLOP per example from parameters", fact: "forward-flop", low: 1,
          high: isSequenceModel ? 2048 : 300,
          source: isSequenceModel
            ? "a transformer's example is a sequence of up to ~2048 tokens, each costing 2 × parameters"
            : "convolutional networks do 10–300× 2 × parameters per example (ResNet-50: 4.1 GMAC = 8.2 GFLOP vs 2 × 25.6M, He et al. 2016 Table 1)"
        ))
    }
    if architecture == .mixtureOfExperts, facts.totalParams == nil {
      warnings.append(
        "For a mixture-of-experts model params must be the active parameters per token; if the total was given, the figure is too high by total ÷ active (DeepSeek-V3: 671B total, 37B active). Give total-params as well to confirm."
      )
      spreads.append(
        Spread(
          input: "active share of a mixture of experts' parameters", fact: "total-params", low: 0.05, high: 1,
          source:
            "mixture-of-experts models activate 5 %–30 % of their parameters per token (DeepSeek-V3 37B of 671B, DeepSeek-AI 2024; Mixtral 12.9B of 46.7B, Jiang et al. 2024)"
        ))
    }
    return spreads
  }

  /// An encoder-decoder's split, counted from parameters and tokens; or one the count must refuse
  /// (`encoder-params` or `input-tokens` given without parameters or tokens).
  private static func encoderDecoderSplit(
    _ facts: TrainingFacts, forward: OperationCount.ForwardWork, perToken: Bool
  ) -> EncoderDecoderSplit? {
    guard facts.architecture == .encoderDecoder else { return nil }
    let split = EncoderDecoderSplit(encoderParameters: facts.encoderParams, inputTokens: facts.inputTokens)
    if case .parameters = forward, perToken { return split }
    return split == EncoderDecoderSplit() ? nil : split
  }

  /// The spread of the split not given: the share of parameters a token passes through over the
  /// plausible splits (`EncoderDecoderSplit.encoderShareRange`, `inputShareRange`).
  private static func splitSpreads(_ count: OperationCount) -> [Spread] {
    guard let split = count.encoderDecoder, case .parameters(let parameters) = count.forward,
      case .tokens(let tokens) = count.passes
    else { return [] }
    let factors = split.shareFactors(parameters: parameters, tokens: tokens)
    guard factors.low < 1 || factors.high > 1 else { return [] }
    let missing = [
      split.encoderParameters == nil ? "encoder-params" : nil,
      split.inputTokens == nil ? "input-tokens" : nil,
    ].compactMap { $0 }
    return [
      Spread(
        input: "encoder-decoder split (\(missing.joined(separator: ", ")) not given)", fact: missing.first,
        low: factors.low, high: factors.high,
        source:
          "encoders hold 35–65 % of an encoder-decoder's parameters (T5: 3/7) and inputs are 50–90 % of its tokens (translation about half, T5's span-corruption pre-training about 80 %; Raffel et al. 2020)"
      )
    ]
  }

  /// `encoder-params` and `input-tokens` describe an encoder-decoder: refused for any other network.
  private static func checkEncoderDecoderFacts(_ facts: TrainingFacts) throws(EstimateError) {
    let p = facts.fieldPrefix
    guard facts.architecture != .encoderDecoder,
      let given = ["encoder-params", "input-tokens"].first(where: facts.has)
    else { return }
    guard let architecture = facts.architecture else {
      throw .missingInput(
        field: "\(p)architecture", expected: "\(p)architecture encoder-decoder with \(p)\(given)")
    }
    throw .conflictingInputs(["\(p)architecture \(architecture.rawValue)", p + given])
  }

  /// `params` is the active count: it cannot exceed `total-params`.
  private static func checkActiveParameters(_ facts: TrainingFacts) throws(EstimateError) {
    guard let params = facts.params, let total = facts.totalParams, params > total else { return }
    throw .outOfRange(
      field: facts.fieldPrefix + "params", value: NumberFormatting.scientific(params),
      allowed:
        "at most \(facts.fieldPrefix)total-params (\(NumberFormatting.scientific(total))): params are the parameters active per token"
    )
  }
}
