import Foundation
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
      (["a.ipynb", "--timeout", "0"], nil, .badValue("--timeout", "0", "expected a positive number of seconds")),
      (["a.ipynb", "--timeout", "x"], nil, .badValue("--timeout", "x", "expected a positive number of seconds")),
      (["a.ipynb", "--jobs", "0"], nil, .badValue("--jobs", "0", "expected a whole number from 1 to 1024")),
      (["a.ipynb", "-p", "n"], nil, .missingValue("-p")),
      (["a.ipynb", "-p", "1n", "2"], nil, .badValue("-p", "1n", "not a Python identifier")),
      (["a.ipynb", "--check=yes"], nil, .unexpectedValue("--check")),
      (["a.ipynb", "--output", "o.ipynb", "--output-dir", "d"], nil, .incompatible("--output", "--output-dir")),
      (["a.ipynb", "--no-write", "--output", "o.ipynb"], nil, .incompatible("--no-write", "--output")),
      (["a.ipynb", "--update"], nil, .requires("--update", "--check")),
      (["a.ipynb", "--sanitize", "s.cfg"], nil, .requires("--sanitize", "--check")),
      (["a.ipynb", "--per-cell"], nil, .requires("--per-cell", "--junit-xml")),
      (["a.ipynb", "--junit-xml"], nil, .missingValue("--junit-xml")),
    ]
    for (words, folder, expected) in cases {
      XCTAssertThrowsError(try RunInvocation(words: words, outputDirectory: folder), "\(words)") { error in
        XCTAssertEqual(error as? RunInvocationError, expected, "\(words)")
      }
    }
  }

  func testOptions() throws {
    let invocation = try RunInvocation(words: [
      "--check", "nb", "--update", "--sanitize=s.cfg", "--timeout", "2.5", "--allow-errors", "-p", "n", "3", "-f", "p.yaml",
      "--parameter", "name", "x y", "-j", "3", "--junit-xml", "r.xml", "--per-cell", "*.ipynb", "s.py", "--check",
    ])
    XCTAssertEqual(invocation.notebooks, ["nb", "*.ipynb"])
    XCTAssertTrue(invocation.check && invocation.update && invocation.allowErrors && invocation.perCell)
    XCTAssertEqual(invocation.sanitizeFile, "s.cfg")
    XCTAssertEqual(invocation.timeout, 2.5)
    XCTAssertEqual(invocation.parameters, [NotebookParameter(name: "n", value: .int(3)), NotebookParameter(name: "name", value: .string("x y"))])
    XCTAssertEqual(invocation.parameterFiles, ["p.yaml"])
    XCTAssertEqual(invocation.jobs, 3)
    XCTAssertEqual(invocation.junitXML, "r.xml")
    XCTAssertEqual(invocation.script, "s.py")
    XCTAssertEqual(invocation.scriptArguments, ["--check"])
    XCTAssertTrue(invocation.writesNotebooks, "--check --update writes")
    XCTAssertFalse(try RunInvocation(words: ["a.ipynb", "--check"]).writesNotebooks)
    XCTAssertTrue(try RunInvocation(words: ["a.ipynb", "--check", "--output-dir", "out"]).writesNotebooks, "checked copies")
    XCTAssertFalse(try RunInvocation(words: ["a.ipynb", "--no-write"]).writesNotebooks)
    XCTAssertEqual(try RunInvocation(words: ["a.ipynb", "--output", "o.ipynb"]).outputFile, "o.ipynb")
  }

  func testPathsResolve() throws {
    let folder = try TestSupport.temporaryFolder(self)
    let fm = FileManager.default
    for path in ["b/z.ipynb", "b/a.ipynb", "b/sub/m.ipynb", "b/.ipynb_checkpoints/a-checkpoint.ipynb", "b/notes.txt", "c.ipynb", "empty/x.txt"] {
      let url = folder.appendingPathComponent(path)
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try TestSupport.write("{}", to: url)
    }
    let root = folder.path
    XCTAssertEqual(
      try NotebookPaths.expand([root + "/b"]), [root + "/b/a.ipynb", root + "/b/sub/m.ipynb", root + "/b/z.ipynb"])
    XCTAssertEqual(try NotebookPaths.expand([root + "/*.ipynb", root + "/c.ipynb", root + "/./c.ipynb"]), [root + "/c.ipynb"])
    XCTAssertEqual(try NotebookPaths.expand([root + "/b/*"]).count, 3, "folders among glob matches expand")
    XCTAssertEqual(try NotebookPaths.expand(["missing.ipynb"]), ["missing.ipynb"], "reported when read")
    for (paths, error) in [
      ([root + "/empty"], RunInvocationError.noNotebooks(root + "/empty")), ([root + "/*.nothing"], .noNotebooks(root + "/*.nothing")),
      ([root + "/b/notes.txt"], .notRunnable(root + "/b/notes.txt")), (["script"], .notRunnable("script")),
    ] {
      XCTAssertThrowsError(try NotebookPaths.expand(paths)) { XCTAssertEqual($0 as? RunInvocationError, error) }
    }
  }
}
