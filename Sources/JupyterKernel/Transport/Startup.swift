import Foundation
import Dispatch
import Synchronization

/// Collects the bind results of the kernel's threads.
final class Startup: Sendable {
  private let results = Mutex<[ZMQError?]>([])
  private let semaphore = DispatchSemaphore(value: 0)

  func report(_ error: ZMQError?) {
    results.withLock { $0.append(error) }
    semaphore.signal()
  }

  /// Waits for `count` reports (10 s at most); returns the first failure, if any.
  func wait(count: Int) -> ZMQError? {
    for _ in 0..<count where semaphore.wait(timeout: .now() + 10) == .timedOut {
      return ZMQError("thread startup timed out", code: ETIMEDOUT)
    }
    return results.withLock { r in r.compactMap { $0 }.first }
  }
}
