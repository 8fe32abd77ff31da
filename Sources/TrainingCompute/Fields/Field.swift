/// One input fact as every front door takes it: its name (the CLI's long flag without dashes, the
/// API's JSON key, the batch file's column, the ledger's key), its kind and unit, what it means,
/// what values are allowed, the other names it is known by (Epoch AI's export columns), and how
/// its text becomes a typed value in `TrainingFacts`.
///
/// The table of every field is `Fields.all`; a new fact is one line there.
public struct Field: Sendable {
  /// The shape of a field's value, which picks its parser and its OpenAPI type.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// A positive amount, possibly huge (`175B`, `1.4T`, `3e11`).
    case amount
    /// A positive whole number (`1024`).
    case count
    /// A fraction in (0, 1]: `0.4` or `40%`.
    case fraction
    /// A span of time with a unit: `355h`, `14.8d`.
    case duration
    /// One of a fixed list of words.
    case choice
    /// A calendar year (`2020`, or a date such as `2020-05-28`).
    case year
    /// Free text (a name).
    case text
  }

  /// The name: CLI flag without dashes, JSON key and batch column.
  public let name: String
  /// The kind of value.
  public let kind: Kind
  /// The unit of the value, in words (`parameters`, `FLOP`, `hours`); empty when it has none.
  public let unit: String
  /// What the fact means, one sentence for help texts and the OpenAPI document.
  public let meaning: String
  /// What values are allowed, in the words an error message uses.
  public let allowed: String
  /// Other names accepted for the field (Epoch AI's column names), matched ignoring case.
  public let aliases: [String]
  /// The choices, for `.choice` fields.
  public let choices: [String]
  /// Parses `text` into the facts; `label` names the field in errors (`--params`, `params`).
  let assign: @Sendable (inout TrainingFacts, String, String) throws(EstimateError) -> Void

  init(
    _ name: String, _ kind: Kind, unit: String = "", meaning: String, allowed: String,
    aliases: [String] = [], choices: [String] = [],
    assign: @escaping @Sendable (inout TrainingFacts, String, String) throws(EstimateError) -> Void
  ) {
    self.name = name
    self.kind = kind
    self.unit = unit
    self.meaning = meaning
    self.allowed = allowed
    self.aliases = aliases
    self.choices = choices
    self.assign = assign
  }

  /// Reads `text` as this field's value into `facts`; `prefix` (`--` on the command line) goes
  /// before the field's name in the error, which names the value and what is allowed.
  public func parse(_ text: String, into facts: inout TrainingFacts, prefix: String = "")
    throws(EstimateError)
  {
    let trimmed = text.trimmingWhitespace()
    let label = prefix + name
    guard !trimmed.isEmpty else {
      throw .outOfRange(field: label, value: "an empty value", allowed: allowed)
    }
    try assign(&facts, trimmed, label)
    facts.given.removeAll { $0 == name }
    facts.given.append(name)
  }
}
