import ArgumentParser
import Hummingbird
import TrainingComputeServer

/// `trainflops-server`: serves the web calculator at `/` and the JSON API under `/api/v1/`.
@main
struct TrainFLOPsServer: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainflops-server",
    abstract: "Serves the trainflops web calculator and JSON API.",
    discussion: "Open http://HOST:PORT/ for the calculator; the API is described at /api/v1/openapi.json.")

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "Port to listen on.") var port = 8080

  func run() async throws {
    try await buildApplication(host: host, port: port).runService()
  }
}
