public import TrainingCompute

extension TransformerArchitecture {
  /// How an audio model reads its input (Whisper's encoder, `modeling_whisper.py`): `melBins ×
  /// frames` log-mel values through 1-D convolutions, each followed by GELU, to `hiddenSize`
  /// channels, whose output positions are the stack's sequence.
  public struct AudioFrontEnd: Sendable, Equatable {
    /// Mel bins: the channels of the first convolution.
    public var melBins: Int
    /// Frames of audio one example holds.
    public var frames: Int
    /// The convolutions, in order.
    public var convolutions: [Convolution]
    /// Output positions of the last convolution: the stack's sequence length.
    public var positions: Int

    /// The shape of one example's input, `[melBins, frames]`.
    public var inputShape: TensorShape { TensorShape([melBins, frames]) }

    /// Parameters of the convolutions.
    public var parameters: Int { Int.sum(saturating: convolutions.map(\.parameterCount)) }

    /// Forward multiply-adds of the convolutions for one example, as the core's `Convolution`
    /// counts them.
    public var multiplyAdds: Int {
      var shape = inputShape
      var total = 0.0
      for convolution in convolutions {
        total += convolution.cost(for: [shape]).forward.matrix.value / 2
        shape = (try? convolution.outputShape(for: [shape])) ?? shape
      }
      return total < Double(Int.max) ? Int(total) : Int.max
    }
  }

  /// A stack that reads the model's second input, counted once per example beside the main
  /// stack's tokens: Whisper's audio encoder, whose output is every decoder layer's
  /// cross-attention keys and values, or CLIP's vision tower, whose pooled class token and the
  /// text's pooled last token are projected into one space and compared.
  public struct Tower: Sendable, Equatable {
    /// What the model does with the tower's output.
    public enum Role: Sendable, Equatable {
      /// The keys and values of every cross-attention block (encoder-decoder).
      case encoder
      /// Contrastive: the text's and the tower's pooled states each projected (no bias) to a
      /// joint space, their dot product scaled by a learned logit scale (one parameter).
      case contrastive(textProjection: Linear, towerProjection: Linear)
    }

    private var stack: [TransformerArchitecture]
    /// What the model does with the output.
    public var role: Role
    /// The name of the input the tower reads (`input_features`, `pixel_values`).
    public var inputName: String

    /// A tower of `architecture`'s stack.
    public init(_ architecture: TransformerArchitecture, role: Role, inputName: String) {
      self.stack = [architecture]
      self.role = role
      self.inputName = inputName
    }

    /// The tower's own stack (its width, layers and input).
    public var architecture: TransformerArchitecture { stack[0] }

    /// Positions of the tower's output: the image's patches and class token, or the audio's
    /// positions after the convolutions.
    public var length: Int { architecture.patches?.positions ?? architecture.audio?.positions ?? 1 }

    /// Parameters of the tower and of what joins it to the main stack (the projections and the
    /// logit scale of a contrastive model).
    public var parameters: Int {
      guard case .contrastive(let text, let tower) = role else { return architecture.totalParameters }
      return Int.sum(saturating: [architecture.totalParameters, text.parameters, tower.parameters, 1])
    }

    /// Forward multiply-adds of one example in the tower: its weight matrices on every position,
    /// QKᵀ and A·V over all positions, its per-sequence work (patch projection, convolutions),
    /// and, for a contrastive model, the two projections and the logit product.
    public var multiplyAdds: Int {
      let tower = architecture
      let length = self.length
      var attention = 0
      for layer in tower.layers {
        attention = attention.adding(
          saturating: layer.attention.heads.multiplied(
            saturating: layer.attention.keyHeadSize + layer.attention.valueHeadSize))
      }
      var total = Int.sum(saturating: [
        tower.weightMultiplyAdds.multiplied(saturating: length),
        attention.multiplied(saturating: length).multiplied(saturating: length),
        tower.perSequenceMultiplyAdds,
      ])
      if case .contrastive(let text, let towerProjection) = role {
        total = Int.sum(saturating: [
          total, text.multiplyAdds, towerProjection.multiplyAdds, text.outputs,
        ])
      }
      return total
    }
  }
}
