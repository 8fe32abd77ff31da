public import Foundation

/// Reading files, with errors that name the file.
public enum FileContents {
  /// The whole file at `path`.
  public static func read(_ path: String) throws(ModelImportError) -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(
        path: path, reason: FileManager.default.fileExists(atPath: path) ? "\(error)" : "no such file")
    }
  }

  /// The first `count` bytes at `offset` of the file at `path`, without reading the rest.
  public static func read(_ path: String, offset: UInt64, count: Int) throws(ModelImportError) -> Data {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(
        path: path,
        reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
    }
    defer { try? handle.close() }
    do {
      try handle.seek(toOffset: offset)
      return try handle.read(upToCount: count) ?? Data()
    } catch {
      throw .unreadable(path: path, reason: "\(error)")
    }
  }
}
