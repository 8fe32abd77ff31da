/// Training FLOP per token of a transformer under the conventions in use, side by side, so a
/// reader can see which one a published figure used. Every formula lives here, with its source.
///
/// N is the active parameter count (for mixture-of-experts models, the parameters one token uses);
/// "non-embedding" leaves out token and position embeddings and an untied output matrix (Kaplan et
/// al. 2020, §2.1). Training = forward + backward, the backward pass being twice the forward.
public struct TransformerConventions: Sendable, Equatable {
  /// The plain numbers the formulas need.
  public struct Model: Sendable, Equatable {
    /// Parameters one token uses (all parameters for a dense model).
    public var activeParameters: Double
    /// Token and position embeddings plus an untied output matrix.
    public var embeddingParameters: Double
    /// Token and position embeddings only (the output matrix is a real product).
    public var inputEmbeddingParameters: Double
    /// Σ over attention blocks of heads × query/key head size: n_layer·d_attn, or L·H·Q.
    public var attentionWidth: Double
    /// Forward multiply-adds per token in weight matrices (projections, experts, output head).
    public var weightMultiplyAdds: Double
    /// Forward multiply-adds of QKᵀ and A·V per token per attended position, in blocks that a
    /// causal mask can halve (decoder self-attention).
    public var maskableAttentionMultiplyAdds: Double
    /// The same in blocks that always attend to everything (encoder and cross-attention).
    public var unmaskedAttentionMultiplyAdds: Double
    /// Forward multiply-adds of QKᵀ and A·V per token in cross-attention over a fixed number of
    /// encoder positions (Whisper's decoder over its 1,500 audio positions), that number already
    /// multiplied in: it does not grow with T.
    public var fixedContextAttentionMultiplyAdds: Double = 0
    /// Parameters of a part that runs once per example rather than once per token (Whisper's
    /// audio encoder, CLIP's vision tower): counted in N, though no text token uses them.
    public var perExampleParameters: Double = 0
    /// Multiply-adds done once per sequence rather than per token (BERT's pooler on the first
    /// token), spread over the sequence's tokens in the detailed count.
    public var perSequenceMultiplyAdds: Double = 0
    /// State-space and recurrent layers (Mamba, Mamba-2, RWKV), whose products the detailed count
    /// takes from the layers themselves for the training sequence length; they have no T² term.
    public var sequenceMixers: [SequenceMixer] = []

    /// The numbers; see each property.
    public init(
      activeParameters: Double, embeddingParameters: Double, inputEmbeddingParameters: Double,
      attentionWidth: Double, weightMultiplyAdds: Double, maskableAttentionMultiplyAdds: Double,
      unmaskedAttentionMultiplyAdds: Double
    ) {
      self.activeParameters = activeParameters
      self.embeddingParameters = embeddingParameters
      self.inputEmbeddingParameters = inputEmbeddingParameters
      self.attentionWidth = attentionWidth
      self.weightMultiplyAdds = weightMultiplyAdds
      self.maskableAttentionMultiplyAdds = maskableAttentionMultiplyAdds
      self.unmaskedAttentionMultiplyAdds = unmaskedAttentionMultiplyAdds
    }
  }

  /// One convention's figure.
  public struct Row: Sendable, Equatable, Codable {
    /// Short name.
    public var convention: String
    /// Training FLOP per token.
    public var trainingFLOPPerToken: FLOPs
    /// The formula, in the symbols of its source.
    public var formula: String
    /// Where it comes from and what it counts.
    public var source: String

    enum CodingKeys: String, CodingKey {
      case convention, formula, source
      case trainingFLOPPerToken = "training_flop_per_token"
    }
  }

  /// The model.
  public var model: Model
  /// The training sequence lengths.
  public var sequences: SequenceLengths
  /// Whether causal masking halves decoder self-attention in the detailed count.
  public var masking: AttentionMasking

  /// The conventions for `model` trained on `sequences`.
  public init(model: Model, sequences: SequenceLengths, masking: AttentionMasking) {
    self.model = model
    self.sequences = sequences
    self.masking = masking
  }

  /// T: the tokens-weighted sequence length (see `SequenceLengths.attentionContext`).
  public var context: Double { sequences.attentionContext }

  /// Detailed forward FLOP per token: 2 × (weight multiply-adds + attention multiply-adds × T +
  /// cross-attention over a fixed encoder length), masked self-attention times 1/2 when causal.
  public var detailedForwardPerToken: FLOPs {
    let attention =
      (model.maskableAttentionMultiplyAdds * masking.factor + model.unmaskedAttentionMultiplyAdds) * context
    let length = sequences.meanLength
    let perSequence =
      model.perSequenceMultiplyAdds > 0 && length > 0 ? model.perSequenceMultiplyAdds / length : 0
    let mixerLength = max(1, Int(length.rounded()))
    let mixers = model.sequenceMixers.reduce(0.0) {
      $0 + $1.forwardMatrixFLOP(sequenceLength: mixerLength) / Double(mixerLength)
    }
    return FLOPs(
      2 * (model.weightMultiplyAdds + perSequence + attention + model.fixedContextAttentionMultiplyAdds)
        + mixers)
  }

  /// What the figures leave out or assume for this model: an attention-free model (all of its
  /// sequence mixing done by state-space or recurrent layers) has no T² term, so every convention
  /// but the detailed count reduces to 6N; a hybrid has one only in its attention layers.
  public var caveats: [String] {
    var caveats: [String] = []
    if model.perExampleParameters > 0 {
      caveats.append(
        "\(NumberFormatting.plain(model.perExampleParameters)) of the parameters run once per example, not once per token (a tower reading the model's other input, an audio encoder or a vision tower, and what joins it to the text): the 6N, Kaplan and PaLM rows count them for every token, the detailed count once per example"
      )
    }
    return caveats + recurrentCaveats
  }

  /// The caveat of a model with state-space or recurrent layers.
  private var recurrentCaveats: [String] {
    guard !model.sequenceMixers.isEmpty else { return [] }
    let mixing =
      "the detailed count adds the recurrent layers' own products per token (convolutions, the selective-scan readout, Mamba-2's chunk products), linear in T; their element-wise scan is not in any row"
    if model.attentionWidth == 0 {
      return [
        "attention-free model (state-space or recurrent layers only): no T² attention term, so Kaplan's and PaLM's formulas reduce to their 6N parts; "
          + mixing
      ]
    }
    return [
      "hybrid model: only its attention layers have a T² term (\(model.sequenceMixers.count) state-space or recurrent layers have none); "
        + mixing
    ]
  }

  /// Every convention, detailed count first.
  public var rows: [Row] {
    let n = model.activeParameters
    let nonEmbedding = n - model.embeddingParameters
    let withHead = n - model.inputEmbeddingParameters
    let attention = model.attentionWidth * context
    let detailed = detailedForwardPerToken.value
    return [
      Row(
        convention: "detailed (\(masking.rawValue) attention)", trainingFLOPPerToken: FLOPs(3 * detailed),
        formula:
          "3 × 2 × (weight multiply-adds + attention multiply-adds × T\(masking == .causal ? " / 2" : ""))"
          + (model.sequenceMixers.isEmpty ? "" : " + 3 × recurrent-layer products"),
        source: "every matrix product of the model, output head included; backward = 2 × forward"),
      Row(
        convention: "6N (all parameters)", trainingFLOPPerToken: FLOPs(6 * n), formula: "6 · N",
        source: "the 6ND rule with N all (active) parameters, embeddings included"),
      Row(
        convention: "6N (non-embedding)", trainingFLOPPerToken: FLOPs(6 * nonEmbedding),
        formula: "6 · N_non-embedding",
        source: "Kaplan et al. 2020 §2.1 and Hugging Face Trainer's floating_point_ops"),
      Row(
        convention: "Kaplan et al. 2020", trainingFLOPPerToken: FLOPs(3 * (2 * nonEmbedding + 2 * attention)),
        formula: "3 · (2N + 2 · n_layer · n_ctx · d_attn)",
        source: "Kaplan et al. 2020 §2.1, Table 1: forward 2N + 2·n_layer·n_ctx·d_attn, N non-embedding"),
      Row(
        convention: "PaLM (full attention)", trainingFLOPPerToken: FLOPs(6 * withHead + 12 * attention),
        formula: "6N + 12 · L · H · Q · T",
        source: "Chowdhery et al. 2022, Appendix B (MFU); N without input embeddings, as torchtitan counts it"
      ),
      Row(
        convention: "PaLM, causal-halved", trainingFLOPPerToken: FLOPs(6 * withHead + 6 * attention),
        formula: "6N + 6 · L · H · Q · T",
        source: "PaLM's formula with QKᵀ and A·V halved by the causal mask (Megatron-LM, MaxText)"),
      Row(
        convention: "hardware FLOP, full recomputation", trainingFLOPPerToken: FLOPs(4 * detailed),
        formula: "4 × detailed forward",
        source:
          "Korthikanti et al. 2022; Chowdhery et al. 2022 (HFU): recomputing activations adds one forward pass, so HFU = 4/3 × MFU"
      ),
    ]
  }
}
