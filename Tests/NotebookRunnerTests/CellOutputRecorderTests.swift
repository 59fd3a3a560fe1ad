import ExecutionEngine
import XCTest

@testable import NotebookRunner

/// Engine events into nbformat outputs, as nbclient stores them.
final class CellOutputRecorderTests: XCTestCase {
  private func record(_ events: [OutputEvent], cell: Int = 0, in notebook: inout Notebook, displays: inout DisplayIndex) -> [Output] {
    var recorder = CellOutputRecorder(cell: cell)
    for event in events { recorder.apply(event, to: &notebook, displays: &displays) }
    return recorder.outputs
  }

  private func record(_ events: [OutputEvent]) -> [Output] {
    var notebook = Notebook(cells: [Cell(kind: .code, source: "x")])
    var displays = DisplayIndex()
    return record(events, in: &notebook, displays: &displays)
  }

  func testConsecutiveStreamsOfOneNameMerge() {
    let outputs = record([
      .stream(.stdout, "a"), .stream(.stdout, "b\n"), .stream(.stderr, "e1"), .stream(.stderr, "e2\n"),
      .stream(.stdout, "c\n"), .executeResult(executionCount: 3, .plain("1")), .stream(.stdout, "d"),
    ])
    XCTAssertEqual(outputs, [
      .stream(name: "stdout", text: "ab\n"), .stream(name: "stderr", text: "e1e2\n"), .stream(name: "stdout", text: "c\n"),
      .executeResult(executionCount: 3, data: ["text/plain": "1"], metadata: [:]), .stream(name: "stdout", text: "d"),
    ])
  }

  func testBundlesAndErrors() {
    let bundle = MimeBundle(
      data: ["text/plain": "x", "application/json": #"{"k": [1]}"#, "application/vnd.x+json": "not json", "image/png": "AAAA"],
      metadata: ["image/png": ["width": 4]])
    let outputs = record([.displayData(bundle, displayID: nil), .error(ErrorReport(ename: "E", evalue: "v", traceback: ["t"]))])
    XCTAssertEqual(outputs, [
      .displayData(
        data: ["text/plain": "x", "application/json": ["k": [1]], "application/vnd.x+json": "not json", "image/png": "AAAA"],
        metadata: ["image/png": ["width": 4]]),
      .error(ename: "E", evalue: "v", traceback: ["t"]),
    ])
  }

  func testClearOutput() {
    XCTAssertEqual(record([.stream(.stdout, "a"), .clearOutput(wait: false), .stream(.stdout, "b")]), [.stream(name: "stdout", text: "b")])
    // wait=True clears when the next output arrives, not before.
    XCTAssertEqual(record([.stream(.stdout, "a"), .clearOutput(wait: true)]), [.stream(name: "stdout", text: "a")])
    XCTAssertEqual(
      record([.stream(.stdout, "a"), .clearOutput(wait: true), .stream(.stdout, "b"), .stream(.stdout, "c")]),
      [.stream(name: "stdout", text: "bc")])
  }

  func testDisplayUpdatesReachEarlierCells() {
    var notebook = Notebook(cells: [Cell(kind: .code, source: "a"), Cell(kind: .code, source: "b")])
    var displays = DisplayIndex()
    notebook.cells[0].outputs = record(
      [.displayData(.plain("old"), displayID: "d1"), .displayData(.plain("other"), displayID: nil)],
      cell: 0, in: &notebook, displays: &displays)
    let second = record(
      [.displayData(.plain("old too"), displayID: "d1"), .updateDisplayData(.plain("new"), displayID: "d1"),
       .updateDisplayData(.plain("nobody"), displayID: "unknown")],
      cell: 1, in: &notebook, displays: &displays)
    XCTAssertEqual(notebook.cells[0].outputs, [
      .displayData(data: ["text/plain": "new"], metadata: [:]), .displayData(data: ["text/plain": "other"], metadata: [:]),
    ])
    XCTAssertEqual(second, [.displayData(data: ["text/plain": "new"], metadata: [:])])
  }
}
