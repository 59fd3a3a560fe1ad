import ExecutionEngine

/// Runs a notebook's code cells in order in one engine session and stores what they produce as
/// nbformat outputs, as nbclient does: each run cell's outputs are replaced, consecutive stream
/// outputs of the same name are merged, `clear_output` and display updates are applied, and the cell's
/// execution count is set. Markdown and raw cells, empty code cells and cells tagged `skip-execution`
/// are left as they are. The first error stops the run unless the cell is tagged `raises-exception`.
public struct NotebookExecutor: Sendable {
  /// Receives stream text as the cell produces it (for echoing to a terminal).
  public var echo: @Sendable (StreamName, String) -> Void

  public init(echo: @escaping @Sendable (StreamName, String) -> Void = { _, _ in }) {
    self.echo = echo
  }

  /// Runs the code cells of `notebook` in `session`, updating their outputs in place.
  public func run(_ notebook: inout Notebook, in session: Session) -> ExecutionOutcome {
    var displays = DisplayIndex()
    for index in notebook.cells.indices {
      let cell = notebook.cells[index]
      guard cell.kind == .code, !cell.tags.contains("skip-execution"),
        cell.source.contains(where: { !$0.isWhitespace })
      else { continue }

      notebook.cells[index].outputs = []
      notebook.cells[index].executionCount = nil
      displays.forget(cell: index)

      let collector = CollectingSink()
      let echo = self.echo
      let sink = ClosureSink { event in
        if case .stream(let name, let text) = event { echo(name, text) }
        collector.emit(event)
      }
      let reply = session.execute(ExecuteRequest(code: cell.source, allowStdin: false), sink: sink)

      var recorder = CellOutputRecorder(cell: index)
      for event in collector.events { recorder.apply(event, to: &notebook, displays: &displays) }
      notebook.cells[index].outputs = recorder.outputs
      notebook.cells[index].executionCount = reply.executionCount

      let report: ErrorReport
      switch reply.status {
      case .ok: continue
      case .error(let error): report = error
      case .aborted: report = ErrorReport(ename: "Aborted", evalue: "the engine aborted the cell", traceback: [])
      }
      if !recorder.outputs.contains(where: { if case .error = $0 { return true } else { return false } }) {
        notebook.cells[index].outputs.append(.error(ename: report.ename, evalue: report.evalue, traceback: report.traceback))
      }
      if !cell.tags.contains("raises-exception") { return .failed(cellIndex: index, report) }
    }
    return .completed
  }
}
