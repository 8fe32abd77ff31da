import TrainingCompute

/// The model families whose `config.json` the tool reads, keyed by `model_type`, and the reader
/// that turns a config into a `TransformerArchitecture`. Parameter layouts follow the modelling
/// files of Hugging Face Transformers (`src/transformers/models/<family>/modeling_<family>.py`).
public enum HuggingFaceFamily {
  /// Every supported `model_type`.
  public static let supportedModelTypes: [String] = [
    "bert", "bloom", "cohere", "distilbert", "electra", "deepseek_v2", "deepseek_v3", "falcon", "gemma",
    "gemma2", "gemma3_text",
    "gpt2", "gpt_bigcode", "gpt_neo", "gpt_neox", "gptj", "granite", "llama", "mistral", "mixtral", "mpt",
    "mt5",
    "olmo2", "olmoe", "opt", "phi", "phi3", "phimoe", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "roberta",
    "stablelm", "starcoder2", "t5", "xlm-roberta",
    "mamba",
    "mamba2",
    "rwkv",
    "jamba",
    "dbrx",
    "nemotron",
    "albert",
    "bart",
    "deberta-v2",
    "vit",
    "whisper",
    "clip",
  ]

  /// The architecture `config` describes, or an error naming the unknown type, the missing key or
  /// the size past the limits.
  public static func architecture(of config: HuggingFaceConfig) throws(ModelImportError)
    -> TransformerArchitecture
  {
    try read(config, family: nil).architecture
  }

  /// The architecture of `config` read as `family` (a `model_type`) when given, with notes on what
  /// was read: the family when it came from `--family` or `architectures`, and the language model
  /// when the config nests one in `text_config` (Gemma 3, Llama 4, LLaVA, Qwen2.5-VL).
  public static func read(_ config: HuggingFaceConfig, family: String?) throws(ModelImportError) -> (
    architecture: TransformerArchitecture, notes: [String]
  ) {
    var config = config
    var notes: [String] = []
    let isKnown = (try? config.optionalString("model_type")).flatMap { $0 }.map(supportedModelTypes.contains)
    if isKnown != true, config.values["hidden_size"] == nil,
      case .object(let text)? = config.values["text_config"]
    {
      let outer = (try? config.optionalString("model_type")) ?? "multimodal"
      config.values = text
      if text["model_type"] == nil { config.values["model_type"] = .string(outer + "_text") }
      notes.append(
        "counted the language model in text_config (model_type \((try? config.modelType) ?? "?")) only; the vision or audio parts of '\(outer)' are left out"
      )
    }
    if let family {
      notes.append("read as model_type '\(family)' (--family)")
      config.values["model_type"] = .string(family)
    } else if config.values["model_type"] == nil {
      guard let inferred = inferredModelType(config) else { throw .missingModelType(path: config.path) }
      notes.append("read as model_type '\(inferred)', from architectures")
      config.values["model_type"] = .string(inferred)
    }
    var architecture = try layout(of: config)
    try architecture.checkSize(config)
    architecture.assumptions += architecture.recurrentAssumptions
    // T5's activation comes from feed_forward_proj, CLIP's from each tower's config.
    if !["t5", "mt5", "clip"].contains(architecture.modelType) {
      let isGated = architecture.layers.first.map {
        max($0.feedForward.dense.count, $0.feedForward.expert.count) == 3
      }
      architecture.activation = try config.activation(default: isGated == true ? .silu : .gelu)
    }
    return (architecture, notes)
  }

  /// The `model_type` a config's `architectures` class names (`LlamaForCausalLM` → `llama`).
  static func inferredModelType(_ config: HuggingFaceConfig) -> String? {
    guard case .array(let classes)? = config.values["architectures"],
      case .string(let name)? = classes.first
    else { return nil }
    let known: [(prefix: String, type: String)] = [
      ("GPT2", "gpt2"), ("GPTNeoX", "gpt_neox"), ("GPTJ", "gptj"), ("OPT", "opt"), ("Bloom", "bloom"),
      ("Falcon", "falcon"), ("Bert", "bert"), ("Roberta", "roberta"), ("XLMRoberta", "xlm-roberta"),
      ("DistilBert", "distilbert"),
      ("Electra", "electra"), ("T5", "t5"), ("MT5", "mt5"), ("Llama", "llama"),
      ("Mistral", "mistral"), ("Mixtral", "mixtral"), ("Qwen2Moe", "qwen2_moe"), ("Qwen2", "qwen2"),
      ("Qwen3Moe", "qwen3_moe"), ("Qwen3", "qwen3"), ("Gemma3", "gemma3_text"), ("Gemma2", "gemma2"),
      ("Gemma", "gemma"),
      ("Phi3", "phi3"), ("DeepseekV2", "deepseek_v2"), ("DeepseekV3", "deepseek_v3"),
      ("Olmo2", "olmo2"), ("Olmoe", "olmoe"), ("Cohere", "cohere"),
      ("StableLm", "stablelm"), ("PhiMoE", "phimoe"), ("Phi", "phi"), ("GPTBigCode", "gpt_bigcode"),
      ("GPTNeo", "gpt_neo"), ("Starcoder2", "starcoder2"), ("MPT", "mpt"), ("Granite", "granite"),
      ("Mamba2", "mamba2"),
      ("Mamba", "mamba"),
      ("Rwkv", "rwkv"),
      ("Jamba", "jamba"),
      ("Dbrx", "dbrx"),
      ("Nemotron", "nemotron"),
      ("Albert", "albert"),
      ("Bart", "bart"),
      ("DebertaV2", "deberta-v2"),
      ("ViT", "vit"),
      ("Whisper", "whisper"),
      ("CLIP", "clip"),
    ]
    return known.first { name.hasPrefix($0.prefix) }?.type
  }

  /// The architecture `config` describes, its counts not yet checked.
  static func layout(of config: HuggingFaceConfig) throws(ModelImportError) -> TransformerArchitecture {
    let modelType = try config.modelType
    switch modelType {
    case "gpt2": return try GPTFamilies.gpt2(config)
    case "gpt_neox": return try GPTFamilies.neox(config)
    case "gptj": return try GPTFamilies.gptj(config)
    case "opt": return try GPTFamilies.opt(config)
    case "bloom": return try GPTFamilies.bloom(config)
    case "falcon", "RefinedWeb", "RefinedWebModel": return try GPTFamilies.falcon(config)
    case "bert", "roberta", "xlm-roberta", "electra": return try EncoderFamilies.bert(config)
    case "distilbert": return try EncoderFamilies.distilBERT(config)
    case "t5", "mt5": return try EncoderFamilies.t5(config)
    case "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "gemma", "gemma2",
      "gemma3_text", "phi3", "granite", "olmo2", "olmoe", "cohere", "stablelm", "phimoe":
      return try LlamaFamilies.architecture(config, modelType: modelType)
    case "gpt_bigcode": return try GPTVariantFamilies.gptBigCode(config)
    case "gpt_neo": return try GPTVariantFamilies.gptNeo(config)
    case "starcoder2": return try GPTVariantFamilies.starCoder2(config)
    case "phi": return try GPTVariantFamilies.phi(config)
    case "mpt": return try GPTVariantFamilies.mpt(config)
    case "deepseek_v2", "deepseek_v3": return try DeepSeekFamily.architecture(config, modelType: modelType)
    case "mamba": return try StateSpaceFamilies.mamba(config)
    case "mamba2": return try StateSpaceFamilies.mamba2(config)
    case "rwkv": return try StateSpaceFamilies.rwkv(config)
    case "jamba": return try StateSpaceFamilies.jamba(config)
    case "dbrx": return try DBRXFamily.architecture(config)
    case "nemotron": return try NemotronFamily.architecture(config)
    case "albert": return try ALBERTFamily.architecture(config)
    case "bart": return try BARTFamily.architecture(config)
    case "deberta-v2": return try DeBERTaFamily.architecture(config)
    case "vit": return try ViTFamily.architecture(config)
    case "whisper": return try WhisperFamily.architecture(config)
    case "clip": return try CLIPFamily.architecture(config)
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
    queryKeyNorm: TrainingCompute.Attention.QueryKeyNorm = .none
  ) -> TransformerArchitecture.Attention {
    let core = TrainingCompute.Attention(
      modelDimension: hidden, heads: heads, keyValueHeads: keyValueHeads, headDimension: headSize,
      queryKeyNorm: queryKeyNorm)
    return TransformerArchitecture.Attention(
      projections: [
        Linear(hidden, heads * headSize, hasBias: hasQKVBias),
        Linear(hidden, keyValueHeads * headSize, hasBias: hasQKVBias),
        Linear(hidden, keyValueHeads * headSize, hasBias: hasQKVBias),
        Linear(heads * headSize, hidden, hasBias: hasOutputBias),
      ], otherParameters: core.queryKeyNormParameters, heads: heads, keyHeadSize: headSize,
      valueHeadSize: headSize, queryKeyNorm: queryKeyNorm)
  }

  /// Attention of a config's `shape` (see `AttentionShape.read`).
  static func attention(
    _ shape: AttentionShape, hasQKVBias: Bool, hasOutputBias: Bool,
    queryKeyNorm: TrainingCompute.Attention.QueryKeyNorm = .none
  ) -> TransformerArchitecture.Attention {
    attention(
      hidden: shape.hidden, heads: shape.heads, keyValueHeads: shape.keyValueHeads, headSize: shape.headSize,
      hasQKVBias: hasQKVBias, hasOutputBias: hasOutputBias, queryKeyNorm: queryKeyNorm)
  }

  /// A BERT-style layer (BERT, ALBERT, DistilBERT, ViT, CLIP's towers): multi-head attention
  /// with biases on the output and, when `hasQKVBias`, on Q, K and V; a two-matrix MLP
  /// `hidden → inner → hidden` with biases; two LayerNorms with bias.
  static func encoderLayer(_ shape: AttentionShape, inner: Int, hasQKVBias: Bool = true)
    -> TransformerArchitecture.Layer
  {
    TransformerArchitecture.Layer(
      attention: attention(shape, hasQKVBias: hasQKVBias, hasOutputBias: true),
      feedForward: .dense(mlp(hidden: shape.hidden, inner: inner, hasBias: true)),
      normParameters: 4 * shape.hidden)
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
