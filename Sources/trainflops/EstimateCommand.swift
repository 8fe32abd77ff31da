import ArgumentParser
import TrainingCompute

/// `trainflops estimate`: one figure, a 90 % interval, a method and a confidence from any facts.
struct EstimateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "estimate",
    abstract: "The best estimate from whatever facts are known, with a 90 % interval and a confidence.",
    usage: "trainflops estimate --params 175B --tokens 300B --hardware V100 --count 10000 --hours 355",
    discussion: """
      Method order: a reported figure (--reported-flop) is taken first; else counting operations \
      (needs no utilization); else hardware time. Where both methods are possible and agree within \
      their 90 % intervals they are combined; where they disagree the inputs that look wrong are named.
      Confidence: Confident = 90 % interval within ×/÷3; Likely = within ×/÷10; Speculative = wider.
      Facts (any subset; Epoch AI's column names are accepted too, e.g. --Parameters):
      \(FactArguments.help)
      """)

  @OptionGroup var output: OutputOptions

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp("Facts as --FIELD VALUE pairs (listed above).", valueName: "facts"))
  var facts: [String] = []

  func validate() throws { _ = try validating { () throws(EstimateError) in try FactArguments.facts(facts) } }

  func run() throws {
    let result = try validating { () throws(EstimateError) in
      try bestEstimate(try FactArguments.facts(facts))
    }
    print(try BestEstimateReport.render(result, as: output.format), terminator: "")
  }
}
