import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrainingCompute
import TrainingComputeServer

struct HardwareRouteTests {
  @Test func listHasEveryCatalogChip() async throws {
    try await withRouter { client in
      let response = try await client.get("/api/v1/hardware")
      #expect(response.status == .ok)
      let list = try #require(try JSONSerialization.jsonObject(with: response.data) as? [[String: Any]])
      #expect(list.compactMap { $0["name"] as? String } == HardwareCatalog.builtIn.accelerators.map(\.name))
    }
  }

  /// The peak comes back unrounded: the catalog's own BF16 figure for the H100 SXM5.
  @Test func showFindsAChipByAliasWithItsUnroundedPeak() async throws {
    let chip = try HardwareCatalog.builtIn.accelerator(named: "H100 SXM")
    let peak = try #require(chip.peaks[.bf16]).value
    try await withRouter { client in
      let response = try await client.get("/api/v1/hardware/H100%20SXM")
      #expect(response.status == .ok)
      let body = try response.object()
      #expect(body["name"] as? String == chip.name)
      let peaks = try #require(body["peaks"] as? [String: Double])
      #expect(isClose(try #require(peaks["bf16"]), peak, relativeTolerance: 1e-15))
    }
  }

  /// The route keeps each chip's document once rendered: every chip, asked by its name and by its
  /// first alias, gets the document `trainflops hardware show NAME --format json` prints for the
  /// chip that name stands for.
  @Test func showAnswersEveryChipWithItsOwnDocument() async throws {
    try await withRouter { client in
      for chip in HardwareCatalog.builtIn.accelerators {
        for name in [chip.name] + chip.aliases.prefix(1) {
          let expected = try HardwareReport.show(HardwareCatalog.builtIn.accelerator(named: name), as: .json)
          let path = "/api/v1/hardware/" + name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
          let response = try await client.get(path)
          #expect(response.status == .ok, "\(name)")
          #expect(String(decoding: response.data, as: UTF8.self) == expected, "\(name)")
        }
      }
    }
  }

  @Test func showOfAnUnknownChipIsA404WithSuggestions() async throws {
    try await withRouter { client in
      let response = try await client.get("/api/v1/hardware/V10")
      #expect(response.status == .notFound)
      let error = try response.decoded(ErrorBody.self)
      #expect(error.field == "name")
      #expect(error.error.contains("V100"))
    }
  }
}

struct UtilizationRouteTests {
  /// The route serves the same rows as `trainflops hardware utilization --format json`; PaLM's
  /// 46.2 % MFU is from Chowdhery et al. 2022, Table 3.
  @Test func listsEveryReportedRun() async throws {
    try await withRouter { client in
      let response = try await client.get("/api/v1/utilization")
      #expect(response.status == .ok)
      let list = try #require(try JSONSerialization.jsonObject(with: response.data) as? [[String: Any]])
      #expect(list.count == ReportedUtilizations.runs.count)
      let palm = list.first { $0["model"] as? String == "PaLM 540B" && $0["kind"] as? String == "mfu" }
      #expect(palm?["utilization"] as? Double == 0.462)
      #expect(palm?["source"] as? String != nil)
    }
  }
}
