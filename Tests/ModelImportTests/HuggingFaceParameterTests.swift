import Foundation
import ModelImport
import Testing

/// Parameter counts of published configurations against the totals their publishers state (or
/// that `model.num_parameters()` prints in Transformers); each row names its source.
struct HuggingFaceParameterTests {
  struct Published: Sendable, CustomTestStringConvertible {
    let file: String
    let total: Int
    let active: Int?
    var testDescription: String { file }
  }

  static let published: [Published] = [
    // state-spaces/mamba-130m-hf: 129,135,360 (MambaForCausalLM num_parameters(); "130M").
    Published(file: "mamba-130m.json", total: 129_135_360, active: nil),
    // state-spaces/mamba-2.8b-hf: 2,768,345,600 (MambaForCausalLM num_parameters(); "2.8B").
    Published(file: "mamba-2.8b.json", total: 2_768_345_600, active: nil),
    // mistralai/Mamba-Codestral-7B-v0.1: 7,285,403,648 (Mamba2ForCausalLM num_parameters(); "7.3B").
    Published(file: "mamba-codestral-7b.json", total: 7_285_403_648, active: nil),
    // RWKV/rwkv-4-169m-pile: 169,342,464 (RwkvForCausalLM num_parameters(); "169M").
    Published(file: "rwkv-4-169m-pile.json", total: 169_342_464, active: nil),
    // openai-community/gpt2: 124,439,808 (oracle-public.json "gpt2_s128".parameters, FlopCounterMode run).
    Published(file: "gpt2.json", total: 124_439_808, active: nil),
    // EleutherAI/pythia README, "Pythia-160M: 162,322,944 total parameters".
    Published(file: "pythia-160m.json", total: 162_322_944, active: nil),
    // google-bert/bert-base-uncased as BertModel (with pooler): 109,482,240 (Transformers num_parameters()).
    Published(file: "bert-base-uncased.json", total: 109_482_240, active: nil),
    // FacebookAI/roberta-base as RobertaModel (with pooler): 124,645,632 (Transformers num_parameters()).
    Published(file: "roberta-base.json", total: 124_645_632, active: nil),
    // google-t5/t5-small: 60,506,624 (T5ForConditionalGeneration num_parameters(); "60M" in Raffel et al.).
    Published(file: "t5-small.json", total: 60_506_624, active: nil),
    // facebook/opt-125m: 125,239,296 (OPTForCausalLM num_parameters(); "125M" in Zhang et al. 2022).
    Published(file: "opt-125m.json", total: 125_239_296, active: nil),
    // bigscience/bloom-560m model card: 559,214,592 parameters.
    Published(file: "bloom-560m.json", total: 559_214_592, active: nil),
    // tiiuae/falcon-7b: 6,921,720,704 (FalconForCausalLM num_parameters(); "7B").
    Published(file: "falcon-7b.json", total: 6_921_720_704, active: nil),
    // meta-llama/Llama-2-7b-hf: 6,738,415,616 (Transformers num_parameters(), the figure).
    Published(file: "llama-2-7b.json", total: 6_738_415_616, active: nil),
    // meta-llama/Meta-Llama-3-8B: 8,030,261,248 (the safetensors index metadata total_size / 2 bytes).
    Published(file: "llama-3-8b.json", total: 8_030_261_248, active: nil),
    // meta-llama/Llama-3.1-405B: 405,853,388,800 ("405B"; Transformers num_parameters()).
    Published(file: "llama-3.1-405b.json", total: 405_853_388_800, active: nil),
    // mistralai/Mistral-7B-v0.1: 7,241,732,096 (Transformers num_parameters()).
    Published(file: "mistral-7b.json", total: 7_241_732_096, active: nil),
    // mistralai/Mixtral-8x7B-v0.1: 46,702,792,704 total, 12,879,925,248 active ("46.7B / 12.9B",
    // Jiang et al. 2024 and the Mixtral announcement).
    Published(file: "mixtral-8x7b.json", total: 46_702_792_704, active: 12_879_925_248),
    // Qwen/Qwen2-7B: 7,615,616,512 (Transformers num_parameters(); "7.62B" on the model card).
    Published(file: "qwen2-7b.json", total: 7_615_616_512, active: nil),
    // Qwen/Qwen3-8B model card: 8.2B total, 6.95B non-embedding (checked below).
    Published(file: "qwen3-8b.json", total: 8_190_735_360, active: nil),
    // Qwen/Qwen1.5-MoE-A2.7B: 14.3B total, 2.7B activated (model card).
    Published(file: "qwen1.5-moe-a2.7b.json", total: 14_315_784_192, active: 2_689_173_504),
    // google/gemma-7b: 8,537,680,896 (Transformers num_parameters(); "8.54B" on the model card).
    Published(file: "gemma-7b.json", total: 8_537_680_896, active: nil),
    // microsoft/Phi-3-mini-4k-instruct: 3,821,079,552 ("3.8B", Abdin et al. 2024).
    Published(file: "phi-3-mini-4k.json", total: 3_821_079_552, active: nil),
    // deepseek-ai/DeepSeek-V3: 671B total, 37B activated (DeepSeek-V3 technical report, without the
    // 14B multi-token-prediction module).
    Published(file: "deepseek-v3.json", total: 671_026_419_200, active: 37_552_297_472),
  ]

  @Test(arguments: published)
  func totalEqualsPublished(_ model: Published) throws {
    let architecture = try HuggingFaceFamily.architecture(of: .read(path: FixturePath.of("hf/" + model.file)))
    #expect(architecture.totalParameters == model.total)
    #expect(architecture.activeParameters == (model.active ?? model.total))
  }

  @Test func publishedRoundedFiguresAgree() throws {
    // Rounded figures as published: Mixtral 46.7B / 12.9B, DeepSeek-V3 671B / 37B, DeepSeek-V2
    // 236B / 21B (DeepSeek-V2 report), Qwen1.5-MoE 14.3B / 2.7B, Jamba-v0.1 52B / 12B (ai21labs/
    // Jamba-v0.1 model card: "12B active parameters and a total of 52B parameters"), DBRX 132B / 36B
    // (Databricks, "Introducing DBRX", 2024, and the databricks/dbrx-base model card).
    let cases: [(String, Double, Double)] = [
      ("mixtral-8x7b.json", 46.7e9, 12.9e9), ("deepseek-v3.json", 671e9, 37e9),
      ("deepseek-v2.json", 236e9, 21e9), ("qwen1.5-moe-a2.7b.json", 14.3e9, 2.7e9),
      ("jamba-v0.1.json", 52e9, 12e9), ("dbrx-base.json", 132e9, 36e9),
    ]
    for (file, total, active) in cases {
      let architecture = try HuggingFaceFamily.architecture(of: .read(path: FixturePath.of("hf/" + file)))
      #expect(abs(Double(architecture.totalParameters) / total - 1) < 0.01, "\(file) total")
      #expect(abs(Double(architecture.activeParameters) / active - 1) < 0.03, "\(file) active")
    }
  }

  @Test func qwen3NonEmbeddingMatchesModelCard() throws {
    // Qwen/Qwen3-8B model card: "Number of Parameters (Non-Embedding): 6.95B".
    let architecture = try HuggingFaceFamily.architecture(of: .read(path: FixturePath.of("hf/qwen3-8b.json")))
    #expect(abs(Double(architecture.nonEmbeddingParameters) / 6.95e9 - 1) < 0.001)
  }
}

/// Every config against Hugging Face Transformers' own count of the same config, built on the meta
/// device by scripts/fixtures/make_import_fixtures.py (Fixtures/hf/transformers-counts.json).
struct TransformersCountTests {
  struct Reference: Decodable {
    struct Model: Decodable { let num_parameters: Int }
    let models: [String: Model]
  }

  @Test func everyConfigMatchesTransformers() throws {
    let data = try FileContents.read(FixturePath.of("hf/transformers-counts.json"))
    let reference = try JSONDecoder().decode(Reference.self, from: data)
    #expect(reference.models.count >= 20)
    for (file, model) in reference.models {
      let architecture = try HuggingFaceFamily.architecture(of: .read(path: FixturePath.of("hf/" + file)))
      // Transformers 5 keeps DeepSeek-V3's router score-correction bias (one per routed expert in
      // each of the 58 MoE layers) as a buffer; DeepSeek's own modelling code and checkpoint hold
      // it as a parameter, and so do we: 58 × 256 = 14,848 more.
      let buffers = file == "deepseek-v3.json" ? 58 * 256 : 0
      // mT5's config says tie_word_embeddings false, and the published 300M of mT5-Small (Xue et
      // al. 2021, Table 1 "300M"; 300,176,768 with its own lm_head) counts the head apart; Transformers
      // 5.24's AutoConfig.for_model resets the flag to true, so it counts 250,112 × 512 fewer.
      let untiedHead = file == "mt5-small.json" ? 250_112 * 512 : 0
      #expect(architecture.totalParameters == model.num_parameters + buffers + untiedHead, "\(file)")
    }
  }
}
