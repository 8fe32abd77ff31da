import ArgumentParser
import Foundation
import ModelImport
import Testing
import TrainingCompute

@testable import trainflops

struct ModelFileCommandTests {
  @Test func paramsJSONHasTheThreeKeys() throws {
    let text = try ParameterReport.render(
      ParameterCount(total: 46_702_792_704, nonEmbedding: 46_440_648_704, active: 12_879_925_248), as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["total"] as? Int == 46_702_792_704)
    #expect(object["non_embedding"] as? Int == 46_440_648_704)
    #expect(object["active"] as? Int == 12_879_925_248)
  }

  @Test func optionsParseSequenceLengthsDimensionsAndMasking() throws {
    let options = try ImportCommandOptions.parse([
      "--dim", "batch=8", "--dim", "sequence=2048", "--seq-len", "512x3,2048", "--attention", "full",
      "--family", "llama",
    ]).importOptions()
    #expect(options.family == "llama")
    #expect(options.dimensions == ["batch": 8, "sequence": 2048])
    #expect(options.masking == .full)
    #expect(options.sequences?.groups.count == 2)
  }

  @Test func badDimensionIsAUsageError() throws {
    let command = try ONNXCommand.parse(["model.onnx", "--dim", "batch"])
    #expect(throws: ValidationError.self) { try command.importOptions.importOptions() }
  }

  @Test func defaultAttentionIsCausal() throws {
    let options = try ConventionsCommand.parse(["config.json"]).importOptions.importOptions()
    #expect(options.attention == nil)
    #expect(options.masking == .causal)
  }

  @Test func groupedDigits() {
    #expect(ParameterReport.grouped(6_738_415_616) == "6,738,415,616")
    #expect(ParameterReport.grouped(776) == "776")
  }
}
