import Foundation
import ModelImport
import Testing

/// The safetensors fixtures (scripts/fixtures/make_import_fixtures.py): 32×8 + 16×8 + 8×16 + 32×8 = 768
/// bf16 elements and an 8-element f32 norm.
struct SafetensorsTests {
  @Test func singleFileCountsByDataType() throws {
    let count = try SafetensorsCheckpoint.read(path: FixturePath.of("safetensors/model.safetensors"))
      .parameterCount
    #expect(count.total == 776)
    #expect(count.byDataType == ["BF16": 768, "F32": 8])
    #expect(count.nonEmbedding == 776 - 2 * 256)
    #expect(count.active == nil)
  }

  @Test func shardedIndexReadsEveryShardHeader() throws {
    let path = try FixturePath.of("safetensors/model.safetensors.index.json")
    let count = try SafetensorsCheckpoint.read(path: path).parameterCount
    #expect(count.total == 776)
    #expect(count.byDataType == ["BF16": 768, "F32": 8])
  }

  @Test func truncatedHeaderIsAClearError() throws {
    let path = NSTemporaryDirectory() + "truncated-\(UUID().uuidString).safetensors"
    try Data([0xff, 0xff, 0, 0, 0, 0, 0, 0, 0x7b]).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      throws: ModelImportError.malformed(
        path: path, format: "safetensors", reason: "the file ends inside its 65535-byte header")
    ) {
      try SafetensorsHeader.read(path: path)
    }
  }

  @Test func parameterCountJSONAlwaysHasItsKeys() throws {
    let json = try JSONEncoder().encode(ParameterCount(total: 10, nonEmbedding: nil, active: nil))
    let text = String(decoding: json, as: UTF8.self)
    #expect(
      text.contains("\"non_embedding\":null") && text.contains("\"active\":null")
        && text.contains("\"total\":10"))
  }

  /// An upload's bytes give the same header as the file; a cut-off header is refused.
  @Test func headerFromBytesEqualsHeaderFromFile() throws {
    let path = try FixturePath.of("safetensors/model.safetensors")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let fromBytes = try SafetensorsHeader.read(data: data, path: path)
    #expect(fromBytes == (try SafetensorsHeader.read(path: path)))
    let length = data.prefix(8).reversed().reduce(0) { $0 << 8 | Int($1) }
    #expect(
      throws: ModelImportError.malformed(
        path: path, format: "safetensors", reason: "the file ends inside its \(length)-byte header")
    ) { try SafetensorsHeader.read(data: data.prefix(20), path: path) }
    #expect(
      throws: ModelImportError.malformed(
        path: path, format: "safetensors", reason: "it is shorter than the 8-byte header length")
    ) { try SafetensorsHeader.read(data: data.prefix(5), path: path) }
  }

  /// `batch=1, sequence=128` binds both names, as two `--dim` options would.
  @Test func dimensionListsBindEachName() throws {
    #expect(try ImportOptions.dimensions("batch=1, sequence=128") == ["batch": 1, "sequence": 128])
    #expect(throws: ModelImportError.self) { try ImportOptions.dimensions("batch=1,sequence") }
  }
}
