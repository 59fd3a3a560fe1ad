import Dispatch
import ExecutionEngine
import Synchronization

/// Runs one request in a session with an optional time limit. When the limit passes the session is
/// interrupted (`Session.interrupt()`, a KeyboardInterrupt in the running code); if the code still has
/// not stopped after `grace` seconds the cell is given up on, and the session must not be used again.
struct TimedExecution {
  /// How a timed request ended.
  enum Ending: Sendable {
    /// The request finished by itself.
    case finished(ExecuteReply)
    /// The limit passed; the interrupt stopped the code and this is the reply it then sent.
    case timedOut(ExecuteReply)
    /// The limit passed and the code ignored the interrupt: the session is still busy.
    case abandoned
  }

  /// Seconds the cell may run; nil for no limit.
  var timeout: Double?
  /// Seconds to wait after the interrupt before giving up on the session.
  var grace: Double = 10

  func execute(_ request: ExecuteRequest, in session: Session, sink: any OutputSink) -> Ending {
    guard let timeout, timeout > 0 else { return .finished(session.execute(request, sink: sink)) }
    let done = DispatchSemaphore(value: 0)
    let reply = Mutex<ExecuteReply?>(nil)
    DispatchQueue.global().async {
      let r = session.execute(request, sink: sink)
      reply.withLock { $0 = r }
      done.signal()
    }
    if done.wait(timeout: .now() + .nanoseconds(Self.nanoseconds(timeout))) == .success {
      return reply.withLock { $0 }.map(Ending.finished) ?? .abandoned
    }
    session.interrupt()
    guard done.wait(timeout: .now() + .nanoseconds(Self.nanoseconds(grace))) == .success else { return .abandoned }
    return reply.withLock { $0 }.map(Ending.timedOut) ?? .abandoned
  }

  /// Seconds as whole nanoseconds, clamped to a day so the conversion cannot overflow.
  static func nanoseconds(_ seconds: Double) -> Int {
    guard seconds.isFinite, seconds > 0 else { return 0 }
    return Int(min(seconds, 86_400) * 1_000_000_000)
  }

  /// nbclient's `CellTimeoutError` text for a cell that ran past `timeout` seconds.
  static func timeoutMessage(timeout: Double, source: String) -> String {
    let lines = source.trimmingWhitespace().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let preview: String
    if source.isEmpty {
      preview = "Cell contents not found."
    } else if lines.count < 11 {
      preview = source
    } else {
      func pyList(_ items: ArraySlice<String>) -> String {
        "[" + items.map { "'" + $0.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'" }.joined(separator: ", ") + "]"
      }
      preview = pyList(lines.prefix(5)) + "\n...\n" + pyList(lines.suffix(5))
    }
    let seconds = timeout == timeout.rounded() && abs(timeout) < 1e15 ? String(Int(timeout)) : String(timeout)
    return "A cell timed out while it was being executed, after \(seconds) seconds.\n"
      + "The message was: Cell execution timed out.\n"
      + "Here is a preview of the cell contents:\n"
      + "-------------------\n"
      + "\(preview)\n"
      + "-------------------\n"
  }
}
