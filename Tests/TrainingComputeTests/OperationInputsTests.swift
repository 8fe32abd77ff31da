import Testing
import TrainingCompute

struct OperationInputsTests {
  /// GPT-3's 175e9 parameters and 300e9 tokens (Brown et al. 2020) read from the text people write.
  @Test func readsTextTheWayTheCommandLineDoes() throws {
    var inputs = OperationInputs()
    inputs[field: "params"] = "175B"
    inputs[field: "tokens"] = "300 billion"
    let count = try inputs.operationCount()
    #expect(count.forward == .parameters(175e9))
    #expect(count.passes == .tokens(300e9))
  }

  @Test(arguments: [("--", "--params"), ("", "params")])
  func errorsNameTheFieldWithItsPrefix(prefix: String, label: String) {
    var inputs = OperationInputs(fieldPrefix: prefix)
    inputs.params = "-5"
    inputs.examples = "10"
    #expect(throws: EstimateError.notPositive(field: label, value: -5)) { try inputs.operationCount() }
    inputs.params = "many"
    #expect(throws: EstimateError.notANumber(field: label, text: "many")) { try inputs.operationCount() }
    inputs.params = "1"
    inputs.connections = "1"
    #expect(throws: EstimateError.conflictingInputs([prefix + "connections", label])) {
      try inputs.operationCount()
    }
  }

  @Test func subscriptCoversEveryFieldName() {
    var inputs = OperationInputs()
    for (position, name) in OperationInputs.fieldNames.enumerated() { inputs[field: name] = String(position) }
    for (position, name) in OperationInputs.fieldNames.enumerated() {
      #expect(inputs[field: name] == String(position))
    }
  }
}
