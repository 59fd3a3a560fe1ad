import ExecutionEngine

/// Runs a notebook's code cells in order in one engine session and stores what they produce as
/// nbformat outputs, as nbclient does: each run cell's outputs are replaced, consecutive stream
/// outputs of the same name are merged, `clear_output` and display updates are applied, the cell's
/// execution count and timing (`metadata.execution`) are set. Markdown and raw cells, empty code cells
/// and cells with a skip tag are left as they are. The first error stops the run unless the cell is
/// tagged `raises-exception` or errors are allowed; a cell past the time limit is interrupted and
/// stored as a `TimeoutError`.
public struct NotebookExecutor: Sendable {
  /// Receives stream text as the cell produces it (for echoing to a terminal).
  public var echo: @Sendable (StreamName, String) -> Void
  /// Timeout, skip tags, error handling.
  public var settings: ExecutionSettings
  /// Told about each code cell as soon as it has run or been skipped, with the cell as it now is
  /// (for progress lines and output checks).
  public var onCell: @Sendable (CellResult, Cell) -> Void

  public init(
    settings: ExecutionSettings = ExecutionSettings(), echo: @escaping @Sendable (StreamName, String) -> Void = { _, _ in },
    onCell: @escaping @Sendable (CellResult, Cell) -> Void = { _, _ in }
  ) {
    self.echo = echo
    self.settings = settings
    self.onCell = onCell
  }

  /// Runs the code cells of `notebook` in `session`, updating their outputs in place.
  public func run(_ notebook: inout Notebook, in session: Session) -> ExecutionOutcome {
    execute(&notebook, in: session).outcome
  }

  /// Runs the code cells of `notebook` in `session`, updating their outputs in place; returns every cell's result.
  public func execute(_ notebook: inout Notebook, in session: Session) -> ExecutionReport {
    var displays = DisplayIndex()
    var results: [CellResult] = []
    var outcome = ExecutionOutcome.completed
    var lastCount = 0
    let timed = TimedExecution(timeout: settings.timeout, grace: settings.interruptGrace)
    for index in notebook.cells.indices {
      let cell = notebook.cells[index]
      guard cell.kind == .code, cell.source.contains(where: { !$0.isWhitespace }) else { continue }
      if case .failed = outcome {
        results.append(CellResult(index: index, status: .notRun))
        continue
      }
      if let tag = cell.tags.first(where: { settings.skipTags.contains($0) }) {
        report(CellResult(index: index, status: .skipped(tag: tag)), cell, into: &results)
        continue
      }

      notebook.cells[index].outputs = []
      notebook.cells[index].executionCount = nil
      displays.forget(cell: index)

      let collector = CollectingSink()
      let echo = self.echo
      let sink = ClosureSink { event in
        if case .stream(let name, let text) = event { echo(name, text) }
        collector.emit(event)
      }
      let busy = Timestamp.now()
      let ending = timed.execute(ExecuteRequest(code: cell.source, allowStdin: false), in: session, sink: sink)
      let idle = Timestamp.now()

      var recorder = CellOutputRecorder(cell: index)
      for event in collector.events { recorder.apply(event, to: &notebook, displays: &displays) }
      var outputs = recorder.outputs
      let count: Int
      var failure: ErrorReport?
      var status = CellResult.Status.ok
      switch ending {
      case .finished(let reply):
        count = reply.executionCount
        switch reply.status {
        case .ok: break
        case .error(let error): failure = error
        case .aborted: failure = ErrorReport(ename: "Aborted", evalue: "the engine aborted the cell", traceback: [])
        }
      case .timedOut(let reply):
        count = reply.executionCount
        failure = timeoutReport(cell.source)
      case .abandoned:
        count = lastCount + 1
        failure = timeoutReport(cell.source)
      }
      lastCount = count
      if let error = failure {
        if case .finished = ending {
          if !outputs.contains(where: Self.isError) {
            outputs.append(.error(ename: error.ename, evalue: error.evalue, traceback: error.traceback))
          }
          status = cell.tags.contains("raises-exception") ? .expectedError(error) : .error(error)
        } else {
          outputs.removeAll(where: Self.isError)  // the KeyboardInterrupt the interrupt caused
          outputs.append(.error(ename: error.ename, evalue: error.evalue, traceback: error.traceback))
          status = .timedOut(error)
        }
      }
      notebook.cells[index].outputs = outputs
      notebook.cells[index].executionCount = count
      let reply = Timestamp.now()
      if settings.recordTiming {
        let timing = CellTiming(busy: busy, executeInput: busy, idle: idle, executeReply: reply)
        notebook.cells[index].metadata["execution"] = timing.json
      }
      let result = CellResult(index: index, executionCount: count, status: status, duration: busy.interval(to: reply))
      report(result, notebook.cells[index], into: &results)
      if case .abandoned = ending, let failure {
        outcome = .failed(cellIndex: index, failure)
      } else if result.failed && !settings.allowErrors, let failure {
        outcome = .failed(cellIndex: index, failure)
      }
    }
    return ExecutionReport(outcome: outcome, cells: results)
  }

  private func report(_ result: CellResult, _ cell: Cell, into results: inout [CellResult]) {
    results.append(result)
    onCell(result, cell)
  }

  private func timeoutReport(_ source: String) -> ErrorReport {
    let message = TimedExecution.timeoutMessage(timeout: settings.timeout ?? 0, source: source)
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    return ErrorReport(ename: "TimeoutError", evalue: message, traceback: ["TimeoutError: " + (lines.first ?? "")] + lines.dropFirst())
  }

  private static func isError(_ output: Output) -> Bool {
    if case .error = output { return true }
    return false
  }
}
