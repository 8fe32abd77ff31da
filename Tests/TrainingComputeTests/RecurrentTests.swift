import Testing
import TrainingCompute

struct RecurrentTests {
  /// PyTorch nn.LSTM(10, 20, num_layers=2): 4·20·(10+20) + 160 + 4·20·(20+20) + 160 = 5,920.
  @Test func lstmParametersMatchPyTorch() {
    #expect(Recurrent(.lstm, inputSize: 10, hiddenSize: 20, layers: 2).parameterCount == 5_920)
  }

  /// nn.GRU(10, 20, bidirectional=True): 2 · (3·20·30 + 120) = 3,840; nn.RNN(10, 20): 20·30 + 40 = 640.
  @Test func gruAndRNNParameters() throws {
    let gru = Recurrent(.gru, inputSize: 10, hiddenSize: 20, isBidirectional: true)
    #expect(gru.parameterCount == 3_840)
    #expect(try gru.outputShape(for: [[5, 10]]) == [5, 40])
    #expect(Recurrent(.rnn, inputSize: 10, hiddenSize: 20).parameterCount == 640)
  }

  /// Per step 2·G·H·(I + H), times the sequence: parameters are shared over time, FLOP are not.
  @Test func costScalesWithSequenceLength() {
    let layer = Recurrent(.lstm, inputSize: 10, hiddenSize: 20)
    let short = layer.cost(for: [[5, 10]])
    let long = layer.cost(for: [[50, 10]])
    #expect(short.forward.matrix.isApproximatelyEqual(to: FLOPs(5 * 2 * 80 * 30)))
    #expect(long.forward.matrix.isApproximatelyEqual(to: 10 * short.forward.matrix))
    #expect(long.parameters == short.parameters)
    #expect(short.inputGradient.matrix.isApproximatelyEqual(to: FLOPs(5 * 2 * 80 * 10)))
    #expect(short.weightGradient.matrix == short.forward.matrix)
  }
}
