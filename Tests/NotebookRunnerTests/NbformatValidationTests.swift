import ExecutionEngine
import Foundation
import XCTest

@testable import NotebookRunner

/// Notebooks the runner writes pass nbformat's validator and equal nbformat's own writing
/// (tests/runner/check_nbformat.py, run with the project venv's python).
final class NbformatValidationTests: XCTestCase {
  func testWrittenNotebooksValidateWithNbformat() throws {
    let python = try TestSupport.nbformatPython()
    let folder = try TestSupport.temporaryFolder(self)
    var paths: [String] = []
    func save(_ notebook: Notebook, _ name: String) throws {
      let path = folder.appendingPathComponent(name).path
      try NotebookFile.save(notebook, to: path)
      paths.append(path)
    }
    for (minor, text) in NotebookFixtures.byMinor {
      try save(try Notebook(bytes: Array(text.utf8)), "fixture-4.\(minor).ipynb")
    }
    // Every kind of output the recorder makes, from engine events.
    var notebook = Notebook(cells: [Cell(kind: .markdown, source: "# t\n"), Cell(kind: .code, source: "x")])
    var displays = DisplayIndex()
    var recorder = CellOutputRecorder(cell: 1)
    let events: [OutputEvent] = [
      .stream(.stdout, "a\nb"), .stream(.stdout, "c\r\n"), .stream(.stderr, "w\n"),
      .displayData(MimeBundle(data: ["text/plain": "p", "text/html": "<p>\n</p>", "application/json": #"{"a": 1}"#, "image/png": "AAAA"], metadata: ["isolated": true]), displayID: "d"),
      .updateDisplayData(.plain("updated"), displayID: "d"),
      .executeResult(executionCount: 1, .plain("tensor([1.])")),
      .error(ErrorReport(ename: "ValueError", evalue: "boom", traceback: ["\u{1B}[31mTraceback\u{1B}[0m", "ValueError: boom"])),
    ]
    for event in events { recorder.apply(event, to: &notebook, displays: &displays) }
    notebook.cells[1].outputs = recorder.outputs
    notebook.cells[1].executionCount = 1
    notebook.metadata["kernelspec"] = ["display_name": "SwiftTorch", "language": "python", "name": "swifttorch"]
    try save(notebook, "events.ipynb")
    // What the executor stores for a failing cell (stub or real engine).
    var executed = Notebook(cells: [Cell(kind: .code, source: "raise ValueError('x')")])
    _ = NotebookExecutor().run(&executed, in: Session())
    try save(executed, "executed.ipynb")

    let script = TestSupport.packageRoot.appendingPathComponent("tests/runner/check_nbformat.py").path
    let result = try TestSupport.run(python, [script] + paths)
    if result.status == 2 && result.stderr.contains("nbformat is not installed") {
      throw XCTSkip("nbformat is not installed for \(python.path)")
    }
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertTrue(result.stdout.contains("\(paths.count) passed, 0 failed"), result.stdout)
  }
}
