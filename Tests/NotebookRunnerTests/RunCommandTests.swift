import Foundation
import XCTest

/// `swifttorch run` through the real binary: exit codes 0/1/2, where notebooks are written, and what is
/// left alone. Expectations that need real Python results run only once the engine executes code.
final class RunCommandTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")
  private var binary = URL(fileURLWithPath: "/")

  override func setUpWithError() throws {
    binary = try TestSupport.binary()
    folder = try TestSupport.temporaryFolder(self)
  }

  private func run(_ arguments: [String]) throws -> TestSupport.ProcessResult {
    try TestSupport.run(binary, ["run"] + arguments, in: folder)
  }

  private func file(_ name: String, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try TestSupport.write(text, to: url)
    return url
  }

  private func notebook(_ cells: String, minor: Int = 4) -> String {
    #"{"nbformat": 4, "nbformat_minor": \#(minor), "metadata": {}, "cells": [\#(cells)]}"#
  }

  private let markdownOnly = ##"{"cell_type": "markdown", "metadata": {}, "source": "# only text"}"##

  /// Whether the engine runs Python yet (until it lands, every execution is a NotImplementedError).
  private func engineRunsPython() throws -> Bool {
    _ = try file("probe.py", "pass\n")
    return try run(["probe.py"]).status == 0
  }

  func testNothingToRunSucceedsAndUpgradesTheFile() throws {
    let url = try file("ok.ipynb", notebook(markdownOnly))
    let result = try run(["ok.ipynb"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let written = String(decoding: try TestSupport.bytes(url), as: UTF8.self)
    XCTAssertTrue(written.contains("\"nbformat_minor\": 5"))
    XCTAssertTrue(written.contains("\"id\": "))
    XCTAssertTrue(written.hasSuffix("}\n"))
  }

  func testCellErrorExitsOneAfterSavingOutputsAndStops() throws {
    let failing = try file(
      "fail.ipynb",
      notebook(
        #"{"cell_type": "code", "metadata": {}, "source": "print('before')", "outputs": [], "execution_count": null},"#
          + #"{"cell_type": "code", "metadata": {}, "source": "raise ValueError('boom')", "outputs": [], "execution_count": null},"#
          + #"{"cell_type": "code", "metadata": {}, "source": "print('never')", "outputs": [], "execution_count": null}"#))
    let next = try file("next.ipynb", notebook(markdownOnly))
    let result = try run(["fail.ipynb", "next.ipynb"])
    XCTAssertEqual(result.status, 1, result.stderr)
    XCTAssertTrue(result.stderr.contains("fail.ipynb: cell 2"), result.stderr)
    let saved = String(decoding: try TestSupport.bytes(failing), as: UTF8.self)
    XCTAssertTrue(saved.contains("\"output_type\": \"error\""), saved)
    XCTAssertTrue(saved.contains("\"nbformat_minor\": 5"))
    XCTAssertTrue(
      String(decoding: try TestSupport.bytes(next), as: UTF8.self).contains("\"nbformat_minor\": 5"),
      "other notebooks still run (each in its own session)")
    if try engineRunsPython() {
      XCTAssertTrue(result.stdout.contains("before\n[1/2] fail.ipynb cell 1 ok "), "stream text is echoed: \(result.stdout)")
      XCTAssertTrue(result.stdout.contains("[1/2] fail.ipynb cell 2 error "), result.stdout)
      XCTAssertTrue(result.stdout.contains("2 notebooks: 1 passed, 1 failed"), result.stdout)
      XCTAssertFalse(result.stdout.contains("never"))
      XCTAssertTrue(saved.contains("\"text\": [\n      \"before\\n\"\n     ]"), saved)
      XCTAssertTrue(saved.contains("\"ename\": \"ValueError\""))
      XCTAssertFalse(saved.contains("\"never"))
    }
  }

  func testUnreadableNotebooksExitTwoWithOneLineNamingTheFile() throws {
    let good = notebook(markdownOnly)
    _ = try file("good.ipynb", good)
    let cases: [(String, [UInt8]?, String)] = [
      ("json.ipynb", Array(#"{"nbformat": 4,"#.utf8), "not valid JSON"),
      ("v3.ipynb", Array(#"{"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": []}"#.utf8), "nbformat 3"),
      ("latin1.ipynb", Array(notebook(#"{"cell_type": "markdown", "metadata": {}, "source": "caf"#).utf8) + [0xE9] + Array(#""}]}"#.utf8), "not UTF-8"),
      ("heading.ipynb", Array(notebook(#"{"cell_type": "heading", "metadata": {}, "source": "x", "level": 1}"#).utf8), "unknown cell type \"heading\""),
      ("missing.ipynb", nil, "No such file"),
    ]
    for (name, bytes, message) in cases {
      if let bytes { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
      let result = try run(["good.ipynb", name])
      XCTAssertEqual(result.status, 2, "\(name): \(result.stderr)")
      let lines = result.stderr.split(separator: "\n")
      XCTAssertEqual(lines.count, 1, "\(name): \(result.stderr)")
      XCTAssertTrue(result.stderr.contains(name) && result.stderr.contains(message), "\(name): \(result.stderr)")
      XCTAssertEqual(result.stdout, "")
      if let bytes { XCTAssertEqual(try TestSupport.bytes(folder.appendingPathComponent(name)), bytes, "\(name) unchanged") }
      XCTAssertEqual(String(decoding: try TestSupport.bytes(folder.appendingPathComponent("good.ipynb")), as: UTF8.self), good, "nothing ran")
    }
  }

  func testOutputDirectoryBeforeOrAmongNotebooks() throws {
    let original = notebook(markdownOnly)
    let source = try file("ok.ipynb", original)
    for arguments in [["--output-dir", "out1", "ok.ipynb"], ["ok.ipynb", "--output-dir", "out2/deeper"], ["ok.ipynb", "--output-dir=out3"]] {
      let result = try run(arguments)
      XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
      let folderName = arguments.first { $0.hasPrefix("out") } ?? String(arguments.last?.dropFirst("--output-dir=".count) ?? "")
      let written = folder.appendingPathComponent(folderName).appendingPathComponent("ok.ipynb")
      XCTAssertTrue(String(decoding: try TestSupport.bytes(written), as: UTF8.self).contains("\"nbformat_minor\": 5"), "\(arguments)")
    }
    XCTAssertEqual(String(decoding: try TestSupport.bytes(source), as: UTF8.self), original, "the source notebook is left alone")
  }

  func testMissingScriptExitsTwo() throws {
    let result = try run(["absent.py", "x"])
    XCTAssertEqual(result.status, 2, result.stderr)
    XCTAssertTrue(result.stderr.contains("absent.py"), result.stderr)
  }

  func testHelpBeforeTheScriptIsOurs() throws {
    let help = try run(["--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("USAGE: swifttorch run"), help.stdout)
    XCTAssertEqual(try run(["a.ipynb", "-h"]).status, 0)
  }

  func testUsageErrors() throws {
    XCTAssertEqual(try run([]).status, 2)
    XCTAssertEqual(try run(["notes.txt"]).status, 2)
  }

  func testScriptArgvExitCodeAndStreams() throws {
    try XCTSkipUnless(try engineRunsPython(), "the engine does not run Python yet")
    _ = try file("argv.py", "import sys\nprint(sys.argv[1:])\nprint('err', file=sys.stderr)\nsys.exit(3)\n")
    let result = try run(["argv.py", "x", "-v", "--output-dir", "d", "b.ipynb"])
    XCTAssertEqual(result.status, 3)
    XCTAssertEqual(result.stdout, "['x', '-v', '--output-dir', 'd', 'b.ipynb']\n")
    XCTAssertEqual(result.stderr, "err\n")
    _ = try file("raise.py", "raise ValueError('boom')\n")
    let raised = try run(["raise.py"])
    XCTAssertEqual(raised.status, 1)
    XCTAssertTrue(raised.stderr.hasPrefix("Traceback (most recent call last):"), raised.stderr)
    XCTAssertTrue(raised.stderr.hasSuffix("ValueError: boom\n"), raised.stderr)
    _ = try file("ok.ipynb", notebook(markdownOnly))
    _ = try file("hello.py", "print('hi')\n")
    let both = try run(["ok.ipynb", "hello.py"])
    XCTAssertEqual(both.status, 0, both.stderr)
    XCTAssertTrue(both.stdout.hasSuffix("hi\n"), "the script runs after the notebooks: \(both.stdout)")
  }
}
