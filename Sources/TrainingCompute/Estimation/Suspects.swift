/// Which input is probably wrong when two figures for one run disagree.
enum Suspects {
  /// Suspects, most likely first; `operationsOverOther` is the operation count ÷ the other figure.
  static func forDisagreement(
    operationsOverOther ratio: Double, impliedUtilization: Double?, prior: UtilizationPrior?,
    facts: TrainingFacts,
    otherLabel: String
  ) -> [String] {
    var suspects: [String] = []
    if let implied = impliedUtilization, let prior, implied < prior.low || implied > prior.high {
      suspects.append(
        "The operation count implies \(NumberFormatting.percent(implied)) utilization, outside the \(NumberFormatting.percent(prior.low))–\(NumberFormatting.percent(prior.high)) real runs report."
      )
    }
    if let name = facts.hardware, systemWords.contains(where: name.lowercased().contains) {
      suspects.append(
        "hardware '\(name)' looks like a system, not a chip: count must be chips (a DGX holds 8 GPUs, a TPU board 4 chips)."
      )
    }
    if ratio > 1 {
      if facts.architecture == .mixtureOfExperts
        || facts.totalParams == nil && ratio > 3 && facts.tokens != nil
      {
        suspects.append("params may be a mixture of experts' total rather than its active parameters.")
      }
      if near(ratio, 2), facts.params != nil, facts.tokens != nil, facts.architecture != .encoderDecoder {
        suspects.append(
          "the model may be an encoder-decoder, whose tokens pass through the encoder or the decoder, not both: give architecture encoder-decoder (about half the count)."
        )
      }
      if near(ratio, 8) || near(ratio, 4) || near(ratio, 2) {
        suspects.append(
          "count may be in systems, boards or nodes rather than chips (the figures differ by ×\(NumberFormatting.plain(ratio.rounded())))."
        )
      }
      if facts.epochs != nil, facts.tokens != nil {
        suspects.append("tokens may already include the epochs, so epochs counts them twice.")
      }
      suspects.append(
        "the training time, chip count or peak may be too low, or the operation count's inputs too high.")
    } else {
      if facts.tokens != nil, near(1 / ratio, 4.0 / 3.0) {
        suspects.append("tokens may be words (1 token ≈ 0.75 words): the figures differ by about 4/3.")
      } else if facts.tokens != nil {
        suspects.append(
          "tokens may be the dataset size rather than the tokens seen in training, or words rather than tokens."
        )
      }
      if facts.params != nil, facts.tokens == nil, facts.architecture != .dense {
        suspects.append(
          "params × examples undercounts networks that reuse weights: give forward-flop per example.")
      }
      if facts.epochs == nil, facts.tokens == nil {
        suspects.append("epochs is missing: one pass over the data was assumed.")
      }
      suspects.append(
        "the training time or chip count may include idle time or other experiments, or the operation count's inputs are too low."
      )
    }
    _ = otherLabel
    return suspects
  }

  /// Words in a hardware name that suggest a system rather than a chip.
  static let systemWords = ["dgx", "hgx", "pod", "node", "server", "board", "cluster", "superchip", "nvl"]

  private static func near(_ value: Double, _ target: Double) -> Bool { abs(value / target - 1) < 0.12 }
}
