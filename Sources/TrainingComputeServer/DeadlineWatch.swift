import Dispatch
import Foundation

/// Cancels work whose deadline has passed. One timer, outside Swift's cooperative thread pool (so
/// busy request threads cannot delay it), sweeps every `resolution` and calls the expiry handlers
/// of the entries past their deadline; watching a request costs a lock and a dictionary entry, not
/// a timer of its own.
final class DeadlineWatch: @unchecked Sendable {
  /// The one watch the server's requests share.
  static let shared = DeadlineWatch(resolution: .milliseconds(10))

  private let lock = NSLock()
  private var entries: [UInt64: (deadline: DispatchTime, expire: @Sendable () -> Void)] = [:]
  private var nextID: UInt64 = 0
  private let timer: any DispatchSourceTimer

  private init(resolution: DispatchTimeInterval) {
    timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "trainflops.deadlines"))
    timer.schedule(deadline: .now() + resolution, repeating: resolution, leeway: resolution)
    timer.setEventHandler { [unowned self] in sweep() }
    timer.resume()
  }

  /// Calls `expire` once `deadline` has passed, unless `forget` is called first; returns the
  /// ticket for `forget`.
  func watch(until deadline: DispatchTime, expire: @escaping @Sendable () -> Void) -> UInt64 {
    lock.withLock {
      nextID &+= 1
      entries[nextID] = (deadline, expire)
      return nextID
    }
  }

  /// Stops watching the entry `ticket` names.
  func forget(_ ticket: UInt64) {
    _ = lock.withLock { entries.removeValue(forKey: ticket) }
  }

  private func sweep() {
    let now = DispatchTime.now()
    let expired = lock.withLock {
      let due = entries.filter { $0.value.deadline <= now }
      for ticket in due.keys { entries.removeValue(forKey: ticket) }
      return due.values.map(\.expire)
    }
    for expire in expired { expire() }
  }
}
