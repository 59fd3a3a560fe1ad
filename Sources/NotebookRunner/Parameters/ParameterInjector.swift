import ExecutionEngine

/// Injects parameters into a notebook as papermill's `parameterize_notebook` does: a new code cell tagged
/// `injected-parameters` holding `# Parameters` and one `NAME = VALUE` line per parameter replaces an
/// earlier injected cell, or goes right after the first cell tagged `parameters`, or at the top.
/// The values are also recorded in the notebook's `metadata.papermill.parameters`.
public enum ParameterInjector {
  /// The tag papermill puts on the cell it injects.
  public static let injectedTag = "injected-parameters"
  /// The tag that marks the notebook's default parameters.
  public static let parametersTag = "parameters"

  /// papermill's `PythonTranslator.codify` (without black): `# Parameters\nNAME = VALUE\n...`.
  public static func source(_ parameters: [NotebookParameter]) -> String {
    parameters.reduce(into: "# Parameters\n") { $0 += "\($1.name) = \($1.value.pythonSource)\n" }
  }

  /// Returns the index of the injected cell. Does nothing (returns nil) when there are no parameters.
  @discardableResult
  public static func inject(_ parameters: [NotebookParameter], into notebook: inout Notebook) -> Int? {
    guard !parameters.isEmpty else { return nil }
    let cell = Cell(kind: .code, source: source(parameters), metadata: ["tags": [.string(injectedTag)]])
    let index: Int
    if let injected = notebook.cells.firstIndex(where: { $0.tags.contains(injectedTag) }) {
      notebook.cells.remove(at: injected)
      index = injected
    } else if let defaults = notebook.cells.firstIndex(where: { $0.tags.contains(parametersTag) }) {
      index = defaults + 1
    } else {
      index = 0
    }
    notebook.cells.insert(cell, at: min(index, notebook.cells.count))
    CellID.assignMissing(in: &notebook.cells)
    var papermill = notebook.metadata["papermill"]?.objectValue ?? [:]
    papermill["parameters"] = .object(parameters.reduce(into: [:]) { $0[$1.name] = $1.value.json })
    notebook.metadata["papermill"] = .object(papermill)
    return min(index, notebook.cells.count - 1)
  }
}
