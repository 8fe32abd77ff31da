import Testing
import TrainingCompute

struct ModelGraphTests {
  @Test func shapesAreInferredFromTheInput() throws {
    let shapes = try StudyNetworks.convNet().outputShapes()
    #expect(shapes.first == [32, 112, 112])
    #expect(shapes.last == [10])
  }

  @Test func unknownInputNamesTheLayer() {
    var graph = ModelGraph(inputShape: [4])
    graph.append(Linear(inputFeatures: 4, outputFeatures: 4), name: "a")
    graph.append(Add(), name: "sum", inputs: ["a", "b"])
    #expect(throws: ModelError.unknownInput(index: 2, name: "sum", input: "b")) { try graph.outputShapes() }
  }

  @Test func layerErrorsNameIndexNameAndField() {
    var graph = ModelGraph(inputShape: [4])
    graph.append(Linear(inputFeatures: 5, outputFeatures: 4), name: "fc")
    do {
      _ = try graph.outputShapes()
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("layer 1 ('fc'): input shape must be"))
      #expect(error.description.contains("in_features"))
    }
  }

  @Test func duplicateNamesAreRefused() {
    var graph = ModelGraph(inputShape: [4])
    graph.append(Activation(.relu), name: "x")
    graph.append(Activation(.relu), name: "x")
    #expect(throws: ModelError.duplicateName(index: 2, name: "x")) { try graph.outputShapes() }
  }

  /// A parameter-free layer before the first trainable one needs no input gradient either, and
  /// a frozen first layer makes the second behave as the first (1:1).
  @Test func reachabilityFollowsTrainableParameters() throws {
    var graph = StudyNetworks.oneNet()
    graph.setFrozen { $0 == "fc1" }
    let analysis = try BackwardAnalysis(graph, counting: .matrixOnly)
    let fc1 = try #require(analysis.layers.first { $0.name == "fc1" })
    let fc2 = try #require(analysis.layers.first { $0.name == "fc2" })
    let fc3 = try #require(analysis.layers.first { $0.name == "fc3" })
    #expect(fc1.weightGradient == .zero && fc1.inputGradient == .zero && fc1.isFrozen)
    #expect(!fc2.needsInputGradient)
    #expect(fc2.backward.matrix == fc2.forward.matrix)
    #expect(fc3.needsInputGradient)
    #expect(analysis.trainableParameters == 4096 * 128 + 128 + 128 * 10 + 10)
  }

  /// Residual branches: the gradient reaches a node through either path.
  @Test func residualBranchCarriesGradient() throws {
    var graph = ModelGraph(inputShape: [8])
    graph.append(Activation(.relu), name: "a")
    graph.append(Linear(inputFeatures: 8, outputFeatures: 8), name: "b")
    graph.append(Add(), name: "sum", inputs: ["a", "b"])
    graph.append(Linear(inputFeatures: 8, outputFeatures: 2), name: "head")
    let analysis = try BackwardAnalysis(graph)
    #expect(analysis.layers.map(\.needsInputGradient) == [false, false, true, true])
  }

  @Test func sharingMustMatchParameterCounts() {
    var graph = ModelGraph(inputShape: [4])
    graph.append(Embedding(vocabulary: 10, dimension: 8), name: "wte")
    graph.append(Linear(inputFeatures: 8, outputFeatures: 11, hasBias: false), sharesParametersWith: "wte")
    #expect(throws: ModelError.self) { try BackwardAnalysis(graph) }
  }
}
