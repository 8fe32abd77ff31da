import Foundation
import NIOCore

/// A file of the page (HTML, CSS, JavaScript, the OpenAPI document) read once from the package's
/// `Public` resources, so the page needs nothing outside the package and no internet access.
struct StaticAsset: Sendable {
  /// The file's bytes, ready to send: a response shares them rather than copying them.
  var bytes: ByteBuffer
  /// Its MIME type.
  var contentType: String

  /// The files the page serves, by name; read on first use.
  static let all: [String: StaticAsset] = {
    var assets: [String: StaticAsset] = [:]
    let types = [
      "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
      "js": "text/javascript; charset=utf-8", "json": "application/json; charset=utf-8",
      "svg": "image/svg+xml",
    ]
    guard let folder = Bundle.module.url(forResource: "Public", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return assets }
    for name in names {
      let url = folder.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url) else { continue }
      let type = types[url.pathExtension] ?? "application/octet-stream"
      assets[name] = StaticAsset(bytes: ByteBuffer(bytes: data), contentType: type)
    }
    return assets
  }()

  /// The file called `name` (`index.html`, `app.js` …), if the package has it.
  static func named(_ name: String) -> StaticAsset? { all[name] }
}
