/// Splits CSV records (RFC 4180: commas, double quotes around fields that hold commas, quotes or
/// line breaks, `""` for a quote inside quotes). Written by hand because the batch command needs
/// one record at a time from a stream, with flat memory, and the core takes no dependency.
enum CSVRecord {
  /// Whether `text` ends inside a quoted field, so the record continues on the next line.
  static func isOpen(_ text: String) -> Bool {
    var open = false
    for byte in text.utf8 where byte == UInt8(ascii: "\"") { open.toggle() }
    return open
  }

  /// The fields of one complete record, or `nil` when a quote is misplaced (text after a
  /// closing quote).
  static func fields(_ record: String) -> [String]? {
    var fields: [String] = []
    var current: [UInt8] = []
    var quoted = false
    var afterQuote = false
    var iterator = record.utf8.makeIterator()
    var pending: UInt8? = nil
    while let byte = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if byte == UInt8(ascii: "\"") {
          let next = iterator.next()
          if next == UInt8(ascii: "\"") {
            current.append(byte)
          } else {
            quoted = false
            afterQuote = true
            pending = next
          }
        } else {
          current.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: ","):
        fields.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
        afterQuote = false
      case UInt8(ascii: "\""):
        guard current.allSatisfy({ $0 == UInt8(ascii: " ") }), !afterQuote else { return nil }
        current.removeAll(keepingCapacity: true)
        quoted = true
      case UInt8(ascii: "\r"):
        continue
      default:
        if afterQuote, byte != UInt8(ascii: " ") { return nil }
        if !afterQuote { current.append(byte) }
      }
    }
    if quoted { return nil }
    fields.append(String(decoding: current, as: UTF8.self))
    return fields
  }
}
