import Foundation
import XCTest

/// Issue 9's reporting through the real binary: parallel jobs with each notebook's output kept together,
/// the summary table, JUnit XML (parsed with python3's xml.etree), and exit code 2 for bad input and usage.
final class RunReportTests: XCTestCase {
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

  /// A code cell's JSON.
  private func code(_ source: String, tags: [String] = [], outputs: String = "[]", count: String = "null") -> String {
    let escaped = source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    let tagList = tags.map { "\"\($0)\"" }.joined(separator: ", ")
    return #"{"cell_type": "code", "metadata": {"tags": [\#(tagList)]}, "source": "\#(escaped)", "outputs": \#(outputs), "execution_count": \#(count)}"#
  }

  private func notebook(_ cells: [String]) -> String {
    #"{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [\#(cells.joined(separator: ", "))]}"#
  }

  func testParallelJobsJUnitAndSummary() throws {
    for name in ["a", "b", "c"] {
      try file("\(name).ipynb", notebook([code("print('\(name)1')"), code("print('\(name)2')")]))
    }
    try file("d.ipynb", notebook([code("print('d1')"), code("raise ValueError('boom <&>')"), code("print('d3')")]))
    let result = try run(["--jobs", "2", "--junit-xml", "report.xml", "--per-cell", "a.ipynb", "b.ipynb", "c.ipynb", "d.ipynb"])
    XCTAssertEqual(result.status, 1, result.stderr)
    for name in ["a", "b", "c"] {
      let block = "\(name)1\n[\(["a": 1, "b": 2, "c": 3][name] ?? 0)/4] \(name).ipynb cell 1 ok"
      XCTAssertTrue(result.stdout.contains(block), "each notebook's output kept together: \(result.stdout)")
    }
    XCTAssertTrue(result.stdout.contains("[4/4] d.ipynb cell 2 error"), result.stdout)
    XCTAssertTrue(result.stdout.contains("4 notebooks: 3 passed, 1 failed"), result.stdout)
    let table = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("d.ipynb ") }
    XCTAssertEqual(table.count, 1, result.stdout)
    XCTAssertTrue(table.first?.contains("2/3") ?? false, result.stdout)
    XCTAssertTrue(result.stderr.contains("ValueError"), result.stderr)

    let checker = """
      import sys, xml.etree.ElementTree as ET
      root = ET.parse(sys.argv[1]).getroot()
      suite = root.find('testsuite')
      cases = suite.findall('testcase')
      print(suite.get('tests'), suite.get('failures'), suite.get('skipped'), len(cases))
      for case in cases:
          f = case.find('failure')
          print(case.get('name'), case.get('time') is not None, 'FAIL' if f is not None else 'ok', (f.text or '').count('boom') if f is not None else '')
      """
    try file("check_junit.py", checker)
    let parsed = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "check_junit.py", "report.xml"], in: folder)
    XCTAssertEqual(parsed.status, 0, parsed.stderr)
    let lines = parsed.stdout.split(separator: "\n").map(String.init)
    // 4 notebooks + 9 cells; d.ipynb and its cell 2 fail, its cell 3 is skipped.
    XCTAssertEqual(lines.first, "13 2 1 13", parsed.stdout)
    XCTAssertTrue(lines.contains { $0.hasPrefix("d.ipynb True FAIL") }, parsed.stdout)
    XCTAssertTrue(lines.contains { $0.hasPrefix("d.ipynb::cell 2 True FAIL") }, parsed.stdout)
    XCTAssertTrue(lines.contains("a.ipynb True ok "), parsed.stdout)
  }

  func testJUnitCarriesCheckDiffs() throws {
    let stored = #"[{"output_type": "stream", "name": "stdout", "text": "4\n"}]"#
    try file("c.ipynb", notebook([code("print(5)", outputs: stored, count: "1")]))
    let result = try run(["--check", "--junit-xml", "out/r.xml", "c.ipynb"])
    XCTAssertEqual(result.status, 1, result.stderr)
    let xml = try text("out/r.xml")
    XCTAssertTrue(xml.contains(#"<failure message="c.ipynb: outputs of cell 1 differ from the stored ones" type="OutputMismatch">"#), xml)
    XCTAssertTrue(xml.contains("-  4\n+  5\n"), xml)
    let parsed = try TestSupport.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", "out/r.xml"], in: folder)
    XCTAssertEqual(parsed.status, 0, parsed.stderr)
  }

  func testBadInputExitsTwoAndChangesNothing() throws {
    let good = notebook([code("print('x')")])
    try file("good.ipynb", good)
    try file("readonly.ipynb", good)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent("readonly.ipynb").path)
    let readOnly = try run(["good.ipynb", "readonly.ipynb"])
    XCTAssertEqual(readOnly.status, 2, readOnly.stderr)
    XCTAssertTrue(readOnly.stderr.contains("readonly.ipynb") && readOnly.stderr.contains("read-only"), readOnly.stderr)
    XCTAssertEqual(readOnly.stderr.split(separator: "\n").count, 1, readOnly.stderr)
    XCTAssertEqual(try text("good.ipynb"), good, "nothing ran")
    XCTAssertEqual(try run(["--check", "readonly.ipynb"]).status, 0, "check mode does not write")

    for arguments in [["--bogus", "good.ipynb"], ["good.ipynb", "--timeout", "-1"], ["good.ipynb", "--update"], ["--jobs"]] {
      let usage = try run(arguments)
      XCTAssertEqual(usage.status, 2, "\(arguments): \(usage.stderr)")
      XCTAssertFalse(usage.stderr.isEmpty)
    }
    let unknownSubcommandOption = try TestSupport.run(binary, ["install", "--bogus"], in: folder)
    XCTAssertEqual(unknownSubcommandOption.status, 2, "ArgumentParser usage errors exit 2")
    XCTAssertEqual(try text("good.ipynb"), good)
  }
}
