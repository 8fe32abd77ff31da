/// The compute thresholds the report compares a ledger with. Each row paraphrases its public text
/// (see `reference/regulation.md`); check the source before quoting it.
public enum Regimes {
  /// Every regime known, active ones first, in the order a report lists them.
  public static let all: [Regime] = [
    euGeneralPurposeIndicative, euSystemicRisk, euDownstreamModifier, euDownstreamModifierSystemicRisk,
    californiaSB53, newYorkRAISE, usExecutiveOrder14110, usExecutiveOrder14110Biological,
  ]

  /// The regime with this identifier, if there is one.
  public static func regime(id: String) -> Regime? { all.first { $0.id == id } }

  /// The EU guidelines' indicative criterion for a general-purpose AI model.
  public static let euGeneralPurposeIndicative = Regime(
    id: "eu-gpai-indicative", name: "EU AI Act: general-purpose AI model (indicative criterion)",
    thresholdFLOP: 1e23, total: .parameterUpdate,
    consequence:
      "indicates a general-purpose AI model: the provider obligations of AI Act Art. 53 apply",
    source:
      "Commission guidelines on the scope of the obligations for providers of general-purpose AI models, C(2025) 7719, 18 July 2025, section 2 and Annex A.1",
    inForceFrom: "2025-08-02", isActive: true,
    condition: "the model generates language (text or audio), text-to-image or text-to-video")

  /// The EU AI Act's presumption of systemic risk.
  public static let euSystemicRisk = Regime(
    id: "eu-ai-act-systemic-risk", name: "EU AI Act: general-purpose AI model with systemic risk",
    thresholdFLOP: 1e25, total: .cumulative,
    consequence:
      "systemic risk is presumed; the provider must notify the Commission within two weeks of meeting the threshold or knowing it will be met (Art. 52(1)), and the obligations of Art. 55 apply",
    source:
      "Regulation (EU) 2024/1689 (AI Act) Art. 51(2); the Commission may amend it by delegated act (Art. 51(3)); counting rules in guidelines C(2025) 7719, Annex A",
    inForceFrom: "2025-08-02", isActive: true)

  /// The EU guidelines' test for when a downstream modifier becomes the provider of a GPAI model.
  public static let euDownstreamModifier = Regime(
    id: "eu-downstream-modifier",
    name: "EU AI Act: downstream modifier becomes a provider (one-third test)",
    thresholdFLOP: 1e23 / 3, total: .parameterUpdate,
    consequence:
      "the modifier becomes the provider of the modified general-purpose AI model, with the obligations of Art. 53 for the modification",
    source:
      "Commission guidelines C(2025) 7719, 18 July 2025, paras 62–65: modification compute above one third of the original model's training compute; when that is unknown and cannot be estimated, one third of 10^23 FLOP",
    inForceFrom: "2025-08-02", isActive: true,
    condition: "the ledger is a modification of another provider's model (original-model-flop given)",
    fractionOfOriginal: 1.0 / 3.0)

  /// The same test when the original model has systemic risk: its fallback is a third of 10^25.
  public static let euDownstreamModifierSystemicRisk = Regime(
    id: "eu-downstream-modifier-systemic-risk",
    name: "EU AI Act: downstream modifier of a model with systemic risk (one-third test)",
    thresholdFLOP: 1e25 / 3, total: .parameterUpdate,
    consequence:
      "the modifier becomes the provider of a general-purpose AI model with systemic risk and must notify the Commission (Art. 52)",
    source:
      "Commission guidelines C(2025) 7719, 18 July 2025, paras 62–65: one third of the original model's training compute; when that is unknown and cannot be estimated, one third of 10^25 FLOP",
    inForceFrom: "2025-08-02", isActive: true,
    condition: "the original model has systemic risk",
    fractionOfOriginal: 1.0 / 3.0)

  /// California's Transparency in Frontier Artificial Intelligence Act.
  public static let californiaSB53 = Regime(
    id: "california-sb-53", name: "California SB 53 (Transparency in Frontier AI Act): frontier model",
    thresholdFLOP: 1e26, total: .original,
    consequence:
      "a frontier model: its developer must publish a transparency report before deployment and report critical safety incidents; a large frontier developer (> $500M annual revenue) must also publish a frontier AI framework",
    source:
      "Cal. Bus. & Prof. Code § 22757.11 (SB 53, Stats. 2025 ch. 138, signed 29 September 2025): the original training run plus later fine-tuning, reinforcement learning or other material modifications",
    inForceFrom: "2026-01-01", isActive: true)

  /// New York's Responsible AI Safety and Education Act.
  public static let newYorkRAISE = Regime(
    id: "new-york-raise", name: "New York RAISE Act: frontier model",
    thresholdFLOP: 1e26, total: .original,
    consequence:
      "a frontier model: a large developer must publish safety and security protocols and report safety incidents within 72 hours",
    source:
      "N.Y. Gen. Bus. Law § 1420 (RAISE Act, S6953B/A6453B, signed 19 December 2025, chapter amendments 27 March 2026)",
    inForceFrom: "2027-01-01", isActive: true,
    condition:
      "the compute cost of training also exceeds $100 million (or the model is knowledge-distilled from such a model)",
    costThresholdUSD: 100_000_000)

  /// The US executive order of 2023, rescinded in 2025; kept for history.
  public static let usExecutiveOrder14110 = Regime(
    id: "us-eo-14110", name: "US Executive Order 14110 (2023): dual-use foundation model reporting",
    thresholdFLOP: 1e26, total: .original,
    consequence: "reporting to the US government was required while the order was in force",
    source:
      "Executive Order 14110 of 30 October 2023, sec. 4.2(b)(i); rescinded by Executive Order 14148 of 20 January 2025",
    inForceFrom: "2023-10-30", inForceUntil: "2025-01-20", isActive: false)

  /// The executive order's lower mark for models trained mainly on biological sequence data.
  public static let usExecutiveOrder14110Biological = Regime(
    id: "us-eo-14110-biological",
    name: "US Executive Order 14110 (2023): models trained mainly on biological sequence data",
    thresholdFLOP: 1e23, total: .original,
    consequence: "reporting to the US government was required while the order was in force",
    source:
      "Executive Order 14110 of 30 October 2023, sec. 4.2(b)(i); rescinded by Executive Order 14148 of 20 January 2025",
    inForceFrom: "2023-10-30", inForceUntil: "2025-01-20", isActive: false,
    condition: "the model is trained mainly on biological sequence data")
}
