/// The shape of a config's attention, read and checked in one place: the width, the query heads,
/// the key/value heads (grouped-query attention) and the size of one head.
struct AttentionShape: Equatable {
  /// Width of the residual stream.
  var hidden: Int
  /// Query heads.
  var heads: Int
  /// Key/value heads: all heads when the config names none.
  var keyValueHeads: Int
  /// Size of one head.
  var headSize: Int

  /// Reads, under `keyPrefix` (`vision_config.` for CLIP's vision tower), the width under the
  /// first of `widthKeys` and the query heads under the first of `headKeys`; when
  /// `readsKeyValueHeads`, the key/value heads under `num_key_value_heads` (which must divide the
  /// heads), else as many as the heads; and the head size under `head_dim` when `readsHeadDim`
  /// and given (Llama and the families laid out like it), else width ÷ heads (which must divide).
  static func read(
    _ config: HuggingFaceConfig, keyPrefix: String = "", widthKeys: [String] = ["hidden_size"],
    headKeys: [String] = ["num_attention_heads"], readsKeyValueHeads: Bool = true, readsHeadDim: Bool = false
  ) throws(ModelImportError) -> AttentionShape {
    let hidden = try config.count(widthKeys.map { keyPrefix + $0 })
    let headKey = keyPrefix + headKeys[0]
    let heads = try config.count(headKeys.map { keyPrefix + $0 })
    var keyValueHeads = heads
    if readsKeyValueHeads, let given = try config.optionalCount(keyPrefix + "num_key_value_heads") {
      guard heads % given == 0 else {
        throw .invalidValue(
          path: config.path, key: keyPrefix + "num_key_value_heads", value: String(given),
          allowed: "a divisor of \(headKey) (\(heads))")
      }
      keyValueHeads = given
    }
    var head = readsHeadDim ? try config.optionalCount(keyPrefix + "head_dim") ?? 0 : 0
    if head == 0 {
      head = try TransformerParts.headSize(hidden: hidden, heads: heads, config: config, key: headKey)
    }
    return AttentionShape(hidden: hidden, heads: heads, keyValueHeads: keyValueHeads, headSize: head)
  }
}
