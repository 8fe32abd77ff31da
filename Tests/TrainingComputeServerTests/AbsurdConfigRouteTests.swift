import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingComputeServer

/// Hugging Face configs with absurd sizes, pasted into `POST /api/v1/model` and uploaded as files:
/// each must be a 422 naming the size, and the server must still answer afterwards. These are the
/// requests that ended the server in issue 8 (hidden size 2^40, BLOOM hidden 2^31, DeepSeek-V3
/// `num_key_value_heads` 2^53, `num_hidden_layers` 2^31, `hidden_size` 4e9).
struct AbsurdConfigRouteTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let config: String
    /// Text the error must contain: the field and its value, or the sizes that multiply too far.
    let expected: String
    var testDescription: String { name }
  }

  static let llama =
    #""model_type": "llama", "num_attention_heads": 32, "num_hidden_layers": 32, "vocab_size": 32000"#

  static let cases: [Case] = [
    Case(
      name: "llama hidden 2^40",
      config: #"{\#(llama), "hidden_size": 1099511627776, "intermediate_size": 1099511627776}"#,
      expected: "hidden_size = 1099511627776; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "llama hidden 4e9", config: #"{\#(llama), "hidden_size": 4e9, "intermediate_size": 11008}"#,
      expected: "hidden_size = 4000000000; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "llama hidden and intermediate 2^30 multiply past 1e18",
      config: #"{\#(llama), "hidden_size": 1073741824, "intermediate_size": 1073741824}"#,
      expected: "hidden_size = 1073741824, intermediate_size = 1073741824"),
    Case(
      name: "llama 2^31 layers",
      config:
        #"{"model_type": "llama", "hidden_size": 64, "intermediate_size": 128, "num_attention_heads": 4, "num_hidden_layers": 2147483648, "vocab_size": 100}"#,
      expected: "num_hidden_layers = 2147483648; it must be a whole number from 1 to 10000"),
    Case(
      name: "bloom hidden 2^31",
      config:
        #"{"model_type": "bloom", "hidden_size": 2147483648, "n_head": 16, "n_layer": 24, "vocab_size": 250880}"#,
      expected: "hidden_size = 2147483648"),
    Case(
      name: "deepseek-v3 experts 2^30",
      config:
        #"{"model_type": "deepseek_v3", "hidden_size": 7168, "intermediate_size": 18432, "moe_intermediate_size": 2048, "num_hidden_layers": 61, "num_attention_heads": 128, "num_key_value_heads": 9007199254740992, "n_routed_experts": 1073741824, "n_shared_experts": 1, "num_experts_per_tok": 8, "first_k_dense_replace": 3, "q_lora_rank": 1536, "kv_lora_rank": 512, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "v_head_dim": 128, "vocab_size": 129280}"#,
      expected: "n_routed_experts = 1073741824"),
    Case(
      name: "gpt2 positions and width",
      config:
        #"{"model_type": "gpt2", "n_embd": 1073741824, "n_head": 1, "n_layer": 2, "n_positions": 1073741824, "vocab_size": 1073741824}"#,
      expected: "n_embd = 1073741824"),
    Case(
      name: "t5 decoder layers",
      config:
        #"{"model_type": "t5", "d_model": 512, "num_heads": 8, "d_kv": 64, "d_ff": 2048, "num_layers": 6, "num_decoder_layers": 1e300, "vocab_size": 32128}"#,
      expected: "num_decoder_layers = 1e+300; it must be a whole number from 1 to 10000"),
    Case(
      name: "bert vocabulary",
      config:
        #"{"model_type": "bert", "hidden_size": 768, "num_attention_heads": 12, "num_hidden_layers": 12, "intermediate_size": 3072, "max_position_embeddings": 512, "vocab_size": 1e19}"#,
      expected: "vocab_size = 1e+19"),
    Case(
      name: "qwen2-moe dense layers",
      config:
        #"{"model_type": "qwen2_moe", "hidden_size": 64, "intermediate_size": 128, "moe_intermediate_size": 32, "num_experts": 4, "num_experts_per_tok": 2, "num_attention_heads": 4, "num_hidden_layers": 2, "vocab_size": 100, "mlp_only_layers": [1e300]}"#,
      expected: "mlp_only_layers = [1e+300]"),
    Case(
      name: "mamba state 2^30 and inner 2^30 multiply past 1e18",
      config:
        #"{"model_type": "mamba", "hidden_size": 768, "intermediate_size": 1073741824, "state_size": 1073741824, "num_hidden_layers": 24, "vocab_size": 50280}"#,
      expected:
        "intermediate_size = 1073741824, vocab_size = 50280, num_hidden_layers = 24, state_size = 1073741824"),
    Case(
      name: "mamba convolution width 4e9",
      config:
        #"{"model_type": "mamba", "hidden_size": 768, "conv_kernel": 4e9, "num_hidden_layers": 24, "vocab_size": 50280}"#,
      expected: "conv_kernel = 4000000000; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "mamba2 chunk 4e9",
      config:
        #"{"model_type": "mamba2", "hidden_size": 4096, "chunk_size": 4e9, "num_hidden_layers": 64, "vocab_size": 32768}"#,
      expected: "chunk_size = 4000000000; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "mamba2 state and groups 2^30",
      config:
        #"{"model_type": "mamba2", "hidden_size": 4096, "num_heads": 1073741824, "head_dim": 1, "expand": 262144, "n_groups": 1073741824, "state_size": 1073741824, "num_hidden_layers": 64, "vocab_size": 32768}"#,
      expected: "state_size = 1073741824"),
    Case(
      name: "rwkv attention and inner sizes 2^30",
      config:
        #"{"model_type": "rwkv", "hidden_size": 1073741824, "attention_hidden_size": 1073741824, "intermediate_size": 1073741824, "num_hidden_layers": 12, "vocab_size": 50277}"#,
      expected: "hidden_size = 1073741824, intermediate_size = 1073741824"),
    Case(
      name: "jamba experts 2^30",
      config:
        #"{"model_type": "jamba", "hidden_size": 4096, "intermediate_size": 14336, "num_attention_heads": 32, "num_key_value_heads": 8, "num_hidden_layers": 32, "num_experts": 1073741824, "num_experts_per_tok": 2, "vocab_size": 65536}"#,
      expected: "num_experts = 1073741824"),
    Case(
      name: "jamba state 1e300",
      config:
        #"{"model_type": "jamba", "hidden_size": 4096, "intermediate_size": 14336, "num_attention_heads": 32, "num_hidden_layers": 32, "mamba_d_state": 1e300, "num_experts_per_tok": 2, "vocab_size": 65536}"#,
      expected: "mamba_d_state = 1e+300; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "dbrx width and experts multiply past 1e18",
      config:
        #"{"model_type": "dbrx", "d_model": 1073741824, "n_heads": 1, "n_layers": 40, "vocab_size": 100352, "attn_config": {"kv_n_heads": 1}, "ffn_config": {"ffn_hidden_size": 1073741824, "moe_num_experts": 16, "moe_top_k": 4}}"#,
      expected: "d_model = 1073741824"),
    Case(
      name: "dbrx experts 2^31",
      config:
        #"{"model_type": "dbrx", "d_model": 6144, "n_heads": 48, "n_layers": 40, "vocab_size": 100352, "attn_config": {"kv_n_heads": 8}, "ffn_config": {"ffn_hidden_size": 10752, "moe_num_experts": 2147483648, "moe_top_k": 4}}"#,
      expected:
        "ffn_config.moe_num_experts = 2147483648; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "nemotron head size 4e9",
      config:
        #"{"model_type": "nemotron", "hidden_size": 3072, "head_dim": 4e9, "intermediate_size": 9216, "num_attention_heads": 24, "num_hidden_layers": 32, "vocab_size": 256000}"#,
      expected: "head_dim = 4000000000; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "albert inner groups 2^31",
      config:
        #"{"model_type": "albert", "hidden_size": 768, "embedding_size": 128, "num_attention_heads": 12, "num_hidden_layers": 12, "inner_group_num": 2147483648, "intermediate_size": 3072, "max_position_embeddings": 512, "vocab_size": 30000}"#,
      expected: "inner_group_num = 2147483648; it must be a whole number from 1 to 10000"),
    Case(
      name: "albert runs past the layer limit",
      config:
        #"{"model_type": "albert", "hidden_size": 768, "embedding_size": 128, "num_attention_heads": 12, "num_hidden_layers": 10000, "inner_group_num": 10000, "intermediate_size": 3072, "max_position_embeddings": 512, "vocab_size": 30000}"#,
      expected:
        "inner_group_num = 10000; it must be at most 1, so that num_hidden_layers × inner_group_num runs at most 10000 layers"
    ),
    Case(
      name: "bart decoder layers 1e300",
      config:
        #"{"model_type": "bart", "d_model": 768, "encoder_attention_heads": 12, "decoder_attention_heads": 12, "encoder_ffn_dim": 3072, "decoder_ffn_dim": 3072, "encoder_layers": 6, "decoder_layers": 1e300, "max_position_embeddings": 1024, "vocab_size": 50265}"#,
      expected: "decoder_layers = 1e+300; it must be a whole number from 1 to 10000"),
    Case(
      name: "bart width and vocabulary multiply past 1e18",
      config:
        #"{"model_type": "bart", "d_model": 1073741824, "encoder_attention_heads": 1, "decoder_attention_heads": 1, "encoder_ffn_dim": 1073741824, "decoder_ffn_dim": 3072, "encoder_layers": 6, "decoder_layers": 6, "max_position_embeddings": 1024, "vocab_size": 50265}"#,
      expected: "d_model = 1073741824"),
    Case(
      name: "deberta position buckets 2^31",
      config:
        #"{"model_type": "deberta-v2", "hidden_size": 768, "num_attention_heads": 12, "num_hidden_layers": 12, "intermediate_size": 3072, "max_position_embeddings": 512, "relative_attention": true, "position_buckets": 2147483648, "pos_att_type": "p2c|c2p", "vocab_size": 128100}"#,
      expected: "position_buckets = 2147483648; it must be a whole number from 1 to 1,073,741,824 (2^30)"),
    Case(
      name: "deberta table and width multiply past 1e18",
      config:
        #"{"model_type": "deberta-v2", "hidden_size": 1073741824, "num_attention_heads": 1, "num_hidden_layers": 12, "intermediate_size": 3072, "max_position_embeddings": 512, "relative_attention": true, "position_buckets": 1073741824, "pos_att_type": "p2c|c2p", "vocab_size": 128100}"#,
      expected: "hidden_size = 1073741824"),
    Case(
      name: "vit patches of one pixel on a 2^30 image",
      config:
        #"{"model_type": "vit", "hidden_size": 768, "num_attention_heads": 12, "num_hidden_layers": 12, "intermediate_size": 3072, "image_size": 1073741824, "patch_size": 1}"#,
      expected: "image_size = 1073741824, patch_size = 1"),
    Case(
      name: "vit patch larger than the image",
      config:
        #"{"model_type": "vit", "hidden_size": 768, "num_attention_heads": 12, "num_hidden_layers": 12, "intermediate_size": 3072, "image_size": 16, "patch_size": 32}"#,
      expected: "patch_size = 32; it must be at most image_size (16)"),
    Case(
      name: "whisper encoder of 2^30 positions",
      config:
        #"{"model_type": "whisper", "d_model": 384, "encoder_attention_heads": 6, "decoder_attention_heads": 6, "encoder_ffn_dim": 1536, "decoder_ffn_dim": 1536, "encoder_layers": 4, "decoder_layers": 4, "max_source_positions": 1073741824, "max_target_positions": 448, "num_mel_bins": 80, "vocab_size": 51865}"#,
      expected:
        "max_source_positions = 1073741824, max_target_positions = 448, num_mel_bins = 80) that multiply to 1e18 multiply-adds per example or more"
    ),
    Case(
      name: "clip vision patches of one pixel on a 2^30 image",
      config:
        #"{"model_type": "clip", "projection_dim": 512, "text_config": {"hidden_size": 512, "num_attention_heads": 8, "num_hidden_layers": 12, "intermediate_size": 2048, "vocab_size": 49408, "max_position_embeddings": 77}, "vision_config": {"hidden_size": 768, "num_attention_heads": 12, "num_hidden_layers": 12, "intermediate_size": 3072, "image_size": 1073741824, "patch_size": 1}}"#,
      expected: "vision_config.image_size = 1073741824, vision_config.patch_size = 1"),
  ]

  static func body(_ fields: [String: String]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
  }

  @Test(arguments: cases)
  func pastedConfigIsA422AndTheServerLives(_ item: Case) async throws {
    let uploaded = Data(item.config.utf8).base64EncodedString()
    try await withRouter { client in
      for body in [
        try Self.body(["spec": item.config]),
        try Self.body(["file_base64": uploaded, "filename": "config.json"]),
      ] {
        let response = try await client.post("/api/v1/model", json: body)
        #expect(response.status == .unprocessableContent)
        let message = try response.decoded(ErrorBody.self).error
        #expect(message.contains(item.expected), "\(message)")
      }
      let health = try await client.get("/health")
      #expect(health.status == .ok)
    }
  }
}

/// The model route takes the command line's options: a sequence mix, full attention, a family
/// override, frozen layers and matrix-only counting, each used or refused by name.
struct ModelRouteOptionTests {
  static let config =
    #"{"model_type": "my_llama", "hidden_size": 64, "intermediate_size": 128, "num_attention_heads": 4, "num_hidden_layers": 2, "vocab_size": 100, "max_position_embeddings": 512}"#

  static func body(_ fields: [String: String]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
  }

  @Test func optionsReachTheAnalysis() async throws {
    try await withRouter { client in
      let unknown = try await client.post("/api/v1/model", json: try Self.body(["spec": Self.config]))
      #expect(unknown.status == .unprocessableContent)
      #expect(try unknown.decoded(ErrorBody.self).error.contains("--family"))
      let response = try await client.post(
        "/api/v1/model",
        json: try Self.body([
          "spec": Self.config, "family": "llama", "seq-len": "512x3,2048x1", "attention": "full",
          "freeze": "embed_tokens", "matmul-only": "true",
        ]))
      #expect(response.status == .ok)
      let analysis = try #require(try response.object()["analysis"] as? [String: Any])
      // 3,584 tokens in 4 sequences: one example is the mean length, 896 tokens.
      #expect(analysis["input_shape"] as? [Int] == [896])
      #expect(analysis["counting"] as? String == "matmul_only")
    }
  }

  @Test func optionsAFormatDoesNotUseAreRefusedByName() async throws {
    let spec = #"{"input_shape": [4], "layers": [{"type": "linear", "in_features": 4, "out_features": 2}]}"#
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/model", json: try Self.body(["spec": spec, "seq-len": "2048"]))
      #expect(response.status == .unprocessableContent)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.field == "seq-len")
      #expect(
        error.error
          == "'pasted spec' is a JSON model spec, which does not use the option seq-len; leave it out (it applies to a Hugging Face config and a GGUF file)."
      )
      let frozen = try await client.post(
        "/api/v1/model", json: try Self.body(["spec": spec, "freeze": "nothing"]))
      #expect(frozen.status == .unprocessableContent)
      #expect(try frozen.decoded(ErrorBody.self).field == "freeze")
    }
  }
}
