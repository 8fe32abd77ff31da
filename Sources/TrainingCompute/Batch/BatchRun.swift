import Foundation

/// A batch from rows to text, the one loop the CLI's `batch` and the API's batch route share:
/// items go in as the reader yields them, rendered rows come out in their order. Rows are
/// estimated a chunk at a time, on every core when `parallel`, so memory stays flat in the number
/// of rows and the order of the output never depends on the scheduling.
public struct BatchRun {
  /// Rows estimated together; the most held in memory at once.
  public static let chunkSize = 2048

  /// Rows added so far.
  public private(set) var rows = 0
  /// Rows whose outcome was a failure, among those rendered so far.
  public private(set) var failed = 0

  /// The main thread's output (header, separators, footer, and rows when one thread does all);
  /// each worker renders with its own, since the JSON encoder is not shared across threads.
  private let output: BatchOutput
  private var rendered = 0
  private var pending: [BatchReader.Item] = []
  private let catalog: HardwareCatalog
  private let workers: Int

  /// A run rendering `format`; `parallel` spreads each chunk over the machine's cores (the CLI),
  /// otherwise one thread does it all (the server, which already serves requests in parallel).
  public init(format: BatchOutput.Format, parallel: Bool, catalog: HardwareCatalog = .builtIn) {
    output = BatchOutput(format: format)
    self.catalog = catalog
    workers = parallel ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16)) : 1
    pending.reserveCapacity(Self.chunkSize)
  }

  /// The text before the first row.
  public var header: String { output.header }

  /// Adds one item; returns the rendered text of the rows finished by it (empty until a chunk
  /// is full).
  public mutating func add(_ item: BatchReader.Item) -> String {
    rows += 1
    pending.append(item)
    return pending.count >= Self.chunkSize ? flush() : ""
  }

  /// The rows still pending, rendered, and the text after the last row.
  public mutating func finish() -> String { flush() + output.footer(rows: rendered) }

  /// Estimates and renders the pending rows (both on the workers), then joins them in order.
  private mutating func flush() -> String {
    let rows = process(pending)
    pending.removeAll(keepingCapacity: true)
    var text = ""
    for row in rows {
      if row.failed { failed += 1 }
      text += output.separator(before: rendered)
      text += row.text
      rendered += 1
    }
    return text
  }

  /// One row done: its text and whether it failed.
  fileprivate struct Done {
    var text: String
    var failed: Bool
  }

  private func process(_ items: [BatchReader.Item]) -> [Done] {
    let catalog = catalog
    let format = output.format
    guard workers > 1, items.count > 1 else { return items.map { Self.done($0, catalog, output) } }
    let stripes = workers
    var results = [Done?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
      let slots = Slots(base: buffer.baseAddress!)
      // Each worker writes only its own stripe of slots: no two touch the same element.
      DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
        let output = BatchOutput(format: format)
        for index in stride(from: stripe, to: items.count, by: stripes) {
          slots.base[index] = Self.done(items[index], catalog, output)
        }
      }
    }
    return results.map { $0! }
  }

  private static func done(_ item: BatchReader.Item, _ catalog: HardwareCatalog, _ output: BatchOutput)
    -> Done
  {
    let result: BatchRowResult
    switch item {
    case .record(let record): result = BatchRowResult.estimate(record, catalog: catalog)
    case .failure(let failure):
      result = BatchRowResult(line: failure.line, name: nil, outcome: .failure(failure))
    }
    var failed = false
    if case .failure = result.outcome { failed = true }
    return Done(text: output.text(result), failed: failed)
  }
}

/// The results buffer, shared by workers that each write disjoint elements.
private struct Slots: @unchecked Sendable {
  let base: UnsafeMutablePointer<BatchRun.Done?>
}
