import ExecutionEngine
import XCTest

@testable import NotebookRunner

/// `--check`'s comparison: what counts, what is ignored, sanitizing, and the diff's layout.
final class OutputCheckTests: XCTestCase {
  func testIgnoredDifferences() {
    let stored: [Output] = [
      .stream(name: "stdout", text: "a\n"), .stream(name: "stderr", text: "w\n"), .stream(name: "stdout", text: "b\n"),
      .executeResult(executionCount: 3, data: ["text/plain": "1", "image/png": "AAAA"], metadata: [:]),
      .displayData(data: ["text/plain": "trace"], metadata: ["swifttorch": ["shape_trace": true]]),
      .error(ename: "ValueError", evalue: "boom", traceback: ["old"]),
    ]
    let new: [Output] = [
      .stream(name: "stdout", text: "a\nb\n"), .stream(name: "stderr", text: "w\n"),
      .displayData(data: ["text/plain": "1", "image/png": "BBBB"], metadata: ["x": 1]),
      .error(ename: "ValueError", evalue: "boom", traceback: ["new"]),
    ]
    XCTAssertNil(OutputComparison.diff(stored: stored, new: new))
    XCTAssertNil(OutputComparison.diff(stored: [.stream(name: "stdout", text: "50%\r100%\n")], new: [.stream(name: "stdout", text: "100%\n")]))
  }

  func testComparedDifferences() {
    let base: [Output] = [.executeResult(executionCount: 1, data: ["text/plain": "1", "text/html": "<b>1</b>"], metadata: [:])]
    XCTAssertNotNil(OutputComparison.diff(stored: base, new: [.executeResult(executionCount: 1, data: ["text/plain": "1"], metadata: [:])]))
    XCTAssertNotNil(OutputComparison.diff(stored: [.error(ename: "A", evalue: "x", traceback: [])], new: [.error(ename: "B", evalue: "x", traceback: [])]))
    XCTAssertNotNil(OutputComparison.diff(stored: [.error(ename: "A", evalue: "x", traceback: [])], new: [.error(ename: "A", evalue: "y", traceback: [])]))
    XCTAssertNotNil(OutputComparison.diff(stored: [.stream(name: "stdout", text: "a")], new: [.stream(name: "stdout", text: "a\n")]))
    XCTAssertNotNil(OutputComparison.diff(stored: [], new: [.stream(name: "stdout", text: "a\n")]))
  }

  func testDiffLayout() {
    let stored: [Output] = [.stream(name: "stdout", text: (1...10).map { "line \($0)\n" }.joined())]
    let new: [Output] = [.stream(name: "stdout", text: (1...10).map { $0 == 5 ? "changed\n" : "line \($0)\n" }.joined())]
    let diff = OutputComparison.diff(stored: stored, new: new, storedLabel: "stored: a.ipynb cell 2", newLabel: "new: a.ipynb cell 2")
    XCTAssertEqual(
      diff,
      """
      --- stored: a.ipynb cell 2
      +++ new: a.ipynb cell 2
      @@ -3,7 +3,7 @@
         line 2
         line 3
         line 4
      -  line 5
      +  changed
         line 6
         line 7
         line 8

      """)
    XCTAssertEqual(UnifiedDiff.make(["a"], ["a"], fromLabel: "x", toLabel: "y"), "")
    XCTAssertEqual(UnifiedDiff.make([], ["a"], fromLabel: "x", toLabel: "y"), "--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n")
  }

  func testSanitizeFileInNbvalFormat() throws {
    let text = """
      [regex1]
      regex: \\d{1,2}/\\d{1,2}/\\d{2,4}
      replace: DATE-STAMP

      [regex2]
      regex: at 0x([0-9a-f]+)
      replace: at 0xADDR(\\1)
      """
    let sanitizer = try Sanitizer(text: text, path: "s.cfg")
    XCTAssertEqual(sanitizer.count, 2)
    XCTAssertEqual(sanitizer.apply("on 1/2/2024 <f at 0x7fab>"), "on DATE-STAMP <f at 0xADDR(7fab)>")
    let stored: [Output] = [.stream(name: "stdout", text: "run 01/02/24 object at 0xbeef\n")]
    let new: [Output] = [.stream(name: "stdout", text: "run 3/4/2025 object at 0xbeef\n")]
    XCTAssertNotNil(OutputComparison.diff(stored: stored, new: new))
    XCTAssertNil(OutputComparison.diff(stored: stored, new: new, sanitizer: sanitizer))
    XCTAssertThrowsError(try Sanitizer(text: "regex: (\nreplace: x\n", path: "bad.cfg")) { error in
      XCTAssertTrue("\(error)".contains("bad.cfg"), "\(error)")
    }
  }

  func testTimestampsAreNbclientsFormat() {
    XCTAssertEqual(Timestamp(seconds: 0, microseconds: 5).iso8601, "1970-01-01T00:00:00.000005Z")
    XCTAssertEqual(Timestamp(seconds: 1_714_566_896, microseconds: 789_012).iso8601, "2024-05-01T12:34:56.789012Z")
    XCTAssertEqual(NotebookResult.seconds(0.016), "0.02s")
    XCTAssertEqual(NotebookResult.seconds(12.5), "12.50s")
  }

  func testJUnitEscaping() {
    XCTAssertEqual(JUnitReport.escape("a<b>&\"'\u{1B}[31mred\u{1B}[0m\u{1}z"), "a&lt;b&gt;&amp;&quot;&apos;redz")
    XCTAssertEqual(JUnitReport.className("./notebooks/a.ipynb"), "notebooks.a")
  }
}
