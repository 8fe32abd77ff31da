import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TrainingComputeServer

#if canImport(Glibc)
  import Glibc
#endif

/// A request whose client leaves is stopped (issue 8: "cancels the work when it passes or the
/// client disconnects"): the watch itself, and a live server whose client closes its socket while
/// a slow request is being worked on.
struct ConnectionWatchTests {
  @Test func departureStopsTheRequestBeingAnswered() {
    let watch = ConnectionWatch(counting: StoppedRequests())
    let stops = StoppedRequests()
    watch.stopOnDeparture { stops.add() }
    #expect(!watch.clientHasLeft)
    watch.clientLeft()
    #expect(watch.clientHasLeft)
    #expect(stops.total == 1)
    // A second event of the same departure (input closed, then channel inactive) stops nothing more.
    watch.clientLeft()
    #expect(stops.total == 1)
  }

  @Test func requestArrivingAfterTheClientLeftIsStoppedAtOnce() {
    let watch = ConnectionWatch(counting: StoppedRequests())
    watch.clientLeft()
    let stops = StoppedRequests()
    watch.stopOnDeparture { stops.add() }
    #expect(stops.total == 1)
  }

  @Test func finishedRequestIsNotStoppedWhenTheClientLeavesLater() {
    let watch = ConnectionWatch(counting: StoppedRequests())
    let stops = StoppedRequests()
    watch.stopOnDeparture { stops.add() }
    watch.forget()
    watch.clientLeft()
    #expect(stops.total == 0)
  }

  /// BERT-base's config.json (Hugging Face, bert-base-uncased; the ModelImport fixture) with
  /// 10,000 layers, the most the importer takes: about 7 s of work in a debug build (0.8 s to import, 4 s to
  /// render the layer table), so still under way when the client leaves.
  static let deepBERT = #"""
    {"architectures": ["BertForMaskedLM"], "attention_probs_dropout_prob": 0.1, "hidden_act": "gelu",
     "hidden_dropout_prob": 0.1, "hidden_size": 768, "initializer_range": 0.02, "intermediate_size": 3072,
     "layer_norm_eps": 1e-12, "max_position_embeddings": 512, "model_type": "bert", "num_attention_heads": 12,
     "num_hidden_layers": 10000, "pad_token_id": 0, "position_embedding_type": "absolute", "type_vocab_size": 2,
     "vocab_size": 30522}
    """#

  /// The client posts the deep model, waits 100 ms and closes its socket: the server must stop
  /// the work at its next check (counted once) instead of finishing it. Without the watch the
  /// count stays 0 and the test fails after its 60 s wait.
  @Test func clientClosingItsSocketStopsTheWork() async throws {
    let stopped = StoppedRequests()
    var options = ServerOptions()
    // Far past the test's own wait: the deadline must not be what stops the work.
    options.requestDeadline = .seconds(300)
    let app = buildApplication(host: "127.0.0.1", port: 0, options: options, stopped: stopped)
    let body = String(decoding: try JSONEncoder().encode(["spec": Self.deepBERT]), as: UTF8.self)
    let request =
      "POST /api/v1/model HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
      + body
    try await app.test(.live) { client in
      let port = try #require(client.port)
      // A client that reads its answer and then leaves stopped nothing.
      let answered = try await ServerConnectionTests.exchangeOffPool(
        port: port, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
      #expect(answered.hasPrefix("HTTP/1.1 200"), "\(answered)")
      try await Self.sendAndLeaveOffPool(port: port, request, after: 0.1)
      let start = ContinuousClock.now
      while stopped.total == 0, ContinuousClock.now - start < .seconds(60) {
        try await Task.sleep(for: .milliseconds(50))
      }
      #expect(stopped.total == 1)
    }
  }

  /// Sends `text` to the live server on `port`, waits `after` seconds and closes the socket
  /// without reading anything, on a thread of its own (see `exchangeOffPool`).
  static func sendAndLeaveOffPool(port: Int, _ text: String, after: Double) async throws {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      Thread {
        continuation.resume(
          with: Result {
            let descriptor = try ServerConnectionTests.connectedSocket(port: port)
            defer { close(descriptor) }
            let bytes = Array(text.utf8)
            var sent = 0
            while sent < bytes.count {
              let count = bytes[sent...].withUnsafeBufferPointer {
                send(descriptor, $0.baseAddress, $0.count, 0)
              }
              guard count > 0 else { throw SocketFailure(step: "send") }
              sent += count
            }
            usleep(UInt32(after * 1_000_000))
          })
      }.start()
    }
  }
}
