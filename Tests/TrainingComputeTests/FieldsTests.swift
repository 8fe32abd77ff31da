import Testing
import TrainingCompute

/// The table of fields: names, Epoch AI's aliases, and exact errors for bad values.
struct FieldsTests {
  @Test func parsesFactsByNameAndByEpochColumnName() throws {
    // Column names of Epoch AI's "Notable AI Models" export (epoch.ai/data/notable-ai-models-documentation).
    let facts = try TrainingFacts([
      ("Parameters", "175B"), ("tokens", "300B"), ("Training hardware", "V100"),
      ("Hardware quantity", "10000"),
      ("Training time (hours)", "355"), ("Hardware utilization (MFU)", "21.3%"),
      ("Publication date", "2020-05-28"),
      ("Domain", "Language"), ("Training compute (FLOP)", "3.14e23"),
    ])
    #expect(facts.params == 175e9)
    #expect(facts.tokens == 300e9)
    #expect(facts.hardware == "V100")
    #expect(facts.count == 10_000)
    #expect(facts.time == .hours(355))
    #expect(facts.utilization == 0.213)
    #expect(facts.year == 2020)
    #expect(facts.domain == .language)
    #expect(facts.reportedFLOP == 3.14e23)
  }

  @Test func badValueNamesTheFieldTheValueAndWhatIsAllowed() {
    #expect(throws: EstimateError.notANumber(field: "--params", text: "lots")) {
      try TrainingFacts([("params", "lots")], prefix: "--")
    }
    #expect(throws: EstimateError.notWholeNumber(field: "count", value: 2.5)) {
      try TrainingFacts([("count", "2.5")])
    }
    #expect(
      throws: EstimateError.outOfRange(
        field: "year", value: "'20'", allowed: "a year from 1950 to 2100, or a date such as 2020-05-28")
    ) {
      try TrainingFacts([("year", "20")])
    }
    #expect(
      throws: EstimateError.outOfRange(
        field: "utilization", value: "1.5",
        allowed: "a fraction above 0 and at most 1 such as 0.4, or a percentage such as 40%")
    ) {
      try TrainingFacts([("utilization", "1.5")])
    }
  }

  @Test func refusesAnUnknownFieldListingTheFields() {
    #expect(
      throws: EstimateError.unknownOption(field: "field", value: "parameters-ish", allowed: Fields.names)
    ) {
      try TrainingFacts([("parameters-ish", "1")])
    }
  }

  @Test func refusesTwoFieldsThatSayTheSameThing() {
    #expect(throws: EstimateError.conflictingInputs(["hours", "days"])) {
      try TrainingFacts([("hours", "355"), ("days", "14")])
    }
    #expect(throws: EstimateError.conflictingInputs(["params", "Parameters"])) {
      try TrainingFacts([("params", "1B"), ("Parameters", "2B")])
    }
  }

  @Test func everyFieldHasAMeaningAndSaysWhatIsAllowed() {
    for field in Fields.all {
      #expect(!field.meaning.isEmpty, "\(field.name)")
      #expect(!field.allowed.isEmpty, "\(field.name)")
      #expect(Fields.named(field.name)?.name == field.name)
    }
  }
}
