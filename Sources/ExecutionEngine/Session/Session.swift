import PythonRuntime
import Synchronization

/// Settings of one session.
public struct SessionConfiguration: Sendable {
  /// How tracebacks are formatted: IPython's for cells in a kernel or notebook, CPython's for scripts.
  public enum TracebackStyle: Sendable { case ipython, cpython }
  public var tracebackStyle: TracebackStyle
  /// ANSI colours in IPython-style tracebacks.
  public var colors: Bool
  /// Memory budget in bytes for lists, strings and tensors (nil: 75% of physical memory or SWIFTTORCH_MEMORY_LIMIT).
  public var memoryBudget: Int?
  public init(tracebackStyle: TracebackStyle = .ipython, colors: Bool = true, memoryBudget: Int? = nil) {
    self.tracebackStyle = tracebackStyle
    self.colors = colors
    self.memoryBudget = memoryBudget
  }
}

/// How a script run ended (`swifttorch run file.py`).
public struct ScriptResult: Sendable, Equatable {
  /// The process exit code python would give: 0, 1 after an uncaught exception, or `sys.exit(n)`'s.
  public var exitCode: Int32
  public init(exitCode: Int32) { self.exitCode = exitCode }
}

/// One interpreter session: persistent globals, execution count, history and interrupt flag.
/// All its Python state lives on one dedicated thread with a large stack; `execute` hands code to that
/// thread and waits. Several sessions can live in one process. Knows nothing of ZeroMQ or files.
public final class Session: Sendable {
  let thread: SessionThread
  let core: UncheckedCore
  private let interruptFlag = InterruptFlag()

  public init(configuration: SessionConfiguration = .init()) {
    thread = SessionThread(name: "swifttorch-session", stackSize: 1 << 30)
    let flag = interruptFlag
    let box = UncheckedCore()
    thread.run { box.core = EngineCore(configuration: configuration, interrupt: flag) }
    core = box
  }

  /// The execution count of the last counted cell (0 before the first).
  public var executionCount: Int {
    let box = core
    return thread.run { box.core?.executionCount ?? 0 } ?? 0
  }

  /// Runs one cell. Output events go to `sink` (on the session thread) before this returns.
  public func execute(_ request: ExecuteRequest, sink: any OutputSink, input: (any InputProvider)? = nil) -> ExecuteReply {
    let box = core
    let failed = ErrorReport(ename: "SystemError", evalue: "the session thread is not running", traceback: [])
    _ = interruptFlag.consume()
    return thread.run {
      box.core?.execute(request, sink: sink, input: input) ?? ExecuteReply(status: .error(failed), executionCount: 0)
    } ?? ExecuteReply(status: .error(failed), executionCount: 0)
  }

  /// Runs a whole file as `python path argv...` would: `__name__ == "__main__"`, `sys.argv = [path] + argv`,
  /// CPython-style traceback on stderr for an uncaught exception.
  public func runScript(path: String, source: String, argv: [String], sink: any OutputSink) -> ScriptResult {
    let box = core
    _ = interruptFlag.consume()
    return thread.run { box.core?.runScript(path: path, source: source, argv: argv, sink: sink) ?? ScriptResult(exitCode: 1) } ?? ScriptResult(exitCode: 1)
  }

  /// Asks the running code to stop with KeyboardInterrupt. Safe from any thread (and from a signal source).
  public func interrupt() { interruptFlag.request() }
}

/// Holds the thread-confined core; only touched from jobs on the session thread.
final class UncheckedCore: @unchecked Sendable {
  var core: EngineCore?
}
