import ArgumentParser

@main
struct TrainFLOPs: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainflops",
    abstract: "Estimate the compute (FLOP) used to train a deep-learning model.",
    discussion: """
      Two methods, as in Sevilla et al. (2022), "Estimating Training Compute of Deep Learning Models":
        ops       counting operations: forward FLOP × (1 + backward/forward ratio) × passes
        gpu       hardware time: training time × chips × peak FLOP/s × utilization
        compare   both, side by side, with the utilization the operation count implies
        throughput  hardware time from a measured throughput: training FLOP, MFU, HFU
        model     counting operations layer by layer on a model file, with the backward pass
        ratio     the backward/forward ratio of a model across batch sizes
        plan      a run before it starts: days, chips, energy, cost, compute-optimal size, thresholds
      Model files (Hugging Face config.json, ONNX, safetensors, specs):
        params        parameter count: total, non-embedding, active
        conventions   a transformer config's FLOP per token under each convention, side by side
        onnx          an ONNX graph's forward FLOP per operator and its coverage
      Compliance:
        report        a training ledger's stages, totals and verdict per regime (EU AI Act, SB 53 …)
      Conventions: 1 multiply-add = 2 FLOP; 1 PF-day = 8.64e19 FLOP; a year is 365.25 days;
      hardware peaks are dense (no sparsity) and per chip.
      """,
    subcommands: [
      EstimateCommand.self, BatchCommand.self, OperationsCommand.self, HardwareTimeCommand.self,
      CompareCommand.self,
      HardwareCommand.self, ThroughputCommand.self,
      ModelCommand.self, RatioCommand.self, ParamsCommand.self, ConventionsCommand.self, ONNXCommand.self,
      ReportCommand.self, PlanCommand.self,
    ])
}
