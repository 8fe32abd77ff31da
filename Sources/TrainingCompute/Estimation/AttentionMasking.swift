/// Whether causal masking halves the QKᵀ and A·V products of masked (decoder) self-attention.
public enum AttentionMasking: String, Sendable, Codable, CaseIterable {
  /// Each token attends to the tokens before it: half the products of full attention (T/2 keys per
  /// query on average). The default for decoder self-attention: masked blocks are skipped by
  /// FlashAttention-style kernels, and Megatron-LM and MaxText count it this way.
  case causal
  /// Every query attends to every key, as PyTorch's FlopCounterMode and PaLM's formula count.
  case full

  /// The factor applied to masked self-attention products.
  public var factor: Double { self == .causal ? 0.5 : 1 }
}
