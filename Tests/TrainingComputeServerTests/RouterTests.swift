import Hummingbird
import HummingbirdTesting
import Testing
import TrainingComputeServer

struct RouterTests {
  @Test func healthAnswers() async throws {
    let app = Application(router: testRouter())
    try await app.test(.router) { client in
      try await client.execute(uri: "/health", method: .get) { response in
        #expect(response.status == .ok)
      }
    }
  }
}
