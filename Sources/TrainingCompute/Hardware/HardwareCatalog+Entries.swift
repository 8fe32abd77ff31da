// The built-in accelerator rows, one file per vendor family. Conventions for every row: peaks are
// dense (no 2:4 sparsity: "with sparsity" figures are halved), per chip (exceptions say so in the
// name and notes), copied unrounded from the cited source. `fp16` is the tensor/matrix FP16 rate
// with FP32 accumulate where matrix units exist; on chips without them it is the vector rate and
// is then not in `matrixPrecisions`. TPUs publish BF16 only.

extension HardwareCatalog {
  static let entries: [Accelerator] =
    nvidiaKeplerToTuringEntries + nvidiaAmpereToBlackwellEntries + nvidiaDesktopEntries
    + amdEntries + googleEntries + otherVendorEntries + addedEntries + newArchitectureEntries
}
