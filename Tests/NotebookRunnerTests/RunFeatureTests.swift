import Foundation
import XCTest

/// Issue 9's runner features through the real binary: paths, output targets, timing metadata, `--check`,
/// timeouts, errors and parameters (RunReportTests has jobs, JUnit and exit codes).
final class RunFeatureTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")
  private var binary = URL(fileURLWithPath: "/")

  override func setUpWithError() throws {
    binary = try TestSupport.binary()
    folder = try TestSupport.temporaryFolder(self)
    _ = try file("probe.py", "pass\n")
    try XCTSkipUnless(try run(["probe.py"]).status == 0, "the engine does not run Python yet")
  }

  private func run(_ arguments: [String]) throws -> TestSupport.ProcessResult {
    try TestSupport.run(binary, ["run"] + arguments, in: folder)
  }

  @discardableResult
  private func file(_ name: String, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try TestSupport.write(text, to: url)
    return url
  }

  private func text(_ name: String) throws -> String {
    String(decoding: try TestSupport.bytes(folder.appendingPathComponent(name)), as: UTF8.self)
  }

  private func json(_ name: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(try TestSupport.bytes(folder.appendingPathComponent(name))))
    return object as? [String: Any] ?? [:]
  }

  private func cells(_ name: String) throws -> [[String: Any]] { try json(name)["cells"] as? [[String: Any]] ?? [] }

  /// A code cell's JSON.
  private func code(_ source: String, tags: [String] = [], outputs: String = "[]", count: String = "null") -> String {
    let escaped = source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    let tagList = tags.map { "\"\($0)\"" }.joined(separator: ", ")
    return #"{"cell_type": "code", "metadata": {"tags": [\#(tagList)]}, "source": "\#(escaped)", "outputs": \#(outputs), "execution_count": \#(count)}"#
  }

  private func notebook(_ cells: [String]) -> String {
    #"{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [\#(cells.joined(separator: ", "))]}"#
  }

  private func stdout(_ text: String, count: Int = 1) -> (outputs: String, count: String) {
    let escaped = text.replacingOccurrences(of: "\n", with: "\\n")
    return (#"[{"output_type": "stream", "name": "stdout", "text": "\#(escaped)"}]"#, String(count))
  }

  private func validate(_ names: [String]) throws {
    let python = try TestSupport.nbformatPython()
    let script = TestSupport.packageRoot.appendingPathComponent("tests/runner/check_nbformat.py").path
    let result = try TestSupport.run(python, [script] + names.map { folder.appendingPathComponent($0).path })
    if result.status == 2 && result.stderr.contains("nbformat is not installed") { throw XCTSkip("no nbformat") }
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
  }

  func testFoldersGlobsOutputTargetsAndTiming() throws {
    try file("nb/b.ipynb", notebook([code("print('b')")]))
    try file("nb/sub/a.ipynb", notebook([code("x = 1 + 1\nx")]))
    try file("nb/notes.txt", "not a notebook")
    let dir = try run(["--output-dir", "out", "nb"])
    XCTAssertEqual(dir.status, 0, dir.stderr)
    XCTAssertTrue(dir.stdout.contains("[1/2] nb/b.ipynb cell 1 ok "), dir.stdout)
    XCTAssertTrue(dir.stdout.contains("[2/2] nb/sub/a.ipynb cell 1 ok "), dir.stdout)
    XCTAssertTrue(dir.stdout.contains("2 notebooks: 2 passed"), dir.stdout)
    try validate(["out/a.ipynb", "out/b.ipynb"])
    let written = try json("out/a.ipynb")
    let metadata = written["metadata"] as? [String: Any] ?? [:]
    XCTAssertEqual((metadata["kernelspec"] as? [String: Any])?["name"] as? String, "swifttorch")
    XCTAssertEqual((metadata["language_info"] as? [String: Any])?["name"] as? String, "python")
    let cell = try cells("out/a.ipynb").first ?? [:]
    XCTAssertEqual(cell["execution_count"] as? Int, 1)
    XCTAssertNotNil(cell["id"] as? String)
    let timing = (cell["metadata"] as? [String: Any])?["execution"] as? [String: String] ?? [:]
    XCTAssertEqual(Set(timing.keys), ["iopub.execute_input", "iopub.status.busy", "iopub.status.idle", "shell.execute_reply"])
    let pattern = try NSRegularExpression(pattern: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"#)
    for value in timing.values {
      XCTAssertEqual(pattern.numberOfMatches(in: value, range: NSRange(value.startIndex..., in: value)), 1, value)
    }
    XCTAssertEqual(try text("nb/b.ipynb"), notebook([code("print('b')")]), "the sources are left alone")

    let glob = try run(["--output", "new/folder/single.ipynb", "nb/*.ipynb"])
    XCTAssertEqual(glob.status, 0, glob.stderr)
    try validate(["new/folder/single.ipynb"])
    let tooMany = try run(["--output", "x.ipynb", "nb"])
    XCTAssertEqual(tooMany.status, 2)
    XCTAssertTrue(tooMany.stderr.contains("--output"), tooMany.stderr)

    let before = try text("nb/b.ipynb")
    let dry = try run(["--no-write", "nb/b.ipynb"])
    XCTAssertEqual(dry.status, 0, dry.stderr)
    XCTAssertEqual(try text("nb/b.ipynb"), before, "--no-write writes nothing")
    XCTAssertTrue(dry.stdout.hasPrefix("b\n[1/1] nb/b.ipynb cell 1 ok "), "stream text is echoed before the cell's line: \(dry.stdout)")

    for (arguments, message) in [(["nb/notes.txt"], "not a notebook"), (["nb/*.py3"], "no notebooks"), (["nb/sub", "empty"], "empty")] {
      try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
      let result = try run(arguments)
      XCTAssertEqual(result.status, 2, "\(arguments)")
      XCTAssertTrue(result.stderr.contains(message) && result.stderr.split(separator: "\n").count == 1, result.stderr)
    }
  }

  func testCheckComparesWithStoredOutputs() throws {
    let good = stdout("4\n")
    let original = notebook([
      code("print(2 + 2)", outputs: good.outputs, count: good.count),
      code("import random\nprint(random.random())", tags: ["nbval-ignore-output"], outputs: stdout("0.5\n").outputs, count: "2"),
      code("raise ValueError('expected')", tags: ["raises-exception"], outputs: #"[{"output_type": "error", "ename": "ValueError", "evalue": "expected", "traceback": []}]"#, count: "3"),
      code("raise SystemExit('never run')", tags: ["nbval-skip"]),
      code("raise SystemExit('never run')", tags: ["skip-execution"]),
      code("print('unrun reference')"),
    ])
    try file("ok.ipynb", original)
    let passed = try run(["--check", "ok.ipynb"])
    XCTAssertEqual(passed.status, 0, passed.stdout + passed.stderr)
    XCTAssertEqual(try text("ok.ipynb"), original, "check mode does not rewrite the file")
    XCTAssertTrue(passed.stdout.contains("cell 4 skipped"), passed.stdout)
    XCTAssertFalse(passed.stdout.contains("unrun reference"), "no echo in check mode")

    let differing = notebook([code("print(2 + 3)", outputs: good.outputs, count: good.count), code("print('same')", outputs: stdout("same\n").outputs, count: "2")])
    try file("bad.ipynb", differing)
    let failed = try run(["--check", "bad.ipynb"])
    XCTAssertEqual(failed.status, 1, failed.stdout + failed.stderr)
    XCTAssertTrue(failed.stdout.contains("[1/1] bad.ipynb cell 1 differs"), failed.stdout)
    XCTAssertTrue(failed.stdout.contains("--- stored: bad.ipynb cell 1\n+++ new: bad.ipynb cell 1\n"), failed.stdout)
    XCTAssertTrue(failed.stdout.contains("-  4\n+  5\n"), failed.stdout)
    XCTAssertTrue(failed.stdout.contains("cell 2 ok"), failed.stdout)
    XCTAssertTrue(failed.stderr.contains("bad.ipynb: outputs of cell 1 differ"), failed.stderr)
    XCTAssertEqual(try text("bad.ipynb"), differing)
    let copy = try run(["--check", "--output-dir", "checked", "bad.ipynb"])
    XCTAssertEqual(copy.status, 1)
    XCTAssertEqual(try text("bad.ipynb"), differing, "the checked file is left alone")
    XCTAssertTrue(try text("checked/bad.ipynb").contains("\"5\\n\""), "the executed copy has the new outputs")

    try file("sanitize.cfg", "[numbers]\nregex: \\d\nreplace: N\n")
    XCTAssertEqual(try run(["--check", "--sanitize", "sanitize.cfg", "bad.ipynb"]).status, 0)
    try file("broken.cfg", "regex: (\nreplace: x\n")
    let broken = try run(["--check", "--sanitize", "broken.cfg", "bad.ipynb"])
    XCTAssertEqual(broken.status, 2)
    XCTAssertTrue(broken.stderr.contains("broken.cfg"), broken.stderr)

    let updated = try run(["--check", "--update", "bad.ipynb"])
    XCTAssertEqual(updated.status, 0, updated.stderr)
    XCTAssertTrue(updated.stdout.contains("-  4\n+  5\n"), "the diff is still shown")
    XCTAssertEqual(try run(["--check", "bad.ipynb"]).status, 0, "the new outputs were stored")
    try validate(["bad.ipynb"])
  }

  func testTimeoutAllowErrorsAndRaisesException() throws {
    try file("slow.ipynb", notebook([code("print('start')"), code("while True:\n    pass"), code("print('after')")]))
    let timedOut = try run(["--timeout", "1", "slow.ipynb"])
    XCTAssertEqual(timedOut.status, 1, timedOut.stderr)
    XCTAssertTrue(timedOut.stdout.contains("cell 2 timeout"), timedOut.stdout)
    XCTAssertTrue(timedOut.stderr.contains("timed out"), timedOut.stderr)
    let slow = try cells("slow.ipynb")
    let error = (slow[1]["outputs"] as? [[String: Any]])?.last ?? [:]
    XCTAssertEqual(error["ename"] as? String, "TimeoutError")
    XCTAssertTrue((error["evalue"] as? String)?.contains("Cell execution timed out") ?? false, "\(error)")
    XCTAssertEqual((slow[2]["outputs"] as? [Any])?.count, 0, "later cells did not run")

    let allowed = try run(["--timeout", "1", "--allow-errors", "slow.ipynb"])
    XCTAssertEqual(allowed.status, 0, allowed.stderr)
    XCTAssertEqual(((try cells("slow.ipynb"))[2]["outputs"] as? [[String: Any]])?.first?["text"] as? [String], ["after\n"])

    try file("errors.ipynb", notebook([code("raise KeyError('k')"), code("print('went on')")]))
    XCTAssertEqual(try run(["errors.ipynb"]).status, 1)
    let keptGoing = try run(["--allow-errors", "errors.ipynb"])
    XCTAssertEqual(keptGoing.status, 0, keptGoing.stderr)
    XCTAssertTrue(keptGoing.stdout.contains("went on"))
    try file("expected.ipynb", notebook([code("raise KeyError('k')", tags: ["raises-exception"]), code("print('went on')")]))
    XCTAssertEqual(try run(["expected.ipynb"]).status, 0)
    try validate(["slow.ipynb", "errors.ipynb", "expected.ipynb"])
  }

  func testParametersArePapermills() throws {
    let parameters = code("n = 1\nname = 'a'", tags: ["parameters"])
    try file("p.ipynb", notebook([parameters, code("print(n, name, flag, ratio, nothing)")]))
    try file("params.yaml", "name: from-yaml\nflag: true\nratio: 0.5\n")
    let result = try run(["-f", "params.yaml", "-p", "n", "3", "-p", "nothing", "None", "p.ipynb"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let written = try cells("p.ipynb")
    XCTAssertEqual(written.count, 3)
    XCTAssertEqual(written[1]["source"] as? [String], ["# Parameters\n", "name = \"from-yaml\"\n", "flag = True\n", "ratio = 0.5\n", "n = 3\n", "nothing = None\n"])
    XCTAssertEqual((written[1]["metadata"] as? [String: Any])?["tags"] as? [String], ["injected-parameters"])
    XCTAssertTrue(result.stdout.contains("3 from-yaml True 0.5 None"), result.stdout)
    try validate(["p.ipynb"])
    // Again: the injected cell is replaced, not added.
    let again = try run(["-f", "params.yaml", "-p", "n", "4", "-p", "nothing", "0", "p.ipynb"])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertTrue(again.stdout.contains("4 from-yaml True 0.5 0"), again.stdout)
    XCTAssertEqual(try cells("p.ipynb").count, 3)
    try file("top.ipynb", notebook([code("print(n)")]))
    XCTAssertEqual(try run(["--parameters-file", "missing.json", "top.ipynb"]).status, 2)
    try file("params.json", #"{"n": [1, 2]}"#)
    let top = try run(["-f", "params.json", "top.ipynb"])
    XCTAssertEqual(top.status, 0, top.stderr)
    XCTAssertEqual(try cells("top.ipynb").first?["source"] as? [String], ["# Parameters\n", "n = [1, 2]\n"])
  }
}
