import ArgumentParser
import Hummingbird
import TrainingComputeServer

/// `trainflops-server`: serves the web calculator at `/` and the JSON API under `/api/v1/`.
@main
struct TrainFLOPsServer: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainflops-server",
    abstract: "Serves the trainflops web calculator and JSON API.",
    discussion: """
      Open http://HOST:PORT/ for the calculator; the API is described at /api/v1/openapi.json.

      Bound to a loopback address, the server answers only requests whose Host header is a \
      loopback name or address (a defence against DNS rebinding); behind a proxy, name the \
      proxy's host with --allowed-host. Each request has a deadline, and its work stops when its \
      client disconnects; SIGTERM or SIGINT lets requests in flight finish before the server stops.
      """)

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "Port to listen on.") var port = 8080
  @Option(
    name: .customLong("allowed-host"),
    help: "Another Host name to answer besides loopback ones (repeatable; '*' answers any).")
  var allowedHosts: [String] = []
  @Option(help: "The most seconds one request may take (1–600).") var requestTimeout = 10
  @Flag(help: "Log one line per request.") var logRequests = false

  func validate() throws {
    guard (1...600).contains(requestTimeout) else {
      throw ValidationError("--request-timeout must be between 1 and 600 seconds; got \(requestTimeout).")
    }
    guard (1...65535).contains(port) else {
      throw ValidationError("--port must be between 1 and 65535; got \(port).")
    }
  }

  func run() async throws {
    var options = ServerOptions(listeningOn: host, extraHosts: allowedHosts)
    options.requestDeadline = .seconds(requestTimeout)
    try await runServer(host: host, port: port, options: options, logRequests: logRequests)
  }
}
