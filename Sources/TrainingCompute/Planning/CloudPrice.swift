/// A typical cloud on-demand price for one chip for one hour, with the offer it comes from, the
/// date it was listed and its source. Prices change often (and committed-use, spot and smaller
/// providers' prices are far lower), so every plan states which figure it used and `--price`
/// replaces it.
public struct CloudPrice: Sendable, Equatable, Codable {
  /// The chip, as the catalog names it or one of its aliases.
  public var hardware: String
  /// US dollars per chip-hour.
  public var dollarsPerChipHour: Double
  /// The offer: provider, instance or slice type, region, on-demand.
  public var offer: String
  /// When the price was listed (year-month).
  public var listed: String
  /// Where the price comes from.
  public var source: String

  enum CodingKeys: String, CodingKey {
    case hardware, offer, listed, source
    case dollarsPerChipHour = "dollars_per_chip_hour"
  }
}

/// The small built-in table of on-demand prices, one row per chip. A multi-GPU instance's price is
/// divided by its GPU count.
public enum CloudPrices {
  /// Every row, newest chips first.
  public static let all: [CloudPrice] = [
    CloudPrice(
      hardware: "H100 SXM", dollarsPerChipHour: 98.32 / 8,
      offer: "AWS p5.48xlarge (8 × H100 SXM 80GB), US East (N. Virginia), on-demand: $98.32 per hour",
      listed: "2023-07",
      source:
        "https://aws.amazon.com/ec2/instance-types/p5/ (launch price, as reported by The Next Platform, 2023-07-27)"
    ),
    CloudPrice(
      hardware: "A100 SXM4 80GB", dollarsPerChipHour: 40.96 / 8,
      offer: "AWS p4de.24xlarge (8 × A100 SXM4 80GB), US East (N. Virginia), on-demand: $40.96 per hour",
      listed: "2023", source: "https://aws.amazon.com/ec2/instance-types/p4/"),
    CloudPrice(
      hardware: "A100 SXM4 40GB", dollarsPerChipHour: 32.77 / 8,
      offer: "AWS p4d.24xlarge (8 × A100 SXM4 40GB), US East (N. Virginia), on-demand: $32.77 per hour",
      listed: "2023", source: "https://aws.amazon.com/ec2/instance-types/p4/"),
    CloudPrice(
      hardware: "V100 SXM2", dollarsPerChipHour: 24.48 / 8,
      offer: "AWS p3.16xlarge (8 × V100 SXM2 16GB), US East (N. Virginia), on-demand: $24.48 per hour",
      listed: "2023", source: "https://aws.amazon.com/ec2/instance-types/p3/"),
    CloudPrice(
      hardware: "TPU v5p", dollarsPerChipHour: 4.20,
      offer: "Google Cloud TPU v5p, on-demand, per chip-hour", listed: "2024",
      source: "https://cloud.google.com/tpu/pricing"),
    CloudPrice(
      hardware: "TPU v5e", dollarsPerChipHour: 1.20,
      offer: "Google Cloud TPU v5e, on-demand, per chip-hour", listed: "2024",
      source: "https://cloud.google.com/tpu/pricing"),
    CloudPrice(
      hardware: "TPU v4", dollarsPerChipHour: 3.22,
      offer: "Google Cloud TPU v4, on-demand, per chip-hour (us-central2)", listed: "2024",
      source: "https://cloud.google.com/tpu/pricing"),
  ]

  /// The sentence every plan that uses the table carries.
  public static let caveat =
    "Cloud prices change often and vary by provider, region and commitment (reserved, spot and smaller providers often charge a fraction of hyperscaler on-demand prices); give --price for your own."

  /// The table's price for `chip` (matched through the catalog's names and aliases), if it has one.
  public static func price(for chip: Accelerator, catalog: HardwareCatalog = .builtIn) -> CloudPrice? {
    all.first { row in
      (try? catalog.accelerator(named: row.hardware))?.name == chip.name
    }
  }
}
