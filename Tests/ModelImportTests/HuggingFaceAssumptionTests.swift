import ModelImport
import Testing
import TrainingCompute

/// What a family's graph approximates or assumes reaches the training estimate's assumptions,
/// word for word with a full stop, and the notes the command line prints.
struct HuggingFaceAssumptionTests {
  static func estimateAssumptions(_ file: String, sequence: Int? = 128) throws -> (
    assumptions: [String], notes: [String]
  ) {
    let model = try ModelImporter.open(
      path: FixturePath.of("hf/" + file),
      options: ImportOptions(sequences: sequence.map { SequenceLengths(length: $0) }, attention: .full))
    let analysis = try BackwardAnalysis(try model.layerGraph())
    return (try analysis.estimate(data: .examples(1000)).assumptions, model.notes)
  }

  @Test func albertSaysItsLayersAreShared() throws {
    // albert/albert-base-v2: one group of one layer, run 12 times (Lan et al. 2020, §3.1).
    let sentence =
      "ALBERT shares its layers: 1 distinct layer (num_hidden_groups 1 × inner_group_num 1) run 12 times; their parameters are counted once, their FLOP at every run, and each run computes its own weight gradient into the shared weights"
    let (assumptions, notes) = try Self.estimateAssumptions("albert-base-v2.json")
    #expect(assumptions.contains(sentence + "."))
    #expect(notes.contains(sentence))
  }

  @Test func bartSaysBothStacksReadOneLength() throws {
    let sentence =
      "BART's encoder and decoder are counted on sequences of the same length, the decoder's cross-attention reading every encoder position"
    let (assumptions, notes) = try Self.estimateAssumptions("bart-base.json")
    #expect(assumptions.contains(sentence + "."))
    #expect(notes.contains(sentence))
  }

  @Test func debertaSaysHowItsTableIsCounted() throws {
    // microsoft/deberta-v3-base: position_buckets 256, so a table of 512 rows.
    let sentence =
      "DeBERTa's relative-position table (512 rows) goes through each layer's projections once per sequence, as Transformers does it once per batch; the gathers by relative distance are counted as copies"
    let (assumptions, notes) = try Self.estimateAssumptions("deberta-v3-base.json")
    #expect(assumptions.contains(sentence + "."))
    #expect(notes.contains(sentence))
  }

  @Test func vitSaysWhatAnExampleIs() throws {
    // google/vit-base-patch16-224-in21k: (224 ÷ 16)² = 196 patches and the class token
    // (Dosovitskiy et al. 2021, §3.1).
    let sentence =
      "One example is one 224×224 image of 3 channels: 196 patches of 16×16 and the class token, 197 positions; a token is a patch, and the strided patch convolution is counted as the same linear map on each patch"
    let (assumptions, notes) = try Self.estimateAssumptions("vit-base-patch16-224-in21k.json", sequence: nil)
    #expect(assumptions.contains(sentence + "."))
    #expect(notes.contains(sentence))
  }

  @Test func mambaSaysHowItsScanIsCounted() throws {
    // state-spaces/mamba-130m-hf: d_inner 1,536 × d_state 16 = 24,576 state elements per token.
    let (assumptions, notes) = try Self.estimateAssumptions("mamba-130m.json")
    let sentence = try #require(notes.first { $0.hasPrefix("Mamba mixers (Gu & Dao 2023)") })
    #expect(sentence.contains("D·N = 24,576"))
    #expect(assumptions.filter { $0.hasPrefix("Mamba mixers") } == [sentence + "."])
  }

  @Test func vitRefusesASequenceLength() throws {
    let path = try FixturePath.of("hf/vit-base-patch16-224-in21k.json")
    #expect(
      throws: ModelImportError.invalidValue(
        path: path, key: "seq-len", value: "512",
        allowed:
          "left out: an image model's sequence is set by its image (197 positions from image_size and patch_size)"
      )
    ) {
      try ModelImporter.open(path: path, options: ImportOptions(sequences: SequenceLengths(length: 512)))
    }
  }
}
