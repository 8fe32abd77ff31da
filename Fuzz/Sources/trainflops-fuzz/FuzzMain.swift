import Foundation

/// libFuzzer's driver, declared here because SwiftPM gives every executable a Swift `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point: hands the command line to libFuzzer, which calls
/// `fuzzOneInput` for each input of the target `FUZZ_TARGET` names (`-runs`, `-max_total_time`, corpus folders … as usual).
@main
enum FuzzMain {
  static func main() {
    // `FUZZ_TARGET=list` prints the targets and their seed folders, for the run script.
    if ProcessInfo.processInfo.environment["FUZZ_TARGET"] == "list" {
      for target in FuzzTargets.all { print(([target.name] + target.seeds).joined(separator: " ")) }
      return
    }
    _ = FuzzTargets.selected
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in runOneInput(bytes, count) })
  }
}
