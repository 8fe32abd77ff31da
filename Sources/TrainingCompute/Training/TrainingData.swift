/// How much data a model is trained on per epoch: examples of the model's input shape, or
/// tokens (for a sequence model whose input's first dimension is the sequence length, so that
/// examples = tokens ÷ sequence length).
public enum TrainingData: Sendable, Equatable {
  /// Training examples per epoch.
  case examples(Double)
  /// Training tokens per epoch.
  case tokens(Double)
}
