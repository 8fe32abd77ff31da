import TrainingCompute

/// The facts of a run as command-line flags, read from the table of fields (`Fields.all`) rather
/// than declared one by one: `--params 175B`, `--hours=355`, Epoch AI's names too
/// (`--Parameters`). The help text lists the same table.
enum FactArguments {
  /// The `--name value` pairs of `arguments`, or a usage error naming the flag.
  static func pairs(_ arguments: [String]) throws(EstimateError) -> [(String, String)] {
    var pairs: [(String, String)] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      guard argument.hasPrefix("--"), argument.count > 2 else {
        throw .unknownOption(field: "argument", value: argument, allowed: ["--FIELD VALUE (see --help)"])
      }
      let body = argument.dropFirst(2)
      if let equals = body.firstIndex(of: "=") {
        pairs.append((String(body[..<equals]), String(body[body.index(after: equals)...])))
        index += 1
        continue
      }
      guard index + 1 < arguments.count else {
        throw .missingInput(field: argument, expected: "a value after \(argument)")
      }
      pairs.append((String(body), arguments[index + 1]))
      index += 2
    }
    return pairs
  }

  /// The facts from flags, or the error naming the flag.
  static func facts(_ arguments: [String]) throws(EstimateError) -> TrainingFacts {
    try TrainingFacts(pairs(arguments), prefix: "--")
  }

  /// One line per field: flag, unit and meaning, for help texts.
  static var help: String {
    Fields.all.map { field in
      let unit = field.unit.isEmpty ? "" : " (\(field.unit))"
      let name = "--\(field.name)"
      let flag = name + String(repeating: " ", count: max(16 - name.count, 1))
      return "  \(flag) \(field.meaning)\(unit)"
    }.joined(separator: "\n")
  }
}
