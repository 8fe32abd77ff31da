/// A number format whose peak throughput a chip publishes.
///
/// `fp16` and `bf16` mean matrix (tensor-core) throughput with FP32 accumulation where the chip has
/// matrix units, which is what mixed-precision training runs at; on chips without them, the vector
/// rate. `int8` counts integer operations (OP/s), which the catalog keeps beside FLOP/s.
public enum Precision: String, CaseIterable, Codable, Sendable, Comparable {
  case fp64, fp32, tf32, fp16, bf16, fp8, fp6, fp4, int8

  /// Reads `fp16`, `FP16`, `half`, `bfloat16` …; the error lists every precision allowed.
  public init(parsing text: String) throws(EstimateError) {
    let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
    switch key {
    case "fp64", "float64", "double", "f64": self = .fp64
    case "fp32", "float32", "single", "float", "f32": self = .fp32
    case "tf32", "tensorfloat32": self = .tf32
    case "fp16", "float16", "half", "f16": self = .fp16
    case "bf16", "bfloat16": self = .bf16
    case "fp8", "float8", "e4m3", "e5m2": self = .fp8
    case "fp6", "float6", "mxfp6", "e3m2", "e2m3": self = .fp6
    case "fp4", "float4", "mxfp4", "nvfp4", "e2m1": self = .fp4
    case "int8", "i8": self = .int8
    default: throw .unknownPrecision(text: text)
    }
  }

  /// The name people read: `FP16`, `BF16`, `INT8`.
  public var displayName: String { rawValue.uppercased() }

  /// Whether the peak counts integer operations rather than floating-point ones.
  public var isInteger: Bool { self == .int8 }

  public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.order < rhs.order }

  private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
