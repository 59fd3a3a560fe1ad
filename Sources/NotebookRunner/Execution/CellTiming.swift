import ExecutionEngine

/// When one cell ran, as nbclient records it in `metadata.execution` when `record_timing` is on.
public struct CellTiming: Sendable, Equatable {
  /// The kernel went busy (the request arrived).
  public var busy: Timestamp
  /// The kernel announced the code it runs.
  public var executeInput: Timestamp
  /// The kernel went idle (all outputs sent).
  public var idle: Timestamp
  /// The shell reply arrived.
  public var executeReply: Timestamp

  public init(busy: Timestamp, executeInput: Timestamp, idle: Timestamp, executeReply: Timestamp) {
    self.busy = busy
    self.executeInput = executeInput
    self.idle = idle
    self.executeReply = executeReply
  }

  /// Seconds the cell took.
  public var duration: Double { busy.interval(to: executeReply) }

  /// The cell metadata value nbclient writes under `execution`.
  public var json: JSONValue {
    [
      "iopub.execute_input": .string(executeInput.iso8601),
      "iopub.status.busy": .string(busy.iso8601),
      "iopub.status.idle": .string(idle.iso8601),
      "shell.execute_reply": .string(executeReply.iso8601),
    ]
  }
}
