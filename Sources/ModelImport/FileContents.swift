public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way model files are read: within a size budget, regular files only (a named pipe or a
/// device would block or never end), `-` for standard input, and errors that name the path and
/// say what is wrong with it in one sentence of ours.
///
/// Written over POSIX calls rather than `Data(contentsOf:)`/`FileHandle`, which open a FIFO
/// blocking and report failures as Foundation's `NSCocoaErrorDomain` text.
public enum FileContents {
  /// The path that stands for standard input.
  public static let standardInput = "-"

  /// The most bytes read from a spec, a config or standard input: 1 MiB, over 200 times the
  /// largest shipped spec (ResNet-50, 4 KB) or a Hugging Face `config.json`, and little enough that
  /// parsing the largest allowed file takes well under a second.
  public static let maximumBytes = 1 << 20

  /// The most bytes read from a sharded checkpoint's `model.safetensors.index.json`: 64 MiB, about
  /// eight times the index of the largest public checkpoints (DeepSeek-V3's lists ~90,000 tensors).
  public static let maximumIndexBytes = 64 << 20

  /// The most bytes of a file that is memory-mapped (an ONNX graph with its weights): 2 GiB, the
  /// protobuf format's own limit.
  public static let maximumMappedBytes = 2 << 30

  /// The whole file at `path` (or standard input for `-`), at most `limit` bytes.
  public static func read(_ path: String, limit: Int = maximumBytes) throws(ModelImportError) -> Data {
    if path == standardInput { return try readAll(descriptor: STDIN_FILENO, path: path, limit: limit) }
    let (descriptor, size) = try openRegular(path)
    defer { close(descriptor) }
    guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
    return try readAll(descriptor: descriptor, path: path, limit: limit)
  }

  /// The whole file at `path` memory-mapped, so its size costs address space, not memory; at most
  /// `limit` bytes. Standard input is read instead, within `maximumBytes`.
  public static func mapped(_ path: String, limit: Int = maximumMappedBytes) throws(ModelImportError) -> Data
  {
    if path == standardInput { return try read(path) }
    let (descriptor, size) = try openRegular(path)
    close(descriptor)
    guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      throw .unreadable(path: path, reason: "it could not be mapped into memory")
    }
  }

  /// The first `count` bytes at `offset` of the file at `path`, without reading the rest.
  public static func read(_ path: String, offset: UInt64, count: Int) throws(ModelImportError) -> Data {
    let (descriptor, size) = try openRegular(path)
    defer { close(descriptor) }
    guard offset < UInt64(size) else { return Data() }
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
      throw .unreadable(path: path, reason: reason(for: errno))
    }
    return try readAll(descriptor: descriptor, path: path, limit: count, refusingMore: false)
  }

  /// Opens a regular file without blocking and returns its descriptor and size; anything else
  /// (a directory, a FIFO, a device, a socket) is refused before and after opening, so a file
  /// swapped in between is caught too.
  private static func openRegular(_ path: String) throws(ModelImportError) -> (descriptor: Int32, size: Int) {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .unreadable(path: path, reason: reason(for: errno)) }
    if let kind = kind(of: status.st_mode) { throw .unreadable(path: path, reason: kind) }
    let descriptor = openWithoutBlocking(path)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(for: errno)) }
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw .unreadable(path: path, reason: reason(for: code))
    }
    if let kind = kind(of: status.st_mode) {
      close(descriptor)
      throw .unreadable(path: path, reason: kind)
    }
    return (descriptor, Int(status.st_size))
  }

  /// Reads until the end or `limit` bytes; with `refusingMore`, a byte past the limit is an error.
  private static func readAll(
    descriptor: Int32, path: String, limit: Int, refusingMore: Bool = true
  ) throws(ModelImportError) -> Data {
    let wanted = refusingMore ? limit + 1 : limit
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while data.count < wanted {
      let asked = min(chunk.count, wanted - data.count)
      let got = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, asked) }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: reason(for: errno))
      }
      data.append(contentsOf: chunk[0..<got])
    }
    if refusingMore, data.count > limit { throw .tooLarge(path: path, size: data.count, limit: limit) }
    return data
  }

  /// Why a file of this mode cannot be read, or `nil` for a regular file.
  private static func kind(of mode: mode_t) -> String? {
    guard let kind = nonRegularKind(mode: UInt32(mode)) else { return nil }
    let hint = kind == "a named pipe" ? " (give '-' to read standard input)" : ""
    return "it is \(kind), not a regular file\(hint)"
  }

  /// What a file of this `st_mode` is when it is not a regular file — "a directory", "a named
  /// pipe", "a device", "a socket", "a symbolic link" (seen when links are not followed) — or
  /// `nil` for a regular file. Output files (`ratio --plot`) use it too.
  public static func nonRegularKind(mode: UInt32) -> String? {
    switch mode_t(mode) & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a named pipe"
    case S_IFCHR, S_IFBLK: return "a device"
    case S_IFSOCK: return "a socket"
    case S_IFLNK: return "a symbolic link"
    default: return "a special file"
    }
  }

  /// A system error number as a short reason of ours.
  private static func reason(for code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case ENOTDIR: return "a part of the path is not a directory"
    case EACCES, EPERM: return "permission denied"
    case ENAMETOOLONG: return "the path is too long"
    case ELOOP: return "the path has too many symbolic links"
    case EISDIR: return "it is a directory, not a regular file"
    default: return "the system reports error \(code) (\(String(cString: strerror(code))))"
    }
  }
}

// At file scope, where the type's own `read` does not hide the system's.
private func openWithoutBlocking(_ path: String) -> Int32 { open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }

private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
