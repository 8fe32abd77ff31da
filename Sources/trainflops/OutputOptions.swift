public import ArgumentParser
import TrainingCompute

extension OutputFormat: ExpressibleByArgument {}

/// `--format text|json|csv|markdown`, shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: text, json, csv or markdown.")
  var format: OutputFormat = .text
}

extension EstimateError {
  /// The error as ArgumentParser's usage error (exit code 64), with the core's sentence.
  var validation: ValidationError { ValidationError(description) }
}

/// Runs `body`, turning the core's input errors into usage errors that print the core's sentence.
func validating<T>(_ body: () throws(EstimateError) -> T) throws -> T {
  do { return try body() } catch { throw error.validation }
}
