/// What someone else needs to reproduce a report: the tool's version, the date, a SHA-256 of the
/// ledger and of every model file read, and the source of every hardware figure used.
public struct LedgerProvenance: Sendable, Equatable, Encodable {
  /// One input file and its digest.
  public struct FileDigest: Sendable, Equatable, Encodable {
    public var path: String
    public var sha256: String
    public init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  /// One chip and where its peak and power figures come from.
  public struct HardwareSource: Sendable, Equatable, Encodable {
    public var hardware: String
    public var source: String
  }

  public var tool: String
  public var toolVersion: String
  /// When the report was made (ISO 8601, UTC).
  public var generatedAt: String
  public var ledger: FileDigest
  public var modelFiles: [FileDigest]
  public var hardwareSources: [HardwareSource]

  public init(generatedAt: String, ledger: FileDigest, modelFiles: [FileDigest] = []) {
    tool = "trainflops"
    toolVersion = ToolVersion.current
    self.generatedAt = generatedAt
    self.ledger = ledger
    self.modelFiles = modelFiles
    hardwareSources = []
  }

  enum CodingKeys: String, CodingKey {
    case tool, ledger
    case toolVersion = "tool_version"
    case generatedAt = "generated_at"
    case modelFiles = "model_files"
    case hardwareSources = "hardware_sources"
  }
}
