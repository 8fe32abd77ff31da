/// The model families whose `config.json` the tool reads, keyed by `model_type`, and the reader
/// that turns a config into a `TransformerArchitecture`. Parameter layouts follow the modelling
/// files of Hugging Face Transformers (`src/transformers/models/<family>/modeling_<family>.py`).
public enum HuggingFaceFamily {
  /// Every supported `model_type`.
  public static let supportedModelTypes: [String] = [
    "bert", "bloom", "deepseek_v2", "deepseek_v3", "falcon", "gemma", "gemma2", "gpt2", "gpt_neox", "gptj",
    "llama", "mistral", "mixtral", "opt", "phi3", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "roberta", "t5",
  ]

  /// The architecture `config` describes, or an error naming the unknown type or missing key.
  public static func architecture(of config: HuggingFaceConfig) throws(ModelImportError)
    -> TransformerArchitecture
  {
    let modelType = try config.modelType
    switch modelType {
    case "gpt2": return try GPTFamilies.gpt2(config)
    case "gpt_neox": return try GPTFamilies.neox(config)
    case "gptj": return try GPTFamilies.gptj(config)
    case "opt": return try GPTFamilies.opt(config)
    case "bloom": return try GPTFamilies.bloom(config)
    case "falcon", "RefinedWeb", "RefinedWebModel": return try GPTFamilies.falcon(config)
    case "bert", "roberta": return try EncoderFamilies.bert(config)
    case "t5": return try EncoderFamilies.t5(config)
    case "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "gemma", "gemma2", "phi3":
      return try LlamaFamilies.architecture(config, modelType: modelType)
    case "deepseek_v2", "deepseek_v3": return try DeepSeekFamily.architecture(config, modelType: modelType)
    default:
      throw .unknownModelType(path: config.path, modelType: modelType, supported: supportedModelTypes)
    }
  }
}

/// Pieces shared by the family readers.
enum TransformerParts {
  typealias Linear = TransformerArchitecture.Linear

  /// Multi-head (or grouped-query) attention with separate Q, K, V and output projections.
  static func attention(
    hidden: Int, heads: Int, keyValueHeads: Int, headSize: Int, hasQKVBias: Bool, hasOutputBias: Bool,
    otherParameters: Int = 0
  ) -> TransformerArchitecture.Attention {
    TransformerArchitecture.Attention(
      projections: [
        Linear(hidden, heads * headSize, hasBias: hasQKVBias),
        Linear(hidden, keyValueHeads * headSize, hasBias: hasQKVBias),
        Linear(hidden, keyValueHeads * headSize, hasBias: hasQKVBias),
        Linear(heads * headSize, hidden, hasBias: hasOutputBias),
      ], otherParameters: otherParameters, heads: heads, keyHeadSize: headSize, valueHeadSize: headSize)
  }

  /// Two-matrix MLP `hidden → inner → hidden` (GELU/ReLU).
  static func mlp(hidden: Int, inner: Int, hasBias: Bool) -> [Linear] {
    [Linear(hidden, inner, hasBias: hasBias), Linear(inner, hidden, hasBias: hasBias)]
  }

  /// Gated MLP (SwiGLU, GeGLU): gate and up projections `hidden → inner`, down `inner → hidden`.
  static func gatedMLP(hidden: Int, inner: Int, hasBias: Bool = false) -> [Linear] {
    [
      Linear(hidden, inner, hasBias: hasBias), Linear(hidden, inner, hasBias: hasBias),
      Linear(inner, hidden, hasBias: hasBias),
    ]
  }

  /// Heads must divide the width when the config gives no head size.
  static func headSize(hidden: Int, heads: Int, config: HuggingFaceConfig, key: String)
    throws(ModelImportError)
    -> Int
  {
    guard hidden % heads == 0 else {
      throw .invalidValue(
        path: config.path, key: key, value: String(heads),
        allowed: "a divisor of the hidden size \(hidden)")
    }
    return hidden / heads
  }
}
