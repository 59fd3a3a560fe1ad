import ExecutionEngine

/// How running a notebook's code cells ended.
public enum ExecutionOutcome: Sendable, Equatable {
  /// Every code cell ran (or was skipped) without an error.
  case completed
  /// The cell at `cellIndex` raised; later cells did not run and keep their old outputs.
  case failed(cellIndex: Int, ErrorReport)
}
