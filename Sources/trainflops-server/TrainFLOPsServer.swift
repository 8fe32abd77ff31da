import ArgumentParser
import Hummingbird
import TrainingComputeServer

@main
struct TrainFLOPsServer: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainflops-server",
    abstract: "Serves the trainflops web calculator and JSON API.")

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "Port to listen on.") var port = 8080

  func run() async throws {
    let app = Application(
      router: buildRouter(), configuration: .init(address: .hostname(host, port: port)))
    try await app.runService()
  }
}
