import Dispatch
import Foundation

/// A plain OS thread running one loop (heartbeat, control, shell, iopub), with a way to wait for its end.
/// The body creates, uses and closes its own sockets, so no socket ever crosses threads.
public final class KernelThread: Sendable {
  private let finished = DispatchSemaphore(value: 0)
  /// The thread's name (shown in debuggers and logs).
  public let name: String

  /// Starts `body` on a new thread named `name`.
  public init(name: String, stackSize: Int = 1 << 22, body: @escaping @Sendable () -> Void) {
    self.name = name
    let finished = self.finished
    let thread = Thread {
      body()
      finished.signal()
    }
    thread.name = name
    thread.stackSize = stackSize
    thread.start()
  }

  /// Waits until the body returned, at most `seconds`; returns whether it did.
  public func join(timeout seconds: Double) -> Bool {
    join(until: .now() + seconds)
  }

  /// Waits until the body returned or `deadline` passed; returns whether it returned.
  public func join(until deadline: DispatchTime) -> Bool {
    guard finished.wait(timeout: deadline) == .success else { return false }
    finished.signal()  // later joins return at once too
    return true
  }
}
