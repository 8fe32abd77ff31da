import ModelImport
import Testing

struct ModelImportErrorTests {
  @Test func unknownFormatNamesTheFile() {
    let error = ModelImportError.unknownFormat(path: "weights.bin")
    #expect(error.description.contains("weights.bin"))
  }
}
