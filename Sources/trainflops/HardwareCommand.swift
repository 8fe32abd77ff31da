import ArgumentParser
import TrainingCompute

struct HardwareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hardware",
    abstract: "The built-in accelerator catalog: dense per-chip peaks per precision, with sources.",
    subcommands: [List.self, Show.self, Utilization.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every accelerator in the catalog.")
    @OptionGroup var output: OutputOptions

    func run() throws {
      print(try HardwareReport.list(HardwareCatalog.builtIn.accelerators, as: output.format), terminator: "")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one accelerator in full, with its source.")
    @Argument(help: "Accelerator name or alias (case, spaces and dashes don't matter).") var name: String
    @OptionGroup var output: OutputOptions

    func validate() throws {
      _ = try validating { () throws(EstimateError) in try HardwareCatalog.builtIn.accelerator(named: name) }
    }

    func run() throws {
      let chip = try validating { () throws(EstimateError) in
        try HardwareCatalog.builtIn.accelerator(named: name)
      }
      print(try HardwareReport.show(chip, as: output.format), terminator: "")
    }
  }

  struct Utilization: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Utilizations (MFU, HFU) that real training runs reported, each with its source.")
    @OptionGroup var output: OutputOptions

    func run() throws {
      print(try UtilizationReport.list(ReportedUtilizations.runs, as: output.format), terminator: "")
    }
  }
}
