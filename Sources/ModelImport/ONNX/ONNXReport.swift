/// The JSON document of an ONNX analysis — forward FLOP by operator and coverage — shared by
/// `trainflops onnx --format json` and the API's model route, so the two cannot drift apart.
public struct ONNXReport: Encodable, Sendable {
  /// A label for the document's kind (the API's `"onnx_operators"`); left out when `nil`.
  public let kind: String?
  public let path: String
  public let parameters: Int
  public let external_initializers: Int
  public let forward_flop: Double
  public let forward_flop_by_operator: [String: Double]
  public let coverage: ONNXCoverage
  /// Every node with its output shape and FLOP; left out when `nil`.
  public let nodes: [ONNXNodeReport]?

  /// The report of `analysis`, labelled `kind`, listing its nodes when `listingNodes` is set.
  public init(_ analysis: ONNXAnalysis, kind: String? = nil, listingNodes: Bool = false) {
    self.kind = kind
    path = analysis.path
    parameters = analysis.parameters
    external_initializers = analysis.externalInitializers
    forward_flop = analysis.forwardFLOP
    forward_flop_by_operator = analysis.forwardFLOPByOperator
    coverage = analysis.coverage
    nodes = listingNodes ? analysis.nodes : nil
  }
}
