/// A name people count that is not one catalog chip: a server or rack system (DGX B200: 8 GPUs),
/// a superchip (GB200: 2 GPUs), a multi-chip Cloud TPU device (4 chips), a board or package of
/// two devices (Tesla K80 board, MI250X OAM), or a TPU core (half a v2/v3 chip). Each converts to
/// a whole number of catalog chips, and the conversion is always said.
public struct HardwareUnit: Sendable, Hashable, Codable {
  /// What kind of thing one unit is.
  public enum Kind: String, Sendable, Codable {
    case system, superchip, device, board, package, core
  }

  /// The name shown to people.
  public var name: String
  public var kind: Kind
  /// Other names the unit goes by; matched like chip names.
  public var aliases: [String]
  /// The catalog chip one unit holds (a name or alias the catalog resolves).
  public var chip: String
  /// How many catalog chips one unit holds: 8 for an HGX/DGX system, 0.5 for a TPU v3 core.
  public var chipsPerUnit: Double
  /// Where the chip count comes from.
  public var source: String

  public init(
    name: String, kind: Kind, aliases: [String] = [], chip: String, chipsPerUnit: Double, source: String
  ) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.chip = chip
    self.chipsPerUnit = chipsPerUnit
    self.source = source
  }
}

/// A hardware name resolved to a catalog chip, with the unit it named if it was not a chip.
public struct ResolvedHardware: Sendable, Equatable {
  public var accelerator: Accelerator
  /// The unit the name meant, or `nil` when it named the chip itself.
  public var unit: HardwareUnit?

  /// Catalog chips per counted unit (1 for a chip).
  public var chipsPerUnit: Double { unit?.chipsPerUnit ?? 1 }

  /// The sentence that says how `count` units were converted to chips, or `nil` for a chip.
  public func conversion(count: Double, of what: String = "") -> String? {
    guard let unit else { return nil }
    let chips = count * unit.chipsPerUnit
    return
      "'\(unit.name)' is a \(unit.kind.rawValue) of \(NumberFormatting.plain(unit.chipsPerUnit)) \(accelerator.name) chip\(unit.chipsPerUnit == 1 ? "" : "s"): counted \(NumberFormatting.plain(count)) \(unit.name)\(what) as \(NumberFormatting.plain(chips)) chip\(chips == 1 ? "" : "s") (\(unit.source))."
  }
}
