import Foundation
import Testing

@testable import ModelImport

/// The JSON reader behind configs, safetensors headers and the API's request bodies, against
/// RFC 8259 (its grammar and its section 13 examples) and against Foundation's `JSONSerialization`
/// on every JSON fixture of the repository.
struct JSONReaderTests {
  static func read(_ text: String) throws(JSONReader.Failure) -> JSONValue {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBytes { raw in
      Result { () throws(JSONReader.Failure) in try JSONReader.value(of: raw) }
    }
    .get()
  }

  static func members(_ text: String) throws(JSONReader.Failure) -> [(key: String, value: JSONValue)]? {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBytes { raw in
      Result { () throws(JSONReader.Failure) in try JSONReader.members(of: raw) }
    }
    .get()
  }

  /// An object's members come in the order written, a repeated key repeated; any other value
  /// gives none.
  @Test func membersKeepOrderAndRepeats() throws {
    let members = try #require(try Self.members(#" {"b": 1, "a": {"c": [true]}, "b": null} "#))
    #expect(members.map(\.key) == ["b", "a", "b"])
    #expect(members.map(\.value) == [.number(1), .object(["c": .array([.bool(true)])]), .null])
    #expect(try Self.members("{}")?.isEmpty == true)
    for text in ["[1, 2]", #""a""#, "3", "null", " true "] {
      #expect(try Self.members(text) == nil, "\(text)")
    }
  }

  /// RFC 8259, section 13: the image object and the array of two places.
  @Test func rfcExamplesRead() throws {
    let image = try Self.read(
      """
      {"Image": {"Width": 800, "Height": 600, "Title": "View from 15th Floor",
        "Thumbnail": {"Url": "http://www.example.com/image/481989943", "Height": 125, "Width": 100},
        "Animated" : false, "IDs": [116, 943, 234, 38793]}}
      """)
    guard case .object(let top) = image, case .object(let fields)? = top["Image"] else {
      Issue.record("not an object: \(image)")
      return
    }
    #expect(fields["Width"] == .number(800))
    #expect(fields["Title"] == .string("View from 15th Floor"))
    #expect(fields["Animated"] == .bool(false))
    #expect(fields["IDs"] == .array([.number(116), .number(943), .number(234), .number(38793)]))
    let places = try Self.read(
      #"[{"precision": "zip", "Latitude": 37.7668, "Longitude": -122.3959, "Address": "", "Zip": "94107"}, 2, true, null, "Hello world"]"#
    )
    guard case .array(let items) = places, case .object(let first)? = items.first else {
      Issue.record("not an array: \(places)")
      return
    }
    #expect(first["Longitude"] == .number(-122.3959))
    #expect(first["Address"] == .string(""))
    #expect(Array(items.dropFirst()) == [.number(2), .bool(true), .null, .string("Hello world")])
  }

  /// Escapes, including a surrogate pair (RFC 8259 section 7: G clef, U+1D11E, as \uD834\uDD1E).
  @Test func escapesAndSurrogatePairs() throws {
    #expect(try Self.read(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
    #expect(try Self.read(#""\u00e9\uD834\uDD1E""#) == .string("é\u{1D11E}"))
    #expect(try Self.read("\u{FEFF} {\"é\": -0.5e+2}") == .object(["é": .number(-50)]))
    #expect(try Self.read(#"{"a": 1, "a": 2}"#) == .object(["a": .number(2)]))
  }

  /// Each malformed text gives the exact problem and the byte where it was found.
  @Test(arguments: [
    (#"{"a": x}"#, "unexpected character 'x'", 6),
    (#"{"a": 1,}"#, "an object key must be a string", 8),
    ("[1, 2,]", "unexpected character ']'", 6),
    ("[01]", "a number has a leading zero", 2),
    ("[1.]", "a number needs a digit after its decimal point", 3),
    ("[1e]", "a number needs a digit in its exponent", 3),
    ("-", "a number needs a digit", 1),
    ("1e400", "the number 1e400 is too large for a 64-bit floating-point value", 0),
    ("\"a\tb\"", "a control character inside a string", 2),
    (#""\uD834x""#, "a \\u escape holds half of a surrogate pair", 7),
    (#""\uDD1E""#, "a \\u escape holds half of a surrogate pair", 7),
    (#""\u12g4""#, "a \\u escape needs four hexadecimal digits", 5),
    (#""\x""#, "invalid escape \\x", 3),
    (#""abc"#, "a string is not closed", 4),
    ("tru", "invalid literal (expected true)", 0),
    ("{} []", "unexpected text after the value", 3),
    ("", "the text ends where a value should be", 0),
    (#"{"a" 1}"#, "expected ':' after an object key", 5),
    ("[1 2]", "expected ',' or ']' in an array", 3),
    (#"{"a": 1 "b": 2}"#, "expected ',' or '}' in an object", 8),
  ])
  func malformedTextIsRefusedAtItsPlace(text: String, problem: String, offset: Int) {
    #expect(throws: JSONReader.Failure(problem: problem, offset: offset)) { try Self.read(text) }
    #expect(throws: JSONReader.Failure(problem: problem, offset: offset)) { try Self.members(text) }
  }

  /// Invalid UTF-8 inside a string is refused, not repaired.
  @Test func invalidUTF8IsRefused() {
    let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
    #expect(throws: JSONReader.Failure(problem: "a string is not valid UTF-8", offset: 1)) {
      try bytes.withUnsafeBytes { raw in
        Result { () throws(JSONReader.Failure) in try JSONReader.value(of: raw) }
      }
      .get()
    }
  }

  /// 512 levels read; 513 are refused (no document can exhaust the stack).
  @Test func nestingIsBounded() throws {
    let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try Self.read(deep) }
    let deeper = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    #expect(throws: JSONReader.Failure(problem: "nested deeper than 512 levels", offset: 512)) {
      try Self.read(deeper)
    }
  }

  /// Every JSON fixture of the repository reads to the value Foundation's `JSONSerialization`
  /// reads (numbers compared as `Double`, `true`/`false` as 1/0, since on Linux Foundation does
  /// not tell them apart).
  @Test func fixturesAgreeWithFoundation() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let files =
      FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
    #expect(files.count > 50)
    for file in files {
      let data = try Data(contentsOf: file)
      let foundation = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
      let ours = try JSONValue.parse(data, path: file.lastPathComponent)
      #expect(Self.same(ours, foundation), "\(file.lastPathComponent)")
      // The members of an object, the last of a repeated key kept, are the object read whole.
      let members = try data.withUnsafeBytes { raw in
        try JSONValue.parseMembers(bytes: raw, path: file.lastPathComponent)
      }
      if case .object(let object) = ours {
        let folded = Dictionary(members ?? [], uniquingKeysWith: { _, last in last })
        #expect(folded == object, "\(file.lastPathComponent)")
      } else {
        #expect(members == nil, "\(file.lastPathComponent)")
      }
    }
  }

  static func same(_ value: JSONValue, _ other: Any) -> Bool {
    switch value {
    case .null: return other is NSNull
    case .bool(let flag): return number(other) == (flag ? 1 : 0)
    case .number(let value): return number(other) == value
    case .string(let text): return (other as? String) == text
    case .array(let items):
      guard let others = other as? [Any], others.count == items.count else { return false }
      return zip(items, others).allSatisfy { same($0, $1) }
    case .object(let fields):
      guard let others = other as? [String: Any], others.count == fields.count else { return false }
      return fields.allSatisfy { key, item in others[key].map { same(item, $0) } ?? false }
    }
  }

  /// A number as Foundation hands it back: an `NSNumber`, or a Swift `Bool`, `Int` or `Double`.
  static func number(_ value: Any) -> Double? {
    switch value {
    case let number as NSNumber: number.doubleValue
    case let flag as Bool: flag ? 1 : 0
    case let integer as Int: Double(integer)
    case let double as Double: double
    default: nil
    }
  }
}
