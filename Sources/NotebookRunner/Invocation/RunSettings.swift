/// What every notebook of one `swifttorch run` shares: how cells run, whether outputs are checked or
/// written, the parameters to inject and how progress is shown.
struct RunSettings: Sendable {
  /// Timeout, error handling, skip tags.
  var execution: ExecutionSettings
  /// `--check`: compare outputs with the stored ones.
  var check: Bool
  /// `--update`: with `--check`, accept new outputs (differences do not fail the run).
  var update: Bool
  /// Applied to both sides before comparing.
  var sanitizer: Sanitizer
  /// Injected as papermill does (none: nothing injected).
  var parameters: [NotebookParameter]
  /// Echo cells' stream text (not in check mode).
  var echo: Bool
  /// Print a line per cell (stdout is not a terminal) rather than one per notebook.
  var cellLines: Bool
  /// Writes notebooks atomically.
  var writer: AtomicFileWriter
}
