import ModelImport
import Testing
import TrainingCompute

struct ModelSpecReaderTests {
  @Test func jsonAndYAMLGiveTheSameGraph() throws {
    let json = """
      {"input_shape": [4], "layers": [{"type": "linear", "in_features": 4, "out_features": 2, "name": "fc"}]}
      """
    let yaml = """
      input_shape: [4]
      layers:
        - {type: linear, in_features: 4, out_features: 2, name: fc}
      """
    let fromJSON = try ModelSpecReader.graph(from: json, format: .json, path: "a.json")
    let fromYAML = try ModelSpecReader.graph(from: yaml, format: .yaml, path: "a.yaml")
    #expect(try fromJSON.outputShapes() == fromYAML.outputShapes())
    #expect(fromJSON.nodes.map(\.name) == ["fc"])
  }

  @Test func errorNamesTheLayerAndField() {
    let yaml = """
      input_shape: [4]
      layers:
        - {type: relu}
        - {type: linear, name: fc, in_features: four, out_features: 2}
      """
    #expect(
      throws: ModelImportError.invalidSpecField(
        path: "m.yaml", layer: "layer 2 ('fc')", field: "in_features", value: "'four'",
        allowed: "a whole number")
    ) { try ModelSpecReader.graph(from: yaml, format: .yaml, path: "m.yaml") }
  }

  /// Nested repeats that would expand to 10^12 layers are refused, not expanded until memory runs out.
  @Test func hugeRepeatIsRefused() {
    let yaml = """
      input_shape: [4]
      layers:
        - repeat: 1000000
          layers:
            - repeat: 1000000
              layers:
                - {type: relu}
      """
    #expect(
      throws: ModelImportError.invalidSpecField(
        path: "m.yaml", layer: "", field: "layers", value: "1000000000000",
        allowed: "at most 20000 after every repeat is expanded (a repeat count times its block's layers)")
    ) { try ModelSpecReader.graph(from: yaml, format: .yaml, path: "m.yaml") }
  }

  @Test func unknownFieldsAreReported() {
    let yaml = """
      input_shape: [4]
      layers:
        - {type: linear, in_features: 4, out_features: 2, bais: false}
      """
    do {
      _ = try ModelSpecReader.graph(from: yaml, format: .yaml, path: "m.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("layer 1: 'bais' must be one of the fields linear takes"))
    }
  }

  @Test func unknownTypeListsTheTypes() {
    let yaml = "input_shape: [4]\nlayers:\n  - {type: linr}\n"
    do {
      _ = try ModelSpecReader.graph(from: yaml, format: .yaml, path: "m.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("type must be one of linear, conv1d"))
    }
  }

  @Test func shapeErrorsComeFromTheGraph() {
    let yaml = "input_shape: [4]\nlayers:\n  - {type: linear, name: fc, in_features: 5, out_features: 2}\n"
    #expect(
      throws: ModelImportError.invalidModel(
        path: "m.yaml",
        .invalidLayer(
          index: 1, name: "fc", field: "input shape", value: "[4]",
          allowed: "a shape whose last dimension is 5 (in_features)"))
    ) {
      try ModelSpecReader.graph(from: yaml, format: .yaml, path: "m.yaml")
    }
  }

  @Test func malformedTextIsReported() {
    #expect(
      throws: ModelImportError.malformedSpec(
        path: "m.json", reason: "unexpected end of file during JSON parse")
    ) {
      try ModelSpecReader.graph(from: "{\"input_shape\": [4", format: .json, path: "m.json")
    }
  }

  @Test func residualInsideARepeatReadsItsOwnBlockInput() throws {
    let yaml = """
      input_shape: [8]
      layers:
        - repeat: 3
          name: res
          layers:
            - {type: linear, name: fc, in_features: 8, out_features: 8}
            - {type: add, name: sum, inputs: [fc, block_input]}
      """
    let graph = try ModelSpecReader.graph(from: yaml, format: .yaml, path: "r.yaml")
    #expect(
      graph.nodes.map(\.name) == ["res.0.fc", "res.0.sum", "res.1.fc", "res.1.sum", "res.2.fc", "res.2.sum"])
    #expect(graph.nodes[3].inputs == ["res.1.fc", "res.0.sum"])
    #expect(graph.nodes[1].inputs == ["res.0.fc", "input"])
  }

  @Test func frozenBlockFreezesItsLayers() throws {
    let yaml = """
      input_shape: [8]
      layers:
        - repeat: 2
          frozen: true
          layers:
            - {type: linear, in_features: 8, out_features: 8}
        - {type: linear, name: head, in_features: 8, out_features: 2}
      """
    let graph = try ModelSpecReader.graph(from: yaml, format: .yaml, path: "f.yaml")
    #expect(graph.nodes.map(\.isFrozen) == [true, true, false])
    #expect(try BackwardAnalysis(graph).trainableParameters == 18)
  }

  @Test func loaderPicksTheReaderByName() throws {
    #expect(try ModelLoader.kind(of: "{}", path: "x.json") == .jsonSpec)
    #expect(try ModelLoader.kind(of: "input_shape: [1]\nlayers: []", path: "x.yml") == .yamlSpec)
    #expect(throws: ModelImportError.unknownFormat(path: "x.bin")) {
      try ModelLoader.kind(of: "\u{0}", path: "x.bin")
    }
    #expect(throws: ModelImportError.unreadable(path: "/nonexistent/model.yaml", reason: "no such file")) {
      try ModelLoader.load(path: "/nonexistent/model.yaml")
    }
  }
}
