/// Why a model file could not be read. Each case reads as one sentence naming the file, the key or
/// field and what was expected.
public enum ModelImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file that could not be opened.
  case unreadable(path: String, reason: String)
  /// A file whose format is not one the tool reads.
  case unknownFormat(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)."
    case .unknownFormat(let path):
      return
        "'\(path)' is not a model file the tool reads: give a spec (.json/.yaml), a Hugging Face config.json, an .onnx file or a .safetensors file."
    }
  }
}
