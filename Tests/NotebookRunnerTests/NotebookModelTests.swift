import ExecutionEngine
import XCTest

@testable import NotebookRunner

/// Reading nbformat 4.0–4.5 and writing 4.5 as nbformat does.
final class NotebookModelTests: XCTestCase {
  private func read(_ text: String) throws -> Notebook { try Notebook(bytes: Array(text.utf8)) }

  func testNbformat45WrittenByNbformatRoundTripsByteForByte() throws {
    let notebook = try read(NotebookFixtures.v4_5)
    XCTAssertEqual(notebook.originalMinor, 5)
    XCTAssertEqual(String(decoding: notebook.fileBytes(), as: UTF8.self), NotebookFixtures.v4_5)
  }

  func testEveryMinorVersionReadsAsTheSameNotebook() throws {
    let reference = try read(NotebookFixtures.v4_5)
    for minor in 0...4 {
      let text = try XCTUnwrap(NotebookFixtures.byMinor[minor])
      var notebook = try read(text)
      XCTAssertEqual(notebook.originalMinor, minor)
      let ids = notebook.cells.compactMap(\.id)
      XCTAssertEqual(ids.count, 4, "4.\(minor): every cell gets an id")
      XCTAssertEqual(Set(ids).count, 4, "4.\(minor): ids are unique")
      XCTAssertTrue(ids.allSatisfy(CellID.isValid))
      XCTAssertEqual(try read(text).cells.map(\.id), notebook.cells.map(\.id), "ids are reproducible")
      for index in notebook.cells.indices { notebook.cells[index].id = reference.cells[index].id }
      notebook.originalMinor = 5
      XCTAssertEqual(notebook, reference, "4.\(minor)")
      // Written as 4.5, it is what nbformat writes for the reference with these ids.
      XCTAssertEqual(notebook.fileBytes(), reference.fileBytes(), "4.\(minor)")
    }
  }

  func testUpgradedFileIsReproducibleAndStable() throws {
    let once = try read(NotebookFixtures.v4_2).fileBytes()
    XCTAssertEqual(try read(NotebookFixtures.v4_2).fileBytes(), once)
    XCTAssertEqual(try Notebook(bytes: once).fileBytes(), once, "a written file reads and writes unchanged")
    XCTAssertTrue(String(decoding: once, as: UTF8.self).contains("\"nbformat_minor\": 5"))
  }

  func testContentIsKept() throws {
    let notebook = try read(NotebookFixtures.v4_3)
    XCTAssertEqual(notebook.metadata["x-custom"], ["keep": [1, 2.5, nil, "é"]])
    XCTAssertNil(notebook.metadata["orig_nbformat"], "transient, as nbformat strips it")
    XCTAssertEqual(notebook.metadata["kernelspec"]?["name"], "swifttorch")
    let markdown = notebook.cells[0]
    XCTAssertEqual(markdown.kind, .markdown)
    XCTAssertEqual(markdown.source, "# Title 标题\n\nText with `code` — ✓ 😀")
    XCTAssertEqual(markdown.otherFields["attachments"]?["image.png"]?["image/png"], "iVBORw0KGgo=")
    let code = notebook.cells[1]
    XCTAssertEqual(code.kind, .code)
    XCTAssertEqual(code.source, "x = 1\nprint(x)\nx")
    XCTAssertEqual(code.executionCount, 4)
    XCTAssertEqual(code.tags, ["keep"])
    XCTAssertNil(code.metadata["trusted"])
    XCTAssertEqual(code.outputs.count, 5)
    XCTAssertEqual(code.outputs[0], .stream(name: "stdout", text: "1\nline two\r\n"))
    guard case .displayData(let data, let metadata) = code.outputs[2] else { return XCTFail("display_data expected") }
    XCTAssertEqual(data["application/json"], ["a": [1, ["b": nil]]])
    XCTAssertEqual(data["image/svg+xml"], "<svg>\n</svg>\n")
    XCTAssertEqual(data["image/png"], "AAAA\nBBBB\n")
    XCTAssertEqual(metadata["image/png"]?["width"], 10)
    XCTAssertEqual(code.outputs[3], .executeResult(executionCount: 4, data: ["text/plain": "1", "text/html": "<b>1</b>\n<i>x</i>"], metadata: [:]))
    XCTAssertEqual(code.outputs[4], .error(ename: "ValueError", evalue: "bad — value", traceback: ["\u{1B}[0;31mValueError\u{1B}[0m", "line 2"]))
    XCTAssertEqual(notebook.cells[2].kind, .raw)
    XCTAssertEqual(notebook.cells[3].source, "")
  }

  func testSplitLinesFollowsPythonSplitlines() {
    let cases: [(String, [String])] = [
      ("", []), ("a", ["a"]), ("a\n", ["a\n"]), ("a\nb", ["a\n", "b"]), ("\n\n", ["\n", "\n"]),
      ("a\r\nb\rc", ["a\r\n", "b\r", "c"]), ("a\r", ["a\r"]), ("\r\r\n", ["\r", "\r\n"]),
      ("a\u{0B}b\u{0C}c\u{1C}d\u{1D}e\u{1E}f\u{85}g\u{2028}h\u{2029}i", ["a\u{0B}", "b\u{0C}", "c\u{1C}", "d\u{1D}", "e\u{1E}", "f\u{85}", "g\u{2028}", "h\u{2029}", "i"]),
      ("é\n😀", ["é\n", "😀"]), ("tab\tno split\u{1F}", ["tab\tno split\u{1F}"]),
    ]
    for (text, lines) in cases {
      XCTAssertEqual(MultilineText.splitLines(text), lines, "splitlines of \(text.debugDescription)")
      XCTAssertEqual(MultilineText.splitLines(text).joined(), text)
    }
  }

  func testCellIDsAreRepaired() throws {
    var cells = [
      Cell(id: "same", kind: .code, source: ""), Cell(id: "same", kind: .code, source: ""),
      Cell(id: "bad id!", kind: .markdown, source: ""), Cell(id: "", kind: .raw, source: ""),
      Cell(id: String(repeating: "a", count: 65), kind: .raw, source: ""), Cell(kind: .code, source: ""),
    ]
    CellID.assignMissing(in: &cells)
    XCTAssertEqual(cells[0].id, "same")
    XCTAssertEqual(cells[5].id, CellID.derived(position: 5, salt: 0))
    let ids = cells.compactMap(\.id)
    XCTAssertEqual(Set(ids).count, cells.count)
    XCTAssertTrue(ids.allSatisfy { CellID.isValid($0) })
    XCTAssertTrue(ids.dropFirst().allSatisfy { $0.count == 8 })
    // A derived id already in use is derived again with the next salt.
    var clash = [Cell(kind: .code, source: ""), Cell(id: CellID.derived(position: 0, salt: 0), kind: .code, source: "")]
    CellID.assignMissing(in: &clash)
    XCTAssertEqual(clash[0].id, CellID.derived(position: 0, salt: 1))
  }

  func testProblemsAreNamedWithTheirPlace() {
    let cases: [(String, String)] = [
      (#"{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}"#, "nbformat 3 notebooks are not supported"),
      (#"{"nbformat": 4, "nbformat_minor": 6, "cells": [], "metadata": {}}"#, "nbformat 4.6 is not supported"),
      (#"{"nbformat": 4, "cells": [], "metadata": {}}"#, "nbformat_minor: missing"),
      (#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}"#, "cells: missing or not a list"),
      (#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "heading", "source": ""}]}"#,
       #"cells[0].cell_type: unknown cell type "heading""#),
      (#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": 3}]}"#,
       "cells[0].source: expected a string or a list of strings"),
      (#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "stream", "name": "stdout"}]}]}"#,
       "cells[0].outputs[0].text: missing"),
      (#"{"nbformat": 4, "nbformat_minor": 5, "metadata": [], "cells": []}"#, "metadata: expected an object"),
      ("[]", "not a notebook"),
    ]
    for (text, message) in cases {
      XCTAssertThrowsError(try read(text), text) { error in
        guard case .invalidNotebook(let problem)? = error as? NotebookReadError else { return XCTFail("\(error)") }
        XCTAssertTrue(problem.description.contains(message), "\(problem) should contain \(message)")
      }
    }
  }

  func testNotUTF8AndNotJSON() {
    XCTAssertThrowsError(try Notebook(bytes: [0x7B, 0xFF, 0x7D])) { error in
      XCTAssertEqual(error as? NotebookReadError, .notUTF8)
    }
    XCTAssertThrowsError(try read(#"{"nbformat": 4,"#)) { error in
      guard case .invalidJSON(let parse)? = error as? NotebookReadError else { return XCTFail("\(error)") }
      XCTAssertEqual(parse.offset, 15)
      XCTAssertTrue("\(error)".hasPrefix("not valid JSON (invalid JSON at byte 15"))
    }
  }

  func testNewNotebookFromCells() {
    let notebook = Notebook(cells: [Cell(kind: .markdown, source: "# x\n"), Cell(kind: .code, source: "1")])
    XCTAssertEqual(notebook.cells.map(\.id), [CellID.derived(position: 0, salt: 0), CellID.derived(position: 1, salt: 0)])
    let text = String(decoding: notebook.fileBytes(), as: UTF8.self)
    XCTAssertTrue(text.hasSuffix("\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"))
  }
}
