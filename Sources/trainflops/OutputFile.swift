import Foundation
import ModelImport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an output file (`ratio --plot`) without harming what is at its path: a regular file is
/// replaced whole (written beside it, then renamed over it, so a failure leaves the old one); a
/// symbolic link, directory, device, pipe or socket is never replaced — the error says so.
struct OutputFile {
  /// The flag that named the file, for messages (`--plot`).
  var flag: String
  /// The path given.
  var path: String

  /// Why writing failed, as one sentence naming the flag and the path.
  struct Failure: Error, CustomStringConvertible, Equatable {
    var description: String
  }

  /// Writes `text` as UTF-8.
  func write(_ text: String) throws(Failure) {
    var status = stat()
    if lstat(path, &status) == 0 {
      if let kind = FileContents.nonRegularKind(mode: UInt32(status.st_mode)) {
        throw fail(
          "it is \(kind), which the tool does not replace; give the path of a regular file or a new one")
      }
    } else if errno != ENOENT {
      throw fail(Self.reason(for: errno))
    }
    let folder = (path as NSString).deletingLastPathComponent
    let temporary =
      (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).\(getpid()).tmp"
    let descriptor = openNew(temporary)
    guard descriptor >= 0 else { throw fail(Self.reason(for: errno)) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw fail(Self.reason(for: code))
      }
      written += count
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw fail(Self.reason(for: code))
    }
  }

  private func fail(_ reason: String) -> Failure {
    Failure(description: "\(flag): cannot write '\(path)': \(reason).")
  }

  /// A system error number as a short reason of ours.
  static func reason(for code: Int32) -> String {
    switch code {
    case ENOENT: return "its folder does not exist"
    case ENOTDIR: return "a part of the path is not a directory"
    case EACCES, EPERM, EROFS: return "permission denied"
    case ENAMETOOLONG: return "the path is too long"
    case ENOSPC, EDQUOT: return "the disk is full"
    case EISDIR: return "it is a directory"
    default: return "the system reports error \(code) (\(String(cString: strerror(code))))"
    }
  }
}

/// Creates a new file for writing, refusing to follow a link or reuse an existing file.
private func openNew(_ path: String) -> Int32 {
  open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
}

private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
