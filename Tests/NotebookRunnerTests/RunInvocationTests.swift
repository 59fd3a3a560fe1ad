import XCTest

@testable import NotebookRunner

/// How `swifttorch run`'s words split into notebooks, a script and the script's argv.
final class RunInvocationTests: XCTestCase {
  func testFirstPythonFileEndsTheList() throws {
    XCTAssertEqual(
      try RunInvocation(words: ["a.ipynb", "b.py", "x", "y"]),
      RunInvocation(notebooks: ["a.ipynb"], script: "b.py", scriptArguments: ["x", "y"]))
    XCTAssertEqual(
      try RunInvocation(words: ["a.ipynb", "c.ipynb", "b.py", "--output-dir", "d", "-v", "other.py", "n.ipynb"]),
      RunInvocation(notebooks: ["a.ipynb", "c.ipynb"], script: "b.py", scriptArguments: ["--output-dir", "d", "-v", "other.py", "n.ipynb"]))
    XCTAssertEqual(try RunInvocation(words: ["dir/s.py"]), RunInvocation(script: "dir/s.py"))
    XCTAssertEqual(try RunInvocation(words: ["s.py", "--"]), RunInvocation(script: "s.py", scriptArguments: ["--"]))
  }

  func testOutputDirectoryBeforeTheScript() throws {
    let expected = RunInvocation(notebooks: ["a.ipynb", "b.ipynb"], script: "s.py", scriptArguments: ["--output-dir", "z"], outputDirectory: "out")
    XCTAssertEqual(try RunInvocation(words: ["a.ipynb", "--output-dir", "out", "b.ipynb", "s.py", "--output-dir", "z"]), expected)
    XCTAssertEqual(try RunInvocation(words: ["a.ipynb", "--output-dir=out", "b.ipynb", "s.py", "--output-dir", "z"]), expected)
    XCTAssertEqual(try RunInvocation(words: ["a.ipynb", "b.ipynb", "s.py", "--output-dir", "z"], outputDirectory: "out"), expected)
    XCTAssertEqual(try RunInvocation(words: ["a.ipynb", "--output-dir", "out"], outputDirectory: "out").outputDirectory, "out")
  }

  func testRejectedWords() {
    let cases: [([String], String?, RunInvocationError)] = [
      ([], nil, .nothingToRun),
      (["--output-dir", "d"], nil, .nothingToRun),
      (["a.ipynb", "--output-dir"], nil, .missingOutputDirectory),
      (["a.ipynb", "--output-dir="], nil, .missingOutputDirectory),
      (["a.ipynb", "--output-dir", "x"], "y", .conflictingOutputDirectories("y", "x")),
      (["-v", "a.ipynb"], nil, .unknownOption("-v")),
      (["notes.txt"], nil, .notRunnable("notes.txt")),
      (["a.ipynb", "script"], nil, .notRunnable("script")),
    ]
    for (words, folder, expected) in cases {
      XCTAssertThrowsError(try RunInvocation(words: words, outputDirectory: folder), "\(words)") { error in
        XCTAssertEqual(error as? RunInvocationError, expected, "\(words)")
      }
    }
  }
}
