import ArgumentParser
import Testing

@testable import trainflops

/// Every kind of bad input gets one sentence naming the flag, the value and what is allowed, and a
/// usage exit code (64) — never a crash or a silent default.
struct BadInputTests {
  static let cases: [(arguments: [String], mentions: [String])] = [
    (["ops", "--params", "-5", "--tokens", "1e9"], ["--params", "-5", "greater than zero"]),
    (["ops", "--params", "0", "--tokens", "1e9"], ["--params", "greater than zero"]),
    (["ops", "--params", "nan", "--tokens", "1e9"], ["--params", "'nan'"]),
    (["ops", "--params", "1e999", "--tokens", "1e9"], ["--params", "finite"]),
    (["ops", "--params", "lots", "--tokens", "1e9"], ["--params", "'lots'", "175B"]),
    (["ops", "--tokens", "1e9"], ["--params", "--forward-flop"]),
    (["ops", "--params", "1e9"], ["--examples", "--tokens"]),
    (
      ["ops", "--params", "1e9", "--forward-flop", "2e9", "--tokens", "1e9"],
      ["--params", "--forward-flop", "together"]
    ),
    (["ops", "--params", "1e9", "--tokens", "1e9", "--epochs", "0"], ["--epochs", "greater than zero"]),
    (["gpu", "--hardware", "H1000", "--count", "8", "--days", "1"], ["H1000", "closest matches"]),
    (["gpu", "--hardware", "V100", "--precision", "bf16", "--count", "8", "--days", "1"], ["bf16", "fp16"]),
    (
      ["gpu", "--hardware", "V100", "--precision", "fp3", "--count", "8", "--days", "1"],
      ["precision", "'fp3'", "bf16", "fp4"]
    ),
    (
      ["gpu", "--peak", "1e14", "--count", "8", "--days", "1", "--utilization", "150%"],
      ["--utilization", "150", "100%"]
    ),
    (
      ["gpu", "--peak", "1e14", "--count", "8", "--days", "1", "--utilization", "40"],
      ["--utilization", "40%"]
    ),
    (["gpu", "--peak", "1e14", "--count", "2.5", "--days", "1"], ["--count", "whole number"]),
    (["gpu", "--peak", "1e14", "--count", "8", "--time", "30"], ["--time", "'30'", "355h"]),
    (["gpu", "--peak", "1e14", "--days", "1"], ["--count"]),
    (["gpu", "--peak", "1e14", "--count", "8"], ["--time", "--chip-hours"]),
    (
      ["gpu", "--hardware", "V100", "--peak", "1e14", "--count", "8", "--days", "1"],
      ["--hardware", "--peak"]
    ),
    (
      ["gpu", "--peak", "1e14", "--count", "8", "--days", "1", "--domain", "poetry"],
      ["domain", "'poetry'", "language"]
    ),
    (["hardware", "show", "Z9000"], ["Z9000", "catalog"]),
    (["gpu", "--peak", "1e14", "--count", "-3", "--days", "1"], ["--count", "-3", "greater than zero"]),
    (["gpu", "--peak", "1e14", "--count", "8", "--hours", "-5"], ["--hours", "-5"]),
    (["gpu", "--peak", "-1e14", "--count", "8", "--days", "1"], ["--peak", "greater than zero"]),
    (
      ["gpu", "--peak", "1e14", "--count", "8", "--days", "1", "--utilization", "-0.1"],
      ["--utilization", "-0.1"]
    ),
  ]

  @Test(arguments: cases)
  func badInputGetsOneClearSentence(arguments: [String], mentions: [String]) {
    do {
      var command = try TrainFLOPs.parseAsRoot(arguments)
      try command.run()
      Issue.record("expected \(arguments) to fail")
    } catch {
      let message = TrainFLOPs.message(for: error)
      for part in mentions {
        #expect(message.contains(part), "message for \(arguments) lacks \(part): \(message)")
      }
      // A flag the parser refuses exits 64; a value the core refuses while the command runs, 1.
      #expect([ExitCode.validationFailure, ExitCode(1)].contains(TrainFLOPs.exitCode(for: error)))
    }
  }
}
