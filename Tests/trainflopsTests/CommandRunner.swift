import Foundation

/// Runs the built `trainflops` executable as a user would — arguments, standard input, exit
/// status, what it prints — as swift-argument-parser tests its examples. SwiftPM builds the
/// executable beside the test bundle.
enum CommandRunner {
  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// What one run did.
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// The `trainflops` executable of this build.
  static func executable() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("trainflops"),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("trainflops"),
      repository.appendingPathComponent(".build/debug/trainflops"),
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else {
      throw RunnerError(description: "no trainflops executable beside the tests; run 'swift build' first")
    }
    return found
  }

  struct RunnerError: Error, CustomStringConvertible { var description: String }

  /// Runs `trainflops arguments…` in `folder` (a fresh temporary folder holding a link to the
  /// repository's `examples` when nil), feeding it `input`; kills it after `timeout` seconds.
  static func run(
    _ arguments: [String], input: Data = Data(), in folder: URL? = nil, timeout: TimeInterval = 30
  ) throws -> Result {
    let directory = try folder ?? scratchFolder()
    defer { if folder == nil { try? FileManager.default.removeItem(at: directory) } }
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let outputFile = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let errorFile = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outputFile)
      try? FileManager.default.removeItem(at: errorFile)
    }
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    let pipe = Pipe()
    process.standardInput = pipe
    try process.run()
    pipe.fileHandleForWriting.write(input)
    try pipe.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw RunnerError(description: "trainflops \(arguments) ran past \(timeout) s")
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
      error: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
  }

  /// A new temporary folder with `examples` linked to the repository's, so README commands run
  /// as written and write their output files (`--plot ratio.svg`) outside the repository.
  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "trainflops-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["examples", "Tests"] {
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent(name), withDestinationURL: repository.appendingPathComponent(name))
    }
    return folder
  }
}
