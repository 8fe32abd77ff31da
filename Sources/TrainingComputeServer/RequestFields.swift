public import Hummingbird
import ModelImport
public import TrainingCompute

/// The fields of a JSON request body: an object whose keys are the CLI's long flag names without
/// dashes (`params`, `batch-size`, `chip-hours` …) and whose values are JSON numbers or the text
/// the CLI would take (`"175B"`, `"30d"`, `"40%"`). Numbers become text so that both go through the
/// core's one parser; `null` means the field is absent.
public struct RequestFields: Sendable {
  /// The largest request body read, in bytes; a larger one is answered 413.
  public static let bodyLimit = 64 * 1024

  /// The fields given, each once, as a list: a request has a few, and a list costs less to
  /// build than a dictionary (an allocation and a hash of every key).
  private var given: [(name: String, text: String)]

  /// The text of each field given.
  public var values: [String: String] {
    Dictionary(uniqueKeysWithValues: given.lazy.map { ($0.name, $0.text) })
  }

  /// The text of the field `name`, if given.
  public subscript(name: String) -> String? {
    given.first { $0.name == name }?.text
  }

  /// The largest model request body read (a pasted spec or a base64-encoded model file, so a
  /// file of about 12 MiB), in bytes.
  public static let modelBodyLimit = 16 * 1024 * 1024

  /// Fields read from a request's body; `allowed` lists the field names the endpoint takes, and a
  /// body over `limit` bytes is answered 413.
  public static func read(
    from request: Request, allowed: [String], limit: Int = bodyLimit
  ) async throws -> RequestFields {
    try requireJSON(request.headers)
    var request = request
    let buffer = try await request.collectBody(upTo: limit)
    return try buffer.withUnsafeReadableBytes { bytes throws(APIError) in
      try RequestFields(json: bytes, allowed: allowed)
    }
  }

  /// `requireJSON` on a request's `Content-Type` fields. Read field by field: looking the name up
  /// joins every value it has into a new string, for every request.
  static func requireJSON(_ headers: HTTPFields) throws(APIError) {
    var value: String?
    var count = 0
    for field in headers where field.name == .contentType {
      value = field.value
      count += 1
    }
    // Two or more values join with ", ", which `isJSON` refuses, as it refuses any list.
    try requireJSON(count > 1 ? headers[.contentType] : value)
  }

  /// Refuses (415) a body not declared as `application/json`: a page on another site can send
  /// `text/plain` to this server without asking first (a "simple" cross-origin request), but not JSON.
  static func requireJSON(_ contentType: String?) throws(APIError) {
    if let contentType, isJSON(contentType) { return }
    let given = contentType.map { "was sent as '\($0.prefix(80))'" } ?? "was sent without a Content-Type"
    throw APIError(
      status: .unsupportedMediaType,
      message:
        "The request body must be JSON sent with Content-Type: application/json, and this one \(given).")
  }

  /// Whether a `Content-Type` value's media type (before any `;` parameters, spaces and tabs
  /// around it ignored) is `application/json`, in any letter case. Read byte by byte: this runs
  /// for every request, and Foundation's trimming and lowercasing cost more than the check.
  static func isJSON(_ contentType: String) -> Bool {
    if let answer = contentType.utf8.withContiguousStorageIfAvailable(isJSON) { return answer }
    return Array(contentType.utf8).withUnsafeBufferPointer(isJSON)
  }

  /// `isJSON` on the value's bytes.
  private static func isJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let expected: StaticString = "application/json"
    var end = bytes.firstIndex(of: UInt8(ascii: ";")) ?? bytes.count
    var start = 0
    let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    guard end - start == expected.utf8CodeUnitCount else { return false }
    let wanted = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
    for offset in 0..<wanted.count {
      let given = bytes[start + offset]
      // ASCII letters only: setting bit 5 lowers A–Z and leaves "/" and the lower case as they are.
      let lowered = given >= UInt8(ascii: "A") && given <= UInt8(ascii: "Z") ? given | 0x20 : given
      guard lowered == wanted[offset] else { return false }
    }
    return true
  }

  /// Fields decoded from JSON text: 400 when it is not a JSON object, 422 naming the field when a
  /// key is not one of `allowed` or a value is neither a number nor text. A repeated key keeps
  /// its last value, as everywhere the reader makes an object.
  init(json: UnsafeRawBufferPointer, allowed: [String]) throws(APIError) {
    guard let members = try? JSONValue.parseMembers(bytes: json, path: "request body") else {
      throw APIError(
        status: .badRequest,
        message:
          "The request body must be a JSON object such as {\"params\": \"175B\", \"tokens\": 3e11}; it could not be read as one."
      )
    }
    var given: [(name: String, text: String)] = []
    given.reserveCapacity(min(members.count, allowed.count))
    var absent: [String] = []  // the fields whose last value is null
    // The error named is that of the smallest key that has one (kept while reading, not sorted
    // for), so the answer does not depend on the members' order.
    var refusal: (key: String, error: APIError)?
    func refuse(_ key: String, _ error: @autoclosure () -> APIError) {
      if refusal.map({ key < $0.key }) ?? true { refusal = (key, error()) }
    }
    // From the last member back, so that a key's last value is the one read; an allowed key read
    // already is passed over (at most `allowed.count` of them, so the look-ups stay short).
    for (key, value) in members.reversed() {
      guard allowed.contains(key) else {
        refuse(
          key,
          APIError(
            status: .unprocessableContent,
            message:
              "\(key) is not a field of this request; fields allowed: \(allowed.joined(separator: ", ")).",
            field: key))
        continue
      }
      if given.contains(where: { $0.name == key }) || absent.contains(key) { continue }
      switch value {
      case .string(let text): given.append((key, text))
      case .number(let number): given.append((key, Self.text(for: number)))
      case .null: absent.append(key)
      case .bool, .array, .object:
        refuse(
          key,
          APIError(
            status: .unprocessableContent,
            message: "\(key) must be a number or a string such as \"175B\", \"30d\" or \"40%\".",
            field: key))
      }
    }
    if let refusal { throw refusal.error }
    self.given = given
  }

  /// The method-1 fields.
  public var operationInputs: OperationInputs {
    var inputs = OperationInputs()
    // The fields given (the endpoint allowed them), not every name looked up: the other
    // method's fields of a compare request are not this method's and are passed over.
    for (name, text) in given { inputs[field: name] = text }
    return inputs
  }

  /// The method-2 fields.
  public var hardwareInputs: HardwareInputs {
    var inputs = HardwareInputs()
    for (name, text) in given { inputs[field: name] = text }
    return inputs
  }

  /// A JSON number as text the core's parser reads back to the same `Double` (`1024`, `1.75e+20`).
  static func text(for number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    return "\(number)"
  }
}
