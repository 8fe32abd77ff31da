import Foundation

/// Paths of files in the test target's Fixtures folder.
enum FixturePath {
  static func of(_ name: String) throws -> String {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return folder.appendingPathComponent(name).path
  }
}
