// The cross-unit operators that are physically meaningful, and no others.

extension FLOPRate {
  /// Work done at this rate over a span of time.
  public static func * (rate: FLOPRate, time: Seconds) -> FLOPs { FLOPs(rate.value * time.value) }
  /// Work done at this rate over a span of time.
  public static func * (time: Seconds, rate: FLOPRate) -> FLOPs { FLOPs(rate.value * time.value) }
}

extension FLOPs {
  /// Time needed to do this much work at a sustained rate.
  public static func / (work: FLOPs, rate: FLOPRate) -> Seconds { Seconds(work.value / rate.value) }
  /// The average rate at which this much work was done over a span of time.
  public static func / (work: FLOPs, time: Seconds) -> FLOPRate { FLOPRate(work.value / time.value) }
}

extension Bytes {
  /// Time needed to move this much data at a sustained rate.
  public static func / (data: Bytes, rate: BytesPerSecond) -> Seconds { Seconds(data.value / rate.value) }
}
