/// Everything a `NotebookExecutor` run found: the overall outcome and one result per code cell that
/// has code (in notebook order).
public struct ExecutionReport: Sendable, Equatable {
  /// Whether the run stopped at a failing cell.
  public var outcome: ExecutionOutcome
  /// Per-cell results.
  public var cells: [CellResult]

  public init(outcome: ExecutionOutcome, cells: [CellResult]) {
    self.outcome = outcome
    self.cells = cells
  }
}
