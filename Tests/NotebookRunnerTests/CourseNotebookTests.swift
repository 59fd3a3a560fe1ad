import ExecutionEngine
import Foundation
import XCTest

@testable import NotebookRunner

/// notebooks/lec12_1_rnncell.ipynb: commit-ready nbformat 4.5, and its code cells print exactly what the
/// course's lec12_a script prints (the copy in Tests/ExecutionEngineTests/Fixtures/course, from real PyTorch).
final class CourseNotebookTests: XCTestCase {
  private let notebookURL = TestSupport.packageRoot.appendingPathComponent("notebooks/lec12_1_rnncell.ipynb")
  private let referenceURL = TestSupport.packageRoot.appendingPathComponent("Tests/ExecutionEngineTests/Fixtures/course/lec12_a_rnncell_manual.out")

  private func streamText(_ notebook: Notebook) -> String {
    notebook.cells.filter { $0.kind == .code }.flatMap(\.outputs).reduce(into: "") { text, output in
      if case .stream("stdout", let s) = output { text += s }
    }
  }

  private func reference() throws -> String {
    guard let data = FileManager.default.contents(atPath: referenceURL.path) else {
      throw CourseReferenceMissing(path: referenceURL.path)
    }
    return String(decoding: data, as: UTF8.self)
  }

  func testFileIsCommitReady() throws {
    let bytes = try TestSupport.bytes(notebookURL)
    let notebook = try Notebook(bytes: bytes)
    XCTAssertEqual(notebook.originalMinor, 5)
    XCTAssertEqual(notebook.fileBytes(), bytes, "the file is exactly as the runner (and nbformat) writes it")
    XCTAssertEqual(notebook.metadata["kernelspec"], ["display_name": "SwiftTorch", "language": "python", "name": "swifttorch"])
    XCTAssertEqual(notebook.metadata["language_info"]?["name"], "python")
    let code = notebook.cells.filter { $0.kind == .code }
    XCTAssertTrue(code.first?.source.contains("torch.manual_seed(0)") ?? false)
    XCTAssertEqual(code.count, 4, "parameters, the cell, the data, the loop")
    for dimension in ["batch_size", "seq_len", "input_size", "hidden_size", "(batch, input_size)", "(batch, hidden_size)", "(seq_len, batch, input_size)"] {
      XCTAssertTrue(notebook.cells.contains { $0.kind == .markdown && $0.source.contains(dimension) }, "markdown explains \(dimension)")
    }
  }

  func testStoredOutputsMatchTheCourse() throws {
    let notebook = try Notebook(bytes: try TestSupport.bytes(notebookURL))
    let stored = streamText(notebook)
    try XCTSkipIf(stored.isEmpty, "no outputs stored yet (they are stored once the engine runs the notebook)")
    XCTAssertEqual(stored, try reference())
  }

  func testRunningTheNotebookPrintsWhatTheCoursePrints() throws {
    let session = Session()
    let probe = session.execute(ExecuteRequest(code: "pass", storeHistory: false), sink: CollectingSink())
    try XCTSkipUnless(probe.status == .ok, "the engine does not run Python yet")
    let expected = try reference()
    var notebook = try Notebook(bytes: try TestSupport.bytes(notebookURL))
    let outcome = NotebookExecutor().run(&notebook, in: Session())
    XCTAssertEqual(outcome, .completed)
    XCTAssertEqual(streamText(notebook), expected)
  }
}

/// The course reference output is part of the repository; its absence is a failure, not a skip.
struct CourseReferenceMissing: Error, CustomStringConvertible {
  let path: String
  var description: String { "no course reference at \(path)" }
}
