import TrainingCompute

extension GGUFFile {
  /// Architectures whose `{arch}.*` metadata map onto a Hugging Face config of the same
  /// `model_type` (the Llama family's keys).
  public static let configArchitectures: Set<String> = ["llama", "mistral", "qwen2"]

  /// The file's metadata as the Hugging Face `config.json` keys its converter
  /// (llama.cpp's convert_hf_to_gguf.py) read them from: `{arch}.embedding_length` →
  /// `hidden_size`, `block_count` → `num_hidden_layers`, `feed_forward_length` →
  /// `intermediate_size`, `attention.head_count(_kv)` → `num_attention_heads`
  /// (`num_key_value_heads`), `context_length` → `max_position_embeddings`, `rope.freq_base` →
  /// `rope_theta`, `attention.key_length` → `head_dim`; the vocabulary from `{arch}.vocab_size`,
  /// the tokenizer's token list or the embedding tensor; `tie_word_embeddings` when the file has
  /// no separate `output.weight`.
  public func huggingFaceConfig() throws(ModelImportError) -> HuggingFaceConfig {
    guard let architecture = string("general.architecture") else {
      throw .missingKey(path: path, key: "general.architecture")
    }
    guard Self.configArchitectures.contains(architecture) else {
      throw .unknownModelType(
        path: path, modelType: architecture, supported: Self.configArchitectures.sorted())
    }
    var values: [String: JSONValue] = ["model_type": .string(architecture)]
    let keys = [
      ("embedding_length", "hidden_size"), ("block_count", "num_hidden_layers"),
      ("feed_forward_length", "intermediate_size"), ("attention.head_count", "num_attention_heads"),
      ("attention.head_count_kv", "num_key_value_heads"), ("context_length", "max_position_embeddings"),
      ("attention.key_length", "head_dim"), ("vocab_size", "vocab_size"),
    ]
    for (gguf, huggingFace) in keys {
      if let value = integer("\(architecture).\(gguf)") { values[huggingFace] = .number(Double(value)) }
    }
    if case .real(let theta) = metadata["\(architecture).rope.freq_base"] {
      values["rope_theta"] = .number(theta)
    }
    if values["vocab_size"] == nil {
      if case .array(_, let count) = metadata["tokenizer.ggml.tokens"] {
        values["vocab_size"] = .number(Double(count))
      } else if let embedding = tensors.first(where: { $0.name == "token_embd.weight" }),
        embedding.dimensions.count == 2
      {
        values["vocab_size"] = .number(Double(embedding.dimensions[1]))
      }
    }
    values["tie_word_embeddings"] = .bool(!tensors.contains { $0.name == "output.weight" })
    values["attention_bias"] = .bool(tensors.contains { $0.name.hasSuffix("attn_q.bias") })
    return HuggingFaceConfig(path: path, values: values)
  }

  /// The model as the importer gives it: the Hugging Face reader's architecture, conventions and
  /// graph from the mapped config, with the parameter count of the tensors themselves (by type).
  public func importedModel(options: ImportOptions) throws(ModelImportError) -> ImportedModel {
    var model = try ModelImporter.huggingFace(huggingFaceConfig(), options: options)
    let total = try parameterTotal
    let embedding = tensors.filter { $0.name == "token_embd.weight" || $0.name == "output.weight" }
      .map(\.elements).reduce(0, +)
    model.format = .gguf
    model.parameters = ParameterCount(
      total: total, nonEmbedding: total - embedding, active: total, byDataType: parametersByType)
    return model
  }
}
