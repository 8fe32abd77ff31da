import Foundation
import Yams

/// A decoder's failure (JSON or YAML) as a short clause of ours — what is wrong and where — for
/// the middle of an error sentence: no `DecodingError`/`NSCocoaErrorDomain` dump, no echo of the
/// input, no final full stop.
enum DecoderMessage {
  /// The clause for `error`, raised while reading `format` ("JSON", "YAML") from `data`.
  static func reason(_ error: any Error, format: String, data: Data? = nil) -> String {
    let text: String
    switch error {
    case let yaml as YamlError: text = reason(yaml)
    case DecodingError.dataCorrupted(let context):
      text =
        context.underlyingError.flatMap(debugDescription) ?? data.flatMap(serializationReason)
        ?? context.debugDescription
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.keyNotFound(_, let context):
      let place = context.codingPath.map(\.stringValue).joined(separator: ".")
      text = place.isEmpty ? "a value has the wrong type" : "the value at '\(place)' has the wrong type"
    default: text = debugDescription(of: error) ?? "the \(format) cannot be parsed"
    }
    return tidy(text)
  }

  private static func reason(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      // libyaml's nesting limit names its own setter ("…, set with yaml_set_max_nest_level()").
      let clause = problem.components(separatedBy: ", set with").first ?? problem
      return "\(clause) at line \(mark.line), column \(mark.column)"
    case .reader(let problem, let offset, _, _):
      return offset.map { "\(problem) at byte \($0)" } ?? problem
    case .memory: return "the YAML parser ran out of memory"
    case .duplicatedKeysInMapping(let duplicates, _):
      return "a key appears twice in one mapping: " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
    default: return "the YAML cannot be parsed"
    }
  }

  /// Foundation's own explanation inside an `NSError` ("Unexpected character 'x' around line 1,
  /// column 1."), without the domain and code around it.
  private static func debugDescription(of error: any Error) -> String? {
    (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
  }

  /// Where `JSONSerialization` finds JSON broken ("Invalid value around character 6."), for
  /// `JSONDecoder`, which on Linux says only that the data was not valid JSON.
  private static func serializationReason(_ data: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
      return nil
    } catch {
      return debugDescription(of: error)
    }
  }

  /// One line, at most 160 characters, without a final full stop.
  private static func tidy(_ text: String) -> String {
    var line = String(text.split(whereSeparator: \.isNewline).first ?? "")
    if line.count > 160 { line = String(line.prefix(159)) + "…" }
    while line.hasSuffix(".") || line.hasSuffix(" ") { line.removeLast() }
    guard let first = line.first else { return "it cannot be parsed" }
    return first.lowercased() + line.dropFirst()
  }
}
