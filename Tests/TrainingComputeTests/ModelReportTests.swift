import Foundation
import Testing
import TrainingCompute

struct ModelReportTests {
  @Test func jsonHasLayersAndTotals() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.oneNet(), batchSize: 4, optimizer: .adam)
    let json = try ModelReport.render(analysis, as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let totals = try #require(object["totals"] as? [String: Any])
    let update = try #require(totals["update_flop"] as? Double)
    #expect(FLOPs(update).isApproximatelyEqual(to: FLOPs(18 * 533_898)))
    #expect(totals["parameters"] as? Int == 533_898)
    #expect((object["layers"] as? [[String: Any]])?.first?["name"] as? String == "fc1")
    #expect(try ModelReport.render(analysis, as: .json) == json)
  }

  @Test func textNamesEveryLayerAndTheRatio() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.convNet())
    let text = try ModelReport.render(analysis, as: .text)
    #expect(text.contains("conv2"))
    #expect(text.contains("backward/forward ratio"))
    #expect(try ModelReport.render(analysis, as: .markdown).contains("| conv1 |"))
  }

  @Test func chartHasAxesAndOnePointPerBatchSize() throws {
    let analysis = try BackwardAnalysis(StudyNetworks.oneNet())
    let points = analysis.ratios(batchSizes: [1, 4, 16, 64])
    let svg = RatioChart.svg(points, title: "OneNet <sgd>")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.components(separatedBy: "<circle").count - 1 == 4)
    #expect(svg.contains("OneNet &lt;sgd&gt;"))
    #expect(svg.contains("batch size (log scale)"))
  }
}
