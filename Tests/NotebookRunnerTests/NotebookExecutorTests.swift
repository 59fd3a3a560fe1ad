import ExecutionEngine
import XCTest

@testable import NotebookRunner

/// The executor's mechanics: which cells run, where it stops, what it stores. The cells raise on
/// purpose so the expectations hold both with the engine stub and with the real engine.
final class NotebookExecutorTests: XCTestCase {
  func testOnlyCodeCellsWithCodeRun() {
    let old: [Output] = [.stream(name: "stdout", text: "old\n")]
    var notebook = Notebook(cells: [
      Cell(kind: .markdown, source: "raise ValueError('not code')"),
      Cell(kind: .raw, source: "raise ValueError('not code')"),
      Cell(kind: .code, source: "  \n\t", executionCount: 7, outputs: old),
      Cell(kind: .code, source: "raise ValueError('skipped')", metadata: ["tags": ["skip-execution"]], executionCount: 8, outputs: old),
    ])
    let before = notebook
    let streamed = CollectingSink()
    let outcome = NotebookExecutor(echo: { name, text in streamed.emit(.stream(name, text)) }).run(&notebook, in: Session())
    XCTAssertEqual(outcome, .completed)
    XCTAssertEqual(notebook, before, "nothing ran, nothing changed")
    XCTAssertTrue(streamed.events.isEmpty)
  }

  func testFirstErrorStopsAndIsStored() {
    let old: [Output] = [.stream(name: "stdout", text: "old\n")]
    var notebook = Notebook(cells: [
      Cell(kind: .markdown, source: "# title"),
      Cell(kind: .code, source: "raise ValueError('boom')", executionCount: 9, outputs: old),
      Cell(kind: .code, source: "print('later')", executionCount: 10, outputs: old),
    ])
    let outcome = NotebookExecutor().run(&notebook, in: Session())
    guard case .failed(let index, let report) = outcome else { return XCTFail("expected a failure, got \(outcome)") }
    XCTAssertEqual(index, 1)
    XCTAssertNotNil(notebook.cells[1].executionCount)
    XCTAssertEqual(notebook.cells[1].outputs.last, .error(ename: report.ename, evalue: report.evalue, traceback: report.traceback))
    XCTAssertEqual(notebook.cells[1].outputs.filter { if case .error = $0 { return true } else { return false } }.count, 1)
    XCTAssertEqual(notebook.cells[2].outputs, old, "cells after the error keep their outputs")
    XCTAssertEqual(notebook.cells[2].executionCount, 10)
  }

  func testRaisesExceptionTagLetsTheRunGoOn() {
    var notebook = Notebook(cells: [
      Cell(kind: .code, source: "raise ValueError('expected')", metadata: ["tags": ["raises-exception"]]),
      Cell(kind: .code, source: "raise KeyError('unexpected')"),
    ])
    let outcome = NotebookExecutor().run(&notebook, in: Session())
    guard case .failed(let index, _) = outcome else { return XCTFail("expected a failure, got \(outcome)") }
    XCTAssertEqual(index, 1)
    XCTAssertFalse(notebook.cells[0].outputs.isEmpty)
  }
}
