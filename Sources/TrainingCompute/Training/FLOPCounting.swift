/// Which work a FLOP count includes.
public enum FLOPCounting: String, Sendable, Codable, CaseIterable {
  /// Matrix products, convolutions and element-wise work (activations, norms, softmax, adds).
  case all
  /// Matrix products and convolutions alone, as PyTorch's FlopCounterMode, fvcore and most
  /// papers count (the `--matmul-only` switch).
  case matrixOnly = "matmul_only"
}
