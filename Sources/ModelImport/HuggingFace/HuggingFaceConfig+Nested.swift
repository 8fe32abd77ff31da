extension HuggingFaceConfig {
  /// The config with the members of the object under `key` added as `key.member` (DBRX's
  /// `attn_config` and `ffn_config`), so that a look-up and its error name
  /// the nested key in full; the config unchanged when `key` holds no object.
  func flattening(_ key: String) -> HuggingFaceConfig {
    guard case .object(let members)? = values[key] else { return self }
    var flat = self
    for (name, value) in members { flat.values[key + "." + name] = value }
    return flat
  }

}
