import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

struct EstimateRouteTests {
  /// GPT-3: 175e9 parameters, 300e9 tokens (Brown et al. 2020, table 2.2 and §2.2); 6 × N × D
  /// (Kaplan et al. 2020) gives 3.15e23 FLOP — the paper's table D.1 lists 3.14e23.
  @Test func operationsEstimatesGPT3WithTextAndNumbers() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/operations", json: #"{"params": "175B", "tokens": 3e11}"#)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
      let estimate = try response.decoded(Estimate.self)
      #expect(estimate.method == .operationCounting)
      #expect(isClose(estimate.totalFLOP.value, 6 * 175e9 * 300e9))
      #expect(isClose(estimate.petaFLOPDays, 6 * 175e9 * 300e9 / 8.64e19))
    }
  }

  /// The body is byte for byte what the CLI's `--format json` prints for the same inputs.
  @Test func operationsBodyIsTheCLIsJSON() async throws {
    var inputs = OperationInputs(fieldPrefix: "--")
    inputs.params = "175B"
    inputs.tokens = "300B"
    inputs.epochs = "1"
    let expected = try JSONOutput.string(try inputs.operationCount().estimate())
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/operations", json: #"{"params": "175B", "tokens": "300B", "epochs": 1}"#)
      #expect(String(decoding: response.data, as: UTF8.self) == expected)
    }
  }

  /// 1,024 H100 SXM for 30 days at BF16 and 40 %: chip time × the catalog's dense BF16 peak × 0.4.
  @Test func hardwareEstimatesACluster() async throws {
    let peak = try #require(try HardwareCatalog.builtIn.accelerator(named: "H100 SXM").peaks[.bf16]).value
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/hardware",
        json:
          #"{"hardware": "H100 SXM", "count": 1024, "days": "30", "precision": "bf16", "utilization": "40%"}"#
      )
      #expect(response.status == .ok)
      let estimate = try response.decoded(Estimate.self)
      #expect(estimate.method == .hardwareTime)
      #expect(isClose(estimate.totalFLOP.value, 1024 * 30 * 86_400 * peak * 0.4))
    }
  }

  @Test func hardwareTakesUtilizationAsAFractionAndTimeWithAUnit() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/hardware", json: #"{"peak": 1e15, "count": 8, "time": "2d", "utilization": 0.5}"#)
      #expect(response.status == .ok)
      let estimate = try response.decoded(Estimate.self)
      #expect(isClose(estimate.totalFLOP.value, 1e15 * 8 * 2 * 86_400 * 0.5))
    }
  }

  /// GPT-3 on 10,000 V100s for 355 hours (a common reading of the paper's compute): the implied
  /// utilization is the operation count ÷ (chip time × the V100's FP16 tensor peak).
  @Test func compareReportsTheImpliedUtilization() async throws {
    let peak = try #require(try HardwareCatalog.builtIn.accelerator(named: "V100").peaks[.fp16]).value
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/compare",
        json:
          #"{"params": "175B", "tokens": "300B", "hardware": "V100", "count": 10000, "hours": 355, "precision": "fp16"}"#
      )
      #expect(response.status == .ok)
      let body = try response.object()
      #expect(body["method"] as? String == "comparison")
      let implied = try #require(body["implied_utilization"] as? Double)
      #expect(isClose(implied, 6 * 175e9 * 300e9 / (10_000 * 355 * 3600 * peak), relativeTolerance: 1e-9))
      #expect(body["operations"] is [String: Any])
      #expect(body["hardware"] is [String: Any])
    }
  }
}

struct ThroughputRouteTests {
  /// LLaMA 65B (Touvron et al. 2023, §2.4): 380 tokens/s per A100 80GB (BF16 peak 312 TFLOP/s,
  /// A100 datasheet); the route's MFU is 6 × 65.2e9 × 380 ÷ 312e12.
  @Test func throughputGivesMFU() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/throughput",
        json:
          #"{"hardware": "A100 80GB", "precision": "bf16", "count": 2048, "tokens-per-second": 380, "params": "65.2B", "days": 21}"#
      )
      #expect(response.status == .ok)
      let body = try response.object()
      let inputs = try #require(body["inputs"] as? [[String: Any]])
      let mfu = try #require(inputs.first { $0["name"] as? String == "mfu" }?["value"] as? Double)
      let expected: Double = 6 * 65.2e9 * 380 / 312e12
      #expect(isClose(mfu, expected, relativeTolerance: 1e-9))
    }
  }

  /// Several periods in one request: H100 SXM and A100 BF16 dense peaks (NVIDIA datasheets).
  @Test func hardwareRouteSumsPeriods() async throws {
    try await withRouter { client in
      let response = try await client.post(
        "/api/v1/estimate/hardware",
        json:
          #"{"periods": "hardware=H100 SXM, precision=bf16, count=8, days=1; hardware=A100, precision=bf16, count=8, days=1", "utilization": "50%"}"#
      )
      #expect(response.status == .ok)
      let body = try response.object()
      let total = try #require(body["total_flop"] as? Double)
      let expected: Double = 8 * 86_400 * (989.4e12 + 312e12) * 0.5
      #expect(isClose(total, expected, relativeTolerance: 1e-9))
    }
  }
}
