import Foundation
public import TrainingCompute

/// The one front door for a compliance report: ledger text in, report out, with the provenance
/// (SHA-256 of the ledger and of every model file read) filled in. The CLI and the server both
/// call this.
public enum LedgerReporting {
  /// The report for the ledger in `text`. `path` names the ledger in the provenance;
  /// `modelFileDirectory` is where relative model-file paths are found, nil where no file may be
  /// read (the server); `generatedAt` is the date stated in the provenance.
  public static func report(
    text: String, path: String, modelFileDirectory: String?, generatedAt: String,
    catalog: HardwareCatalog = .builtIn
  ) throws(LedgerError) -> LedgerReport {
    var ledger = try LedgerReader.ledger(from: text, allowsModelFiles: modelFileDirectory != nil)
    var modelFiles: [LedgerProvenance.FileDigest] = []
    if let modelFileDirectory {
      for index in ledger.stages.indices {
        guard let file = ledger.stages[index].modelFile else { continue }
        modelFiles.append(
          try resolveModelFile(file, stage: &ledger.stages[index], directory: modelFileDirectory))
      }
    }
    let provenance = LedgerProvenance(
      generatedAt: generatedAt,
      ledger: .init(path: path, sha256: InputDigest.sha256(Data(text.utf8))), modelFiles: modelFiles)
    return try ledger.report(catalog: catalog, provenance: provenance)
  }

  /// The current time as ISO 8601 in UTC, to the second.
  public static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }

  /// Reads a stage's model file, counts its layers and turns the count into the stage's facts:
  /// forward FLOP per example and, unless given, the backward/forward ratio of its layers.
  private static func resolveModelFile(
    _ file: String, stage: inout LedgerStage, directory: String
  ) throws(LedgerError) -> LedgerProvenance.FileDigest {
    let path = file.hasPrefix("/") ? file : URL(fileURLWithPath: directory).appendingPathComponent(file).path
    var facts = stage.facts
    for key in ["params", "connections", "forward-flop", "multadds"] where facts[key] != nil {
      throw .invalidValue(
        place: "stage '\(stage.name)'", key: key, value: "given with model-file",
        allowed: "left out: the model file gives the forward work")
    }
    let analysis: BackwardAnalysis
    let data: Data
    do {
      data = try FileContents.read(path)
      let graph = try ModelImporter.read(data, name: path, options: ImportOptions(), isFile: true)
        .layerGraph()
      analysis = try BackwardAnalysis(graph)
    } catch let error as ModelImportError {
      throw .invalidValue(
        place: "stage '\(stage.name)'", key: "model-file", value: "'\(file)'",
        allowed: "a readable model file (\(error.description))")
    } catch {
      throw .invalidValue(
        place: "stage '\(stage.name)'", key: "model-file", value: "'\(file)'",
        allowed: "a model whose layers can be counted (\(error))")
    }
    facts["forward-flop"] = "\(analysis.forward.value)"
    if facts["backward-ratio"] == nil {
      facts["backward-ratio"] = "\((analysis.inputGradient + analysis.weightGradient) / analysis.forward)"
    }
    if let tokens = facts.removeValue(forKey: "tokens") {
      let count: Double
      do throws(EstimateError) {
        count = try NumberInput.parsePositive(tokens, field: "tokens")
      } catch {
        throw .stage(name: stage.name, error)
      }
      facts["examples"] = "\(count / Double(analysis.sequenceLength))"
    }
    stage.facts = facts
    return .init(path: file, sha256: InputDigest.sha256(data))
  }
}
