import Foundation
import Synchronization

/// A dedicated OS thread with a large stack that runs jobs one at a time, in order.
/// The session's interpreter is created on it and never leaves it.
final class SessionThread: Sendable {
  private let jobs = Mutex<[@Sendable () -> Void]>([])
  private let available = DispatchSemaphore(value: 0)

  init(name: String, stackSize: Int) {
    let thread = Thread { [self] in self.loop() }
    thread.name = name
    thread.stackSize = stackSize
    thread.start()
  }

  private func loop() {
    while true {
      available.wait()
      let job = jobs.withLock { $0.isEmpty ? nil : $0.removeFirst() }
      job?()
    }
  }

  /// Runs `body` on the thread and waits for its result (nil only if the job could not run).
  func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T? {
    let done = DispatchSemaphore(value: 0)
    let result = Mutex<T?>(nil)
    jobs.withLock {
      $0.append {
        let r = body()
        result.withLock { $0 = r }
        done.signal()
      }
    }
    available.signal()
    done.wait()
    return result.withLock { $0 }
  }
}
