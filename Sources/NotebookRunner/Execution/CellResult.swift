import ExecutionEngine

/// What happened to one code cell in a run.
public struct CellResult: Sendable, Equatable {
  /// How the cell ended.
  public enum Status: Sendable, Equatable {
    /// It ran without an error.
    case ok
    /// It was not run because of this tag; its stored outputs were kept.
    case skipped(tag: String)
    /// It raised and was not tagged `raises-exception`.
    case error(ErrorReport)
    /// It raised as its `raises-exception` tag says it should.
    case expectedError(ErrorReport)
    /// It ran past the time limit and was interrupted (the report is the `TimeoutError`).
    case timedOut(ErrorReport)
    /// An earlier cell stopped the run.
    case notRun
  }

  /// The cell's index in the notebook.
  public var index: Int
  /// `In[n]` when it ran.
  public var executionCount: Int?
  public var status: Status
  /// Seconds it took (0 when it did not run).
  public var duration: Double

  public init(index: Int, executionCount: Int? = nil, status: Status, duration: Double = 0) {
    self.index = index
    self.executionCount = executionCount
    self.status = status
    self.duration = duration
  }

  /// Whether the cell's result fails the run (an unexpected error or a timeout).
  public var failed: Bool {
    switch status {
    case .error, .timedOut: return true
    default: return false
    }
  }

  /// The error the cell raised, expected or not.
  public var report: ErrorReport? {
    switch status {
    case .error(let r), .expectedError(let r), .timedOut(let r): return r
    default: return nil
    }
  }

  /// `ok`, `skipped`, `error`, `expected error`, `timeout`, `not run`.
  public var word: String {
    switch status {
    case .ok: return "ok"
    case .skipped: return "skipped"
    case .error: return "error"
    case .expectedError: return "ok (expected error)"
    case .timedOut: return "timeout"
    case .notRun: return "not run"
    }
  }
}
