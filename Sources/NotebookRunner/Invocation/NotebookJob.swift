import ExecutionEngine
import Synchronization

/// Runs one notebook of a `swifttorch run` in its own session: injects parameters, executes the cells,
/// compares outputs (`--check`), writes the result, and logs progress lines, diffs and tracebacks.
struct NotebookJob: Sendable {
  /// The notebook as named for the user.
  var path: String
  /// 1-based position in the run and the number of notebooks (the `[3/12]` of progress lines).
  var position: Int
  var total: Int
  /// The notebook as read.
  var notebook: Notebook
  /// Where to write the executed notebook; nil when nothing is written.
  var destination: String?
  var settings: RunSettings

  /// Runs the notebook; everything it prints goes to `log`.
  func run(in session: Session, log: NotebookLog) -> NotebookResult {
    let started = Timestamp.now()
    let prefix = "[\(position)/\(total)] \(path)"
    var executed = notebook
    ParameterInjector.inject(settings.parameters, into: &executed)
    KernelIdentity.stamp(&executed)

    let stored = Dictionary(notebook.cells.compactMap { cell in cell.id.map { ($0, cell) } }, uniquingKeysWith: { a, _ in a })
    let diffs = Mutex<[Int: String]>([:])
    let settings = self.settings
    let path = self.path
    let executor = NotebookExecutor(
      settings: settings.execution,
      echo: { stream, text in if settings.echo { log.write(stream, text) } },
      onCell: { result, cell in
        var word = result.word
        if settings.check, let diff = Self.compare(result, cell, stored: cell.id.flatMap { stored[$0] }, settings: settings, path: path) {
          diffs.withLock { $0[result.index] = diff }
          if !settings.update { word = "differs" }
        }
        if settings.cellLines, result.status != .notRun {
          log.line("\(prefix) cell \(result.index + 1) \(word) \(NotebookResult.seconds(result.duration))")
        }
        if let diff = diffs.withLock({ $0[result.index] }) { log.write(.stdout, diff) }
      })
    let report = executor.execute(&executed, in: session)
    let cellDiffs = diffs.withLock { $0 }

    var result = NotebookResult(path: path, status: .passed, cells: report.cells, diffs: cellDiffs, started: started)
    if case .failed(let index, let error) = report.outcome {
      result.status = .failed
      let count = executed.cells.indices.contains(index) ? executed.cells[index].executionCount.map { " (In [\($0)])" } ?? "" : ""
      let what =
        error.ename == "TimeoutError" && report.cells.contains { $0.index == index && $0.status == .timedOut(error) }
        ? "timed out after \(NotebookResult.seconds(settings.execution.timeout ?? 0))"
        : "raised \(error.ename): \(error.evalue)"
      result.message = "\(path): cell \(index + 1)\(count) \(what)"
      log.traceback(error.traceback)
    } else if !cellDiffs.isEmpty {
      let cells = cellDiffs.keys.sorted().map { String($0 + 1) }.joined(separator: ", ")
      result.status = settings.update ? .updated : .differs
      result.message = "\(path): outputs of cell\(cellDiffs.count == 1 ? "" : "s") \(cells) differ from the stored ones"
    }
    if settings.execution.allowErrors {
      for cell in report.cells where cell.failed {
        if let error = cell.report {
          log.message("swifttorch run: \(path): cell \(cell.index + 1) raised \(error.ename) (allowed: --allow-errors)")
        }
      }
    }
    if let destination {
      do {
        try NotebookFile.save(executed, to: destination, writer: settings.writer)
        if result.status == .failed, let message = result.message {
          result.message = message + " (outputs up to it written to \(destination))"
        }
      } catch {
        result.status = .unwritten
        result.message = error.description
      }
    }
    if let message = result.message, result.status != .passed {
      log.message("swifttorch run: \(result.status == .unwritten ? "error: " : "")\(message)")
    }
    result.duration = started.interval(to: .now())
    let counts = result.cellCounts
    if !settings.cellLines || total > 1 {
      log.line("\(prefix) \(result.status.rawValue) \(counts.ran)/\(counts.total) cells \(NotebookResult.seconds(result.duration))")
    }
    return result
  }

  /// The diff of a cell's outputs against the stored cell, when `--check` compares it and they differ.
  /// Cells not run, tagged `nbval-ignore-output`, or never run in the stored notebook are not compared.
  static func compare(_ result: CellResult, _ cell: Cell, stored: Cell?, settings: RunSettings, path: String) -> String? {
    switch result.status {
    case .ok, .expectedError: break
    case .error, .timedOut: guard settings.execution.allowErrors else { return nil }
    case .skipped, .notRun: return nil
    }
    guard !cell.tags.contains("nbval-ignore-output") else { return nil }
    let storedOutputs = stored?.outputs ?? []
    // nbval: a reference cell that was never run is not compared.
    if let stored, stored.executionCount == nil, stored.outputs.isEmpty { return nil }
    let label = "\(path) cell \(result.index + 1)"
    return OutputComparison.diff(
      stored: storedOutputs, new: cell.outputs, sanitizer: settings.sanitizer, storedLabel: "stored: \(label)", newLabel: "new: \(label)")
  }
}
