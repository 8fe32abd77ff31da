import Foundation

/// Writes an `Encodable` value as JSON text, byte for byte what Foundation's `JSONEncoder` writes
/// with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`, at a fraction of its cost: it
/// keeps no `NSObject`s, sorts keys by their UTF-8 bytes once, and formats numbers with the
/// standard library's shortest round-trip digits (as Foundation does).
///
/// Values Foundation encodes specially (`Date`, `Data`, `URL`, `Decimal`) are not handled here:
/// `encode` throws `Unsupported` and the caller uses Foundation's encoder instead.
enum JSONTextEncoder {
  /// A value this encoder leaves to Foundation.
  struct Unsupported: Error {}

  /// Calls `body` with the pretty-printed text's UTF-8 bytes, ending in a newline.
  ///
  /// `JSONFieldsWritable` values write themselves; one holding a number JSON cannot hold stops
  /// there, and the value is encoded again through `Encodable`, whose error names the number's
  /// place (a rare case, so the fast path keeps no keys for it).
  static func encode<Result>(_ value: some Encodable, _ body: (UnsafeRawBufferPointer) -> Result) throws
    -> Result
  {
    do {
      return try render(value, path: .root(writesFields: true)).withBytes(body)
    } catch is JSONObjectWriter.NotFinite {
      return try render(value, path: .root(writesFields: false)).withBytes(body)
    }
  }

  private static func render(_ value: some Encodable, path: CodingPath) throws -> JSONSink {
    var bytes = JSONSink(capacity: 4096)
    try JSONNode.make(value, path: path).write(into: &bytes, indent: 0)
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }
}

/// The bytes being written, in a buffer of their own that doubles when full: an append checks
/// only the room left (appending to an array also checks, every time, that its storage is not
/// shared), and the text is handed to its reader in place.
struct JSONSink: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The bytes written so far.
  private(set) var count = 0

  /// An empty sink with room for `capacity` bytes before it grows.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toFit: count + 1) }
    start[count] = byte
    count += 1
  }

  /// Appends `bytes`.
  mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    if count + bytes.count > capacity { grow(toFit: count + bytes.count) }
    (start + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Appends `,` and a line break when `separated` (after an item), then `indent` spaces: the
  /// start of an item's line. One check of the room left; the spaces are stored eight at a time,
  /// the last eight reaching past the indentation into room not yet counted as written.
  @inline(__always)
  mutating func appendLineStart(separated: Bool, indent: Int) {
    let needed = 2 + indent + 8
    if count + needed > capacity { grow(toFit: count + needed) }
    var position = start + count
    if separated {
      position[0] = UInt8(ascii: ",")
      position[1] = UInt8(ascii: "\n")
      position += 2
    }
    var written = 0
    while written < indent {
      UnsafeMutableRawPointer(position + written).storeBytes(
        of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
      written += 8
    }
    count = position + indent - start
  }

  /// Appends an object's key as Foundation writes it: `"key" : `. The key is ASCII, with nothing
  /// to escape.
  @inline(__always)
  mutating func appendKey(_ key: StaticString) {
    let length = key.utf8CodeUnitCount
    if count + length + 5 > capacity { grow(toFit: count + length + 5) }
    let position = start + count
    position[0] = UInt8(ascii: "\"")
    (position + 1).update(from: key.utf8Start, count: length)
    // `" : ` in one store, its bytes in this order whatever the machine's byte order.
    UnsafeMutableRawPointer(position + 1 + length).storeBytes(
      of: UInt32(littleEndian: 0x203A_2022), as: UInt32.self)
    count += length + 5
  }

  /// Appends a static text's bytes.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Whether the bytes written end in `suffix` (ASCII).
  func hasSuffix(_ suffix: StaticString) -> Bool {
    let length = suffix.utf8CodeUnitCount
    guard count >= length else { return false }
    return memcmp(start + count - length, suffix.utf8Start, length) == 0
  }

  /// Removes the last `k` bytes written.
  mutating func removeLast(_ k: Int) {
    precondition(k <= count, "removing more bytes than were written")
    count -= k
  }

  /// Calls `body` with the bytes written, then frees them.
  consuming func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    body(UnsafeRawBufferPointer(start: start, count: count))
  }

  @inline(never)
  private mutating func grow(toFit needed: Int) {
    var larger = capacity * 2
    while larger < needed { larger *= 2 }
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = larger
  }
}

/// A value that writes its JSON object's fields itself, straight into the text, so that
/// `JSONTextEncoder` builds no containers for it: for the values every answer holds (an estimate,
/// a comparison) and the rows of long tables (a model's layers), where `Encodable`'s containers
/// cost most of the render. Its `encode(to:)` stays the reference (Foundation's encoder uses it,
/// and the tests render both ways). The encoder recognizes the types that are rendered whole or
/// inside other values by identity (`JSONNode.make` lists them: a protocol cast would cost a search
/// of the conformance tables for every type it meets, more than it saves); the others, an
/// estimate's range and inputs, are written only as fields of those.
protocol JSONFieldsWritable: Encodable {
  /// Writes the fields, keys in the order Foundation sorts them (by their UTF-8 bytes), each once.
  func writeFields(to object: inout JSONObjectWriter) throws(JSONObjectWriter.NotFinite)
}

/// Writes one JSON object's fields as Foundation pretty-prints them: each on its own line, two
/// spaces deeper than the braces, `"key" : value`. Keys are the caller's literals, written as they
/// are (ASCII, nothing to escape).
struct JSONObjectWriter: ~Copyable {
  /// A number JSON cannot hold (infinity, NaN) was given.
  struct NotFinite: Error {}

  /// The text being written; handed back by `finish()`.
  private var sink: JSONSink
  /// The indentation of the object's braces.
  private let indent: Int
  private var isFirst = true

  /// An object written into `sink` at `indent`; its opening brace is written at once.
  fileprivate init(sink: consuming JSONSink, indent: Int) {
    self.sink = sink
    self.indent = indent
    self.sink.append(UInt8(ascii: "{"))
    self.sink.append(UInt8(ascii: "\n"))
  }

  /// Closes the object and hands its text back.
  fileprivate consuming func finish() -> JSONSink {
    sink.append(UInt8(ascii: "\n"))
    sink.appendLineStart(separated: false, indent: indent)
    sink.append(UInt8(ascii: "}"))
    return sink
  }

  /// A text.
  mutating func field(_ key: StaticString, _ text: String) {
    start(key)
    JSONNode.writeQuoted(text, into: &sink)
  }

  /// A number, in Foundation's form.
  mutating func field(_ key: StaticString, _ number: Double) throws(NotFinite) {
    guard number.isFinite else { throw NotFinite() }
    start(key)
    JSONNode.writeNumber(number, into: &sink)
  }

  /// A whole number.
  mutating func field(_ key: StaticString, _ number: Int) {
    start(key)
    JSONNode.writeInteger(number, into: &sink)
  }

  /// `true` or `false`.
  mutating func field(_ key: StaticString, _ flag: Bool) {
    start(key)
    sink.append(flag ? "true" : "false")
  }

  /// An array of texts.
  mutating func field(_ key: StaticString, _ texts: [String]) {
    array(key, count: texts.count) { index, sink in JSONNode.writeQuoted(texts[index], into: &sink) }
  }

  /// An array of whole numbers.
  mutating func field(_ key: StaticString, _ numbers: [Int]) {
    array(key, count: numbers.count) { index, sink in JSONNode.writeInteger(numbers[index], into: &sink) }
  }

  /// A nested object.
  mutating func field(_ key: StaticString, _ value: some JSONFieldsWritable) throws(NotFinite) {
    start(key)
    try JSONNode.writeObject(value, into: &sink, indent: indent + 2)
  }

  /// An array of objects.
  mutating func field(_ key: StaticString, _ values: [some JSONFieldsWritable]) throws(NotFinite) {
    let itemIndent = indent + 4
    try array(key, count: values.count) { index, sink throws(NotFinite) in
      try JSONNode.writeObject(values[index], into: &sink, indent: itemIndent)
    }
  }

  /// An array whose items `item` writes, given each one's position.
  @inline(__always)
  private mutating func array<Failure: Error>(
    _ key: StaticString, count: Int, item: (Int, inout JSONSink) throws(Failure) -> Void
  ) throws(Failure) {
    start(key)
    sink.append(UInt8(ascii: "["))
    try JSONNode.writeItems(count, into: &sink, indent: indent + 2, item: item)
    sink.append(UInt8(ascii: "]"))
  }

  /// The separator from the field before, the indentation and the key.
  private mutating func start(_ key: StaticString) {
    sink.appendLineStart(separated: !isFirst, indent: indent + 2)
    isFirst = false
    sink.appendKey(key)
  }
}

/// A JSON value being built; containers are boxes because nested containers are filled after
/// they are handed out.
private enum JSONNode {
  /// Number, `true`, `false` or `null`: written as is.
  case literal(String)
  /// A string, escaped when written.
  case string(String)
  case array(ArrayBox)
  case object(ObjectBox)
  /// A `superEncoder()`'s value, known only once the caller has used it.
  case pending(TreeEncoder)
  /// An object that writes its own fields.
  case writable(any JSONFieldsWritable)

  final class ArrayBox { var items: [JSONNode] = [] }
  /// Entries in the order encoded; a key encoded twice keeps its last value, as in Foundation.
  final class ObjectBox { var entries: [(key: String, node: JSONNode)] = [] }

  static func make<T: Encodable>(_ value: T, path: CodingPath) throws -> JSONNode {
    // Compared by type, not cast: a failed `as?` walks the conformance tables, once per type.
    let type: Any.Type = T.self
    if type == String.self { return .string(value as! String) }
    if type == Double.self { return .literal(try literal(value as! Double, path)) }
    if type == Int.self { return .literal(String(value as! Int)) }
    if type == Bool.self { return .literal((value as! Bool) ? "true" : "false") }
    if type == Date.self || type == Data.self || type == URL.self || type == Decimal.self {
      throw JSONTextEncoder.Unsupported()
    }
    if path.writesFields {
      if type == ModelReport.Layer.self { return .writable(value as! ModelReport.Layer) }
      if type == Estimate.self { return .writable(value as! Estimate) }
      if type == Reconciliation.self { return .writable(value as! Reconciliation) }
    }
    let encoder = TreeEncoder(path: path)
    try value.encode(to: encoder)
    return encoder.result ?? .object(ObjectBox())
  }

  /// Foundation's form: the shortest round-trip digits, without a trailing `.0`.
  static func literal<Number: BinaryFloatingPoint & LosslessStringConvertible & Sendable>(
    _ number: Number, _ path: @autoclosure () -> CodingPath
  ) throws -> String {
    guard number.isFinite else {
      throw EncodingError.invalidValue(
        number,
        .init(codingPath: path().keys, debugDescription: "Unable to encode \(number) directly in JSON."))
    }
    return text(of: number)
  }

  /// A finite number's text: the shortest round-trip digits, without a trailing `.0`.
  static func text<Number: BinaryFloatingPoint & LosslessStringConvertible>(of number: Number) -> String {
    let text = number.description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// A JSON string: quotes, backslashes and control characters escaped, everything else as is.
  static func writeQuoted(_ text: String, into bytes: inout JSONSink) {
    bytes.append(UInt8(ascii: "\""))
    withUTF8(of: text) { utf8 in
      if needsEscaping(utf8) {
        for byte in utf8 { writeEscaped(byte, into: &bytes) }
      } else {
        bytes.append(contentsOf: utf8)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `text`'s bytes as they are, unquoted.
  static func writeRaw(_ text: String, into bytes: inout JSONSink) {
    withUTF8(of: text) { bytes.append(contentsOf: $0) }
  }

  /// Calls `body` with `text`'s UTF-8 bytes, read in place for a native string (`String.withUTF8`
  /// needs a mutable copy, a retain and a release for every string written).
  private static func withUTF8(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    if text.utf8.withContiguousStorageIfAvailable(body) == nil {
      var copy = text
      copy.withUTF8(body)
    }
  }

  /// Whether any byte is a quote, a backslash or a control character, read sixteen bytes (two
  /// words) at a time: the texts of an estimate (its assumptions, its summary) are long and almost
  /// never need escaping. A word has a zero byte when `(w − 0x01…01) & ~w & 0x80…80` is not zero,
  /// and a byte below 0x20 when `(w − 0x20…20) & ~w & 0x80…80` is not; a borrow can set a higher
  /// byte's mark only after a lower byte has set its own, so neither test answers yes wrongly. A
  /// text of eight bytes or more ends with its last eight bytes, read again where they overlap the
  /// words before.
  static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let raw = UnsafeRawBufferPointer(utf8)
    guard raw.count >= 8 else {
      for byte in raw where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        return true
      }
      return false
    }
    func marks(at offset: Int) -> UInt64 {
      escapeMarks(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    var offset = 0
    // Two words a step, one test for both.
    while offset + 16 <= raw.count {
      if marks(at: offset) | marks(at: offset + 8) != 0 { return true }
      offset += 16
    }
    if offset + 8 <= raw.count {
      if marks(at: offset) != 0 { return true }
      offset += 8
    }
    return offset < raw.count && marks(at: raw.count - 8) != 0
  }

  /// A word with the high bit set in the byte of a quote, a backslash or a control character
  /// (and possibly in bytes after it), zero when it has none.
  @inline(__always)
  private static func escapeMarks(_ loaded: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let marks: UInt64 = 0x8080_8080_8080_8080
    let word = UInt64(littleEndian: loaded)
    let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
    let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
    let found =
      ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
    return found & marks
  }

  /// One byte of a JSON string, escaped if it must be.
  private static func writeEscaped(_ byte: UInt8, into bytes: inout JSONSink) {
    let escape: UInt8
    switch byte {
    case UInt8(ascii: "\""): escape = UInt8(ascii: "\"")
    case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
    case 0x08: escape = UInt8(ascii: "b")
    case 0x0C: escape = UInt8(ascii: "f")
    case 0x0A: escape = UInt8(ascii: "n")
    case 0x0D: escape = UInt8(ascii: "r")
    case 0x09: escape = UInt8(ascii: "t")
    case 0..<0x20:
      let hex: StaticString = "0123456789abcdef"
      bytes.append("\\u00")
      bytes.append(hex.utf8Start[Int(byte >> 4)])
      bytes.append(hex.utf8Start[Int(byte & 0xF)])
      return
    default:
      bytes.append(byte)
      return
    }
    bytes.append(UInt8(ascii: "\\"))
    bytes.append(escape)
  }

  /// Whether `a` sorts before `b` by their UTF-8 bytes, as Foundation sorts keys.
  static func precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { left in
      b.withUTF8 { right in
        let common = min(left.count, right.count)
        if common > 0 {
          let order = memcmp(left.baseAddress!, right.baseAddress!, common)
          if order != 0 { return order < 0 }
        }
        return left.count < right.count
      }
    }
  }

  func write(into bytes: inout JSONSink, indent: Int) throws(JSONObjectWriter.NotFinite) {
    switch self {
    case .literal(let text):
      Self.writeRaw(text, into: &bytes)
    case .pending(let encoder):
      try (encoder.result ?? .object(ObjectBox())).write(into: &bytes, indent: indent)
    case .array(let box):
      bytes.append(UInt8(ascii: "["))
      try Self.writeItems(box.items.count, into: &bytes, indent: indent) {
        index, bytes throws(JSONObjectWriter.NotFinite) in
        try box.items[index].write(into: &bytes, indent: indent + 2)
      }
      bytes.append(UInt8(ascii: "]"))
    case .string(let text):
      Self.writeQuoted(text, into: &bytes)
    case .writable(let value):
      try Self.writeObject(value, into: &bytes, indent: indent)
    case .object(let box):
      bytes.append(UInt8(ascii: "{"))
      let kept = Self.keptOrder(box.entries)
      try Self.writeItems(kept.count, into: &bytes, indent: indent) {
        position, bytes throws(JSONObjectWriter.NotFinite) in
        let entry = box.entries[kept[position]]
        Self.writeQuoted(entry.key, into: &bytes)
        bytes.append(" : ")
        try entry.node.write(into: &bytes, indent: indent + 2)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// The object of a `JSONFieldsWritable`, its braces at `indent`. The writer holds the text while
  /// the value writes its fields, and hands it back whether or not they were all written.
  static func writeObject(
    _ value: some JSONFieldsWritable, into bytes: inout JSONSink, indent: Int
  ) throws(JSONObjectWriter.NotFinite) {
    var object = JSONObjectWriter(sink: bytes, indent: indent)
    var failure: JSONObjectWriter.NotFinite?
    do throws(JSONObjectWriter.NotFinite) {
      try value.writeFields(to: &object)
    } catch {
      failure = error
    }
    bytes = object.finish()
    if let failure { throw failure }
  }

  /// A finite number in Foundation's form (as `text(of:)`, without building a string).
  static func writeNumber(_ number: Double, into bytes: inout JSONSink) {
    if !writeWhole(number, into: &bytes), !writeShortExponential(number, into: &bytes) {
      writeRaw(number.description, into: &bytes)
      if bytes.hasSuffix(".0") { bytes.removeLast(2) }
    }
  }

  /// Writes `number` as `description` does when it is larger than 2^53 in size (where
  /// `description` turns to an exponent: `3.15e+23`) and its shortest digits that read back to it
  /// are at most four; returns whether it did. An estimate's totals are such numbers.
  ///
  /// `description` writes the fewest significant digits that read back to the number (the
  /// nearest such, when several do). Here, for k = 1 to 4 digits, the k-digit multiple of a power
  /// of ten nearest the number is tried: with both the digits and the power exact in a `Double`
  /// (powers up to 10^22), their product rounds as reading the decimal text would, so the digits
  /// read back exactly when the product is the number. Past 10^22 a power is skipped: with more
  /// digits it is smaller, and digits found that way cannot hide fewer, which would read back
  /// with zeros after them (refused below). Any doubt leaves the number to `description`: a
  /// neighbouring k-digit value reading back too (or instead), a digit count not k, digits ending
  /// in zero.
  static func writeShortExponential(_ number: Double, into bytes: inout JSONSink) -> Bool {
    let magnitude = abs(number)
    guard magnitude > 0x1p53, magnitude < 1e26 else { return false }
    // The decimal exponent from the binary one (log10 2 ≈ 0.30103): at most one too low, and
    // raised against the power of ten above. A wrong guess only fails the digit count below.
    var exponent = Int(Double(magnitude.exponent) * 0.301_029_995_663_981_2)
    if magnitude >= NumberFormatting.decimalPowers[exponent + 1] { exponent += 1 }
    var smallest: UInt64 = 1  // the smallest number of `digits` digits
    for digits in 1...4 {
      defer { smallest *= 10 }
      let power = exponent - digits + 1
      guard power <= 22 else { continue }
      let scale = NumberFormatting.decimalPowers[power]
      let quotient = magnitude / scale
      var units = UInt64(quotient)
      if quotient - Double(units) >= 0.5 { units += 1 }
      let readsBack = { (candidate: UInt64) in Double(candidate) * scale == magnitude }
      let neighbourReadsBack = readsBack(units &- 1) || readsBack(units &+ 1)
      guard readsBack(units) else {
        if neighbourReadsBack { return false }
        continue
      }
      guard !neighbourReadsBack, units >= smallest, units < smallest * 10, digits == 1 || units % 10 != 0
      else { return false }
      writeExponential(units, digits: digits, exponent: exponent, negative: number < 0, into: &bytes)
      return true
    }
    return false
  }

  /// `d.ddde+X`: `units`' `digits` digits with a point after the first, then the exponent.
  private static func writeExponential(
    _ units: UInt64, digits: Int, exponent: Int, negative: Bool, into bytes: inout JSONSink
  ) {
    var text: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // room for 32 bytes, written from the end
    withUnsafeMutableBytes(of: &text) { raw in
      let buffer = raw.bindMemory(to: UInt8.self)
      var start = NumberFormatting.writeDigits(UInt64(exponent), endingAt: buffer.count, in: buffer)
      start -= 2
      buffer[start] = UInt8(ascii: "e")
      buffer[start + 1] = UInt8(ascii: "+")
      start = NumberFormatting.writeDigits(units, endingAt: start, in: buffer)
      if digits > 1 {
        // The first digit moves one place left, and the point takes its place.
        buffer[start - 1] = buffer[start]
        buffer[start] = UInt8(ascii: ".")
        start -= 1
      }
      if negative {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }

  /// A whole number's digits.
  static func writeInteger(_ number: Int, into bytes: inout JSONSink) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, written from the end
    withUnsafeMutableBytes(of: &digits) { raw in
      let buffer = raw.bindMemory(to: UInt8.self)
      let start = NumberFormatting.writeDigits(UInt64(number.magnitude), endingAt: buffer.count, in: buffer)
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }

  /// Writes `number` as its digits when it is a whole number below 10^15 in size (not −0), which
  /// `description` writes the same way with `.0` after it; returns whether it did. Most numbers
  /// of an estimate's inputs are such counts.
  static func writeWhole(_ number: Double, into bytes: inout JSONSink) -> Bool {
    guard abs(number) < 1e15, let whole = Int64(exactly: number), whole != 0 || number.sign == .plus
    else { return false }
    writeInteger(Int(whole), into: &bytes)
    return true
  }

  /// The entries to write, as indices in key order (by UTF-8 bytes; Foundation's order), keeping
  /// the last of equal keys as Foundation does. Objects are small: an insertion sort on each key's
  /// first eight bytes, read once, beats a general sort's comparisons.
  private static func keptOrder(_ entries: [(key: String, node: JSONNode)]) -> [Int] {
    var prefixes: [UInt64] = []
    prefixes.reserveCapacity(entries.count)
    for entry in entries {
      var prefix: UInt64 = 0
      var taken = 0
      for byte in entry.key.utf8.prefix(8) {
        prefix = prefix << 8 | UInt64(byte)
        taken += 1
      }
      prefixes.append(prefix << (8 * UInt64(8 - taken)))
    }
    // Equal prefixes fall back to the whole key; equal keys keep their encoded order (stable).
    func before(_ a: Int, _ b: Int) -> Bool {
      if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
      return precedes(entries[a].key, entries[b].key)
    }
    var order = Array(entries.indices)
    if order.count <= 32 {
      for position in order.indices.dropFirst() {
        let index = order[position]
        var slot = position
        while slot > 0 && before(index, order[slot - 1]) {
          order[slot] = order[slot - 1]
          slot -= 1
        }
        order[slot] = index
      }
    } else {
      order.sort { before($0, $1) || (!before($1, $0) && $0 < $1) }
    }
    var kept: [Int] = []
    kept.reserveCapacity(order.count)
    for index in order {
      if let last = kept.last, entries[last].key == entries[index].key {
        kept[kept.count - 1] = index
      } else {
        kept.append(index)
      }
    }
    return kept
  }

  /// Foundation's layout: each item on its own line two spaces in; an empty container is an
  /// empty line.
  static func writeItems<Failure: Error>(
    _ count: Int, into bytes: inout JSONSink, indent: Int,
    item: (Int, inout JSONSink) throws(Failure) -> Void
  ) throws(Failure) {
    bytes.append(UInt8(ascii: "\n"))
    for index in 0..<count {
      bytes.appendLineStart(separated: index > 0, indent: indent + 2)
      try item(index, &bytes)
    }
    bytes.append(UInt8(ascii: "\n"))
    bytes.appendLineStart(separated: false, indent: indent)
  }
}

/// Where a value sits, kept as a chain to its parent so that no array is built unless someone
/// asks (an error, or a type that reads `codingPath`).
private final class CodingPath {
  /// The top, where `writesFields` says whether `JSONFieldsWritable` values write themselves
  /// (or go through `Encodable`, whose errors name the place of a number JSON cannot hold).
  static func root(writesFields: Bool) -> CodingPath {
    CodingPath(parent: nil, key: nil, writesFields: writesFields)
  }
  let parent: CodingPath?
  let key: (any CodingKey)?
  let writesFields: Bool

  private init(parent: CodingPath?, key: (any CodingKey)?, writesFields: Bool) {
    self.parent = parent
    self.key = key
    self.writesFields = writesFields
  }

  func appending(_ key: any CodingKey) -> CodingPath {
    CodingPath(parent: self, key: key, writesFields: writesFields)
  }

  var keys: [any CodingKey] {
    var keys: [any CodingKey] = []
    var node: CodingPath? = self
    while let current = node, let key = current.key {
      keys.append(key)
      node = current.parent
    }
    return keys.reversed()
  }
}

private final class TreeEncoder: Encoder {
  let path: CodingPath
  var codingPath: [any CodingKey] { path.keys }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var result: JSONNode?

  init(path: CodingPath) { self.path = path }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let box: JSONNode.ObjectBox
    if case .object(let existing)? = result {
      box = existing
    } else {
      box = JSONNode.ObjectBox()
      result = .object(box)
    }
    return KeyedEncodingContainer(KeyedWriter<Key>(box: box, path: path))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let box: JSONNode.ArrayBox
    if case .array(let existing)? = result {
      box = existing
    } else {
      box = JSONNode.ArrayBox()
      result = .array(box)
    }
    return UnkeyedWriter(box: box, path: path)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { SingleWriter(encoder: self) }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: JSONNode.ObjectBox
  let path: CodingPath
  var codingPath: [any CodingKey] { path.keys }

  private func set(_ node: JSONNode, _ key: Key) { box.entries.append((key.stringValue, node)) }

  mutating func encodeNil(forKey key: Key) throws { set(.literal("null"), key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(.literal(value ? "true" : "false"), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    set(.literal(try JSONNode.literal(value, path.appending(key))), key)
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    set(.literal(try JSONNode.literal(value, path.appending(key))), key)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.literal(String(value)), key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    set(try JSONNode.make(value, path: path.appending(key)), key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = JSONNode.ObjectBox()
    set(.object(nested), key)
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested, path: path.appending(key)))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = JSONNode.ArrayBox()
    set(.array(nested), key)
    return UnkeyedWriter(box: nested, path: path.appending(key))
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

  private func superEncoder(named name: String) -> any Encoder {
    let encoder = TreeEncoder(path: path.appending(IndexKey(stringValue: name)))
    box.entries.append((name, .pending(encoder)))
    return encoder
  }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
  let box: JSONNode.ArrayBox
  let path: CodingPath
  var codingPath: [any CodingKey] { path.keys }
  var count: Int { box.items.count }

  private var nextPath: CodingPath { path.appending(IndexKey(index: box.items.count)) }

  private func append(_ node: JSONNode) { box.items.append(node) }

  mutating func encodeNil() throws { append(.literal("null")) }
  mutating func encode(_ value: Bool) throws { append(.literal(value ? "true" : "false")) }
  mutating func encode(_ value: String) throws { append(.string(value)) }
  mutating func encode(_ value: Double) throws {
    append(.literal(try JSONNode.literal(value, nextPath)))
  }
  mutating func encode(_ value: Float) throws {
    append(.literal(try JSONNode.literal(value, nextPath)))
  }
  mutating func encode(_ value: Int) throws { append(.literal(String(value))) }
  mutating func encode(_ value: Int8) throws { append(.literal(String(value))) }
  mutating func encode(_ value: Int16) throws { append(.literal(String(value))) }
  mutating func encode(_ value: Int32) throws { append(.literal(String(value))) }
  mutating func encode(_ value: Int64) throws { append(.literal(String(value))) }
  mutating func encode(_ value: UInt) throws { append(.literal(String(value))) }
  mutating func encode(_ value: UInt8) throws { append(.literal(String(value))) }
  mutating func encode(_ value: UInt16) throws { append(.literal(String(value))) }
  mutating func encode(_ value: UInt32) throws { append(.literal(String(value))) }
  mutating func encode(_ value: UInt64) throws { append(.literal(String(value))) }
  mutating func encode<T: Encodable>(_ value: T) throws { append(try JSONNode.make(value, path: nextPath)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = JSONNode.ObjectBox()
    let path = nextPath
    append(.object(nested))
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested, path: path))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = JSONNode.ArrayBox()
    let path = nextPath
    append(.array(nested))
    return UnkeyedWriter(box: nested, path: path)
  }

  mutating func superEncoder() -> any Encoder {
    let encoder = TreeEncoder(path: nextPath)
    append(.pending(encoder))
    return encoder
  }
}

private struct SingleWriter: SingleValueEncodingContainer {
  let encoder: TreeEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  private func set(_ node: JSONNode) { encoder.result = node }

  mutating func encodeNil() throws { set(.literal("null")) }
  mutating func encode(_ value: Bool) throws { set(.literal(value ? "true" : "false")) }
  mutating func encode(_ value: String) throws { set(.string(value)) }
  mutating func encode(_ value: Double) throws { set(.literal(try JSONNode.literal(value, encoder.path))) }
  mutating func encode(_ value: Float) throws { set(.literal(try JSONNode.literal(value, encoder.path))) }
  mutating func encode(_ value: Int) throws { set(.literal(String(value))) }
  mutating func encode(_ value: Int8) throws { set(.literal(String(value))) }
  mutating func encode(_ value: Int16) throws { set(.literal(String(value))) }
  mutating func encode(_ value: Int32) throws { set(.literal(String(value))) }
  mutating func encode(_ value: Int64) throws { set(.literal(String(value))) }
  mutating func encode(_ value: UInt) throws { set(.literal(String(value))) }
  mutating func encode(_ value: UInt8) throws { set(.literal(String(value))) }
  mutating func encode(_ value: UInt16) throws { set(.literal(String(value))) }
  mutating func encode(_ value: UInt32) throws { set(.literal(String(value))) }
  mutating func encode(_ value: UInt64) throws { set(.literal(String(value))) }
  mutating func encode<T: Encodable>(_ value: T) throws { set(try JSONNode.make(value, path: encoder.path)) }
}

/// A coding key for array positions and `super`.
private struct IndexKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) { self.init(index: intValue) }
  init(index: Int) {
    stringValue = "Index \(index)"
    intValue = index
  }
}
