/// How `NotebookExecutor` runs a notebook's cells.
public struct ExecutionSettings: Sendable, Equatable {
  /// Seconds each cell may run before it is interrupted and recorded as a `TimeoutError`; nil for no limit.
  public var timeout: Double?
  /// Keep going after a cell raises (as nbclient's `allow_errors`): the error is stored and the run succeeds.
  public var allowErrors: Bool
  /// Cells with any of these tags are not run and keep their outputs.
  public var skipTags: Set<String>
  /// Store nbclient's per-cell timing (`metadata.execution`).
  public var recordTiming: Bool
  /// Seconds to wait, after interrupting a cell that timed out, before giving up on its session.
  public var interruptGrace: Double

  public init(
    timeout: Double? = nil, allowErrors: Bool = false, skipTags: Set<String> = ["skip-execution"],
    recordTiming: Bool = true, interruptGrace: Double = 10
  ) {
    self.timeout = timeout
    self.allowErrors = allowErrors
    self.skipTags = skipTags
    self.recordTiming = recordTiming
    self.interruptGrace = interruptGrace
  }
}
