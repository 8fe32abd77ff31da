import Yams

/// The budget of a model spec, checked before the work it bounds is done: values after YAML
/// alias expansion (a "billion laughs" file of a few hundred bytes expands to millions), layers
/// after `repeat` expansion, nesting of repeated blocks, and the length of names. Each limit is
/// far above any real model and low enough that reading a spec takes milliseconds.
enum SpecLimits {
  /// The most YAML values (scalars, lists, maps) after aliases are expanded. GPT-2's spec has
  /// under 100; ResNet-50's under 1,000.
  static let values = 20_000

  /// The most layers after every `repeat` is expanded. GPT-3 has under 1,000 layers of the
  /// spec's kinds; the largest shipped example (ResNet-50) about 200.
  static let layers = 20_000

  /// The deepest nesting of repeated blocks.
  static let blockDepth = 16

  /// The longest name (model, layer, input reference) in characters.
  static let nameLength = 256

  /// Counts the values of `node`, aliases expanded, and throws once there are more than `values`;
  /// costs at most `values` steps, however far the aliases would expand.
  static func checkValues(_ node: Node, path: String) throws(ModelImportError) {
    var budget = values
    var pending = [node]
    while let next = pending.popLast() {
      budget -= 1
      guard budget >= 0 else {
        throw .malformedSpec(
          path: path,
          reason:
            "it expands to more than \(values) values once its YAML aliases are resolved, the limit for a spec"
        )
      }
      switch next {
      case .scalar, .alias: break
      case .sequence(let sequence): pending.append(contentsOf: sequence)
      case .mapping(let mapping):
        for (key, value) in mapping {
          pending.append(key)
          pending.append(value)
        }
      }
    }
  }

  /// Counts the values of a JSON spec (keys included) without parsing it, and throws once there
  /// are more than `values`. In JSON every value or key but the first follows one of `[ { , :`
  /// outside a string, so counting those counts them; one pass over the bytes.
  static func checkValues(json text: String, path: String) throws(ModelImportError) {
    var count = 0
    var isInString = false
    var isEscaped = false
    for byte in text.utf8 {
      if isInString {
        if isEscaped {
          isEscaped = false
        } else if byte == UInt8(ascii: "\\") {
          isEscaped = true
        } else if byte == UInt8(ascii: "\"") {
          isInString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): isInString = true
      case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"):
        count += 1
        guard count <= values else {
          throw .malformedSpec(
            path: path, reason: "it holds more than \(values) values, the limit for a spec")
        }
      default: break
      }
    }
  }

  /// The layers `items` expand to, counting every repetition of every block; saturates at
  /// `Int.max`, so an absurd `repeat` still compares as too many. Entries that are not layers or
  /// blocks count as one (their own error comes later, in order).
  static func expandedLayerCount(_ items: [SpecValue]) -> Int {
    var total = 0
    for item in items {
      var count = 1
      if case .object(let fields) = item, let times = fields["repeat"] {
        let repetitions: Int
        switch times {
        case .int(let number): repetitions = max(number, 0)
        case .double(let number) where number >= 0:
          repetitions = number >= Double(Int.max) ? .max : Int(number.rounded(.up))
        default: repetitions = 1
        }
        let inner: Int =
          if case .array(let layers)? = fields["layers"] { expandedLayerCount(layers) } else { 1 }
        let (product, overflow) = repetitions.multipliedReportingOverflow(by: inner)
        count = overflow ? .max : product
      }
      let (sum, overflow) = total.addingReportingOverflow(count)
      total = overflow ? .max : sum
    }
    return total
  }

  /// `text` shortened for an error message: at most 60 characters, with `…` where it was cut.
  static func excerpt(_ text: String) -> String {
    text.count <= 60 ? text : String(text.prefix(59)) + "…"
  }
}
