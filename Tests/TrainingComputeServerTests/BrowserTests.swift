import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ModelImport
import Testing
import TrainingCompute
import TrainingComputeServer

/// Loads the page in headless Chromium (Debian's `chromium`, which `.ci/run` installs) against a
/// live server, with the method 2 card filled from the address bar, and reads the result back.
struct BrowserTests {
  /// The Chromium binary on `PATH` (or in `CHROMIUM`), if there is one.
  static let chromium: String? = {
    if let given = ProcessInfo.processInfo.environment["CHROMIUM"],
      FileManager.default.isExecutableFile(atPath: given)
    {
      return given
    }
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }()

  static let query = "?hardware=H100+SXM&count=1024&days=30&precision=bf16&utilization=40"

  @Test(
    .enabled(
      if: chromium != nil, "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func method2CardShowsTheClusterEstimate() async throws {
    let chromium = try #require(Self.chromium)
    // 1,024 chips × 30 days × the catalog's dense BF16 peak for the H100 SXM5 × 40 %.
    let peak = try #require(try HardwareCatalog.builtIn.accelerator(named: "H100 SXM").peaks[.bf16]).value
    let expected = 1024 * 30 * 86_400 * peak * 0.4
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainflops-browser-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let app = Application(
      router: testRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    try await app.test(.live) { client in
      let port = try #require(client.port)
      let url = "http://127.0.0.1:\(port)/\(Self.query)"
      let common = [
        "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--virtual-time-budget=5000",
        "--window-size=1280,1400",
      ]
      let dom = try await Self.run(chromium, common + ["--dump-dom", url], folder: folder)
      let flop = try #require(
        Self.attribute("data-flop", ofElementWithID: "m2-flop", in: dom), "no result in:\n\(dom)")
      #expect(isClose(try #require(Double(flop)), expected, relativeTolerance: 1e-9))
      #expect(dom.contains("\(Self.pageStyle(expected)) FLOP"))
      #expect(dom.contains("1,024") || dom.contains("1024"))

      let screenshot = folder.appendingPathComponent("page.png")
      _ = try await Self.run(chromium, common + ["--screenshot=\(screenshot.path)", url], folder: folder)
      let png = try Data(contentsOf: screenshot)
      let image = try #require(PNGSummary(png))
      #expect(png.count > 20_000, "screenshot is only \(png.count) bytes")
      #expect(image.width == 1280)
      #expect(image.distinctIDATBytes > 200, "screenshot looks blank")
    }
  }

  /// A bad value is marked on its field with the server's sentence, and no result is shown.
  @Test(
    .enabled(
      if: chromium != nil, "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func badUtilizationIsMarkedInPlace() async throws {
    let dom = try await Self.dom(for: "?hardware=H100+SXM&count=1024&days=30&utilization=150")
    #expect(Self.attribute("aria-invalid", ofElementWithID: "m2-utilization", in: dom) == "true", "\(dom)")
    #expect(dom.contains("utilization must be a percentage above 0% and at most 100%, such as 40%; got 150."))
    #expect(Self.attribute("data-flop", ofElementWithID: "m2-flop", in: dom) == nil)
  }

  /// The model card reads a spec from the address bar and shows the core's ratio and layer table.
  @Test(
    .enabled(
      if: chromium != nil, "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func modelCardShowsTheRatioAndLayers() async throws {
    let graph = try ModelImporter.read(Data(ModelRouteTests.spec.utf8), name: "mlp.yaml", options: .init())
      .layerGraph()
    let analysis = try BackwardAnalysis(graph, batchSize: 32, optimizer: .adam)
    var query = URLComponents()
    query.queryItems = [
      URLQueryItem(name: "spec", value: ModelRouteTests.spec),
      URLQueryItem(name: "model-batch-size", value: "32"),
      URLQueryItem(name: "optimizer", value: "adam"),
    ]
    let encoded = (query.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    let dom = try await Self.dom(for: "?" + encoded)
    let ratio = try #require(Self.attribute("data-ratio", ofElementWithID: "mg-ratio", in: dom), "\(dom)")
    #expect(isClose(try #require(Double(ratio)), analysis.ratio, relativeTolerance: 1e-9))
    #expect(dom.contains("<th scope=\"row\">fc1</th>") && dom.contains("<th scope=\"row\">fc2</th>"))
    #expect(dom.contains("<svg viewBox=") && dom.contains("class=\"chart\""))
  }

  /// A number as the page writes it: three significant digits and a power of ten in
  /// superscript digits ("1.05 × 10²⁴").
  static func pageStyle(_ value: Double) -> String {
    let parts = String(format: "%.2e", value).split(separator: "e")
    var mantissa = String(parts[0])
    while mantissa.contains("."), mantissa.hasSuffix("0") { mantissa.removeLast() }
    if mantissa.hasSuffix(".") { mantissa.removeLast() }
    let digits: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
      "-": "⁻",
    ]
    let exponent = String(Int(parts[1]) ?? 0).map { digits[$0] ?? $0 }
    return mantissa + " × 10" + String(exponent)
  }

  /// The page's DOM after its scripts ran, loaded from a live server with `query`.
  static func dom(for query: String) async throws -> String {
    let chromium = try #require(Self.chromium)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainflops-browser-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let app = Application(
      router: testRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
      let port = try #require(client.port)
      return try await Self.run(
        chromium,
        [
          "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
          "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--virtual-time-budget=5000",
          "--dump-dom", "http://127.0.0.1:\(port)/\(query)",
        ], folder: folder)
    }
  }

  /// Runs Chromium and returns its standard output (the DOM for `--dump-dom`).
  static func run(_ binary: String, _ arguments: [String], folder: URL) async throws -> String {
    let output = folder.appendingPathComponent("stdout-\(UUID()).txt")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      process.terminationHandler = { _ in continuation.resume() }
      do { try process.run() } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    try handle.close()
    return String(decoding: try Data(contentsOf: output), as: UTF8.self)
  }

  /// The value of `attribute` on the element whose `id` is `id`, read from serialized HTML.
  static func attribute(_ attribute: String, ofElementWithID id: String, in html: String) -> String? {
    guard let idRange = html.range(of: "id=\"\(id)\"") else { return nil }
    let tagStart = html[..<idRange.lowerBound].lastIndex(of: "<") ?? idRange.lowerBound
    guard let tagEnd = html[idRange.upperBound...].firstIndex(of: ">") else { return nil }
    let tag = html[tagStart..<tagEnd]
    guard let valueStart = tag.range(of: "\(attribute)=\"")?.upperBound,
      let valueEnd = tag[valueStart...].firstIndex(of: "\"")
    else { return nil }
    return String(tag[valueStart..<valueEnd])
  }
}

/// What the test needs from a PNG without decoding it: the width from the header, and how many
/// distinct byte values the compressed image data holds (a blank page compresses to a few).
struct PNGSummary {
  var width: Int
  var height: Int
  var distinctIDATBytes: Int

  init?(_ data: Data) {
    let bytes = [UInt8](data)
    guard bytes.count > 33, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
      return nil
    }
    func integer(at offset: Int) -> Int {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    width = integer(at: 16)
    height = integer(at: 20)
    var seen = Set<UInt8>()
    var offset = 8
    while offset + 8 <= bytes.count {
      let length = integer(at: offset)
      let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
      let end = min(bytes.count, offset + 8 + length)
      if type == "IDAT" { seen.formUnion(bytes[offset + 8..<end]) }
      offset = end + 4
    }
    distinctIDATBytes = seen.count
  }
}
