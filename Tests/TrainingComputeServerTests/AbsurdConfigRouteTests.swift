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
