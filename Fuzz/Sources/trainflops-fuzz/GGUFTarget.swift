import Foundation
import ModelImport

extension FuzzTargets {
  /// A GGUF file's header, read as `ModelImporter.open` reads one (`trainflops params|model
  /// FILE.gguf`): the header parser, then the architecture and parameter counts from its
  /// metadata. The bytes go first through `ModelImporter.read`, the front door for uploads, which
  /// detects the format (and refuses GGUF there, since a GGUF upload has no layer graph).
  static let gguf = FuzzTarget(name: "gguf", seeds: ["Tests/ModelImportTests/Fixtures/gguf"]) { data in
    _ = try? ModelImporter.read(data, name: "model.gguf", options: ImportOptions())
    _ = try GGUFFile(path: "model.gguf", data: data).importedModel(options: ImportOptions())
  }
}
