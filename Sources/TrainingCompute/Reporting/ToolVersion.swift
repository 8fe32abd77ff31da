/// The version of trainflops, stated in every report's provenance.
public enum ToolVersion {
  public static let current = "0.1.0"
}
