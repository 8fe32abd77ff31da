/// Power usage effectiveness (PUE): a facility's total energy ÷ the energy its IT equipment uses.
/// Energy of a run = chip-hours × power per chip × PUE, the formula Touvron et al. 2023 use for
/// LLaMA (section 6.2: "Wh = GPU-h × (GPU power consumption) × PUE").
public enum PowerUsage {
  /// The default PUE: 1.1, the value Meta uses for its training clusters in the LLaMA paper
  /// (Touvron et al. 2023, arXiv:2302.13971, section 6.2) and close to Google's fleet-wide
  /// trailing-twelve-month PUE of 1.10 for 2023 (Google 2024 Environmental Report). Hyperscale
  /// facilities, where large runs train, do better than the industry average.
  public static let defaultEffectiveness = 1.1

  /// Where the default comes from, as the plan states it.
  public static let defaultSource =
    "PUE 1.1 as Touvron et al. 2023 (LLaMA, arXiv:2302.13971, section 6.2) assume for Meta's clusters; Google reports a 1.10 fleet average for 2023 (2024 Environmental Report); the Uptime Institute's 2023 survey average across data centres is 1.58"

  /// The industry-wide average PUE (Uptime Institute Global Data Center Survey 2023), shown beside
  /// the default so a reader sees how much the facility matters.
  public static let industryAverage = 1.58

  /// Energy in megawatt-hours of `chipHours` at `watts` per chip in a facility of `effectiveness`.
  public static func megawattHours(chipHours: Double, watts: Double, effectiveness: Double) -> Double {
    chipHours * watts * effectiveness / 1e6
  }
}
