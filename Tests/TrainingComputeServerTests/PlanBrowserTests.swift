import Foundation
import Testing
import TrainingCompute

/// The page's plan card, filled from the address bar, shows the core's plan and its timeline.
struct PlanBrowserTests {
  @Test(
    .enabled(
      if: BrowserTests.chromium != nil,
      "skipped: no chromium binary on PATH (apt-get install chromium; CI installs it)"),
    .timeLimit(.minutes(3)))
  func planCardShowsDaysAndTheTimeline() async throws {
    var inputs = PlanInputs()
    for (name, value) in ["params": "70B", "tokens": "15T", "hardware": "H100 SXM", "count": "2048"] {
      inputs[field: name] = value
    }
    let expected = try #require(try inputs.setup().plan().hardware?.days?.value)
    let dom = try await BrowserTests.dom(
      for: "?plan-params=70B&plan-tokens=15T&plan-hardware=H100+SXM&plan-count=2048")
    let days = try #require(
      BrowserTests.attribute("data-value", ofElementWithID: "plan-days-result", in: dom),
      "no plan in:\n\(dom)")
    #expect(isClose(try #require(Double(days)), expected, relativeTolerance: 1e-9))
    // 6 × 70e9 × 15e12 = 6.3e24 FLOP, shown as the card's total.
    #expect(BrowserTests.attribute("data-flop", ofElementWithID: "plan-flop-result", in: dom) == "6.3e+24")
    #expect(dom.contains("id=\"plan-timeline\""))
    #expect(dom.contains("arXiv:2404.10102"))
  }
}
