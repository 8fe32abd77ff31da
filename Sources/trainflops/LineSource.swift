import Foundation

/// Lines of a file or of standard input (`-`), read one at a time with C's `getline`, so a
/// batch of any length is never held in memory.
final class LineSource {
  private let file: UnsafeMutablePointer<FILE>
  private let ownsFile: Bool
  private var buffer: UnsafeMutablePointer<CChar>? = nil
  private var capacity = 0

  /// Opens `path`, or standard input for `-`; `nil` when the file cannot be opened.
  init?(path: String) {
    if path == "-" {
      guard let input = fdopen(STDIN_FILENO, "r") else { return nil }
      file = input
      ownsFile = false
    } else {
      guard let opened = fopen(path, "r") else { return nil }
      file = opened
      ownsFile = true
    }
  }

  deinit {
    free(buffer)
    if ownsFile { fclose(file) }
  }

  /// The next line without its line break, or `nil` at the end.
  func next() -> String? {
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else { return nil }
    var length = count
    if length > 0, buffer[length - 1] == 10 { length -= 1 }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
      String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
  }
}

/// Standard output, written in large chunks.
struct BufferedOutput {
  private var pending = ""

  mutating func write(_ text: String) {
    pending += text
    if pending.utf8.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !pending.isEmpty else { return }
    FileHandle.standardOutput.write(Data(pending.utf8))
    pending = ""
  }
}
