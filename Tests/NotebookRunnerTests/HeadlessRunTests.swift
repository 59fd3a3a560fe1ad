import ExecutionEngine
import Foundation
import Synchronization
import XCTest

@testable import NotebookRunner

/// HeadlessRun in-process with a captured terminal: the terminal-style progress (one line per notebook)
/// and the plain per-cell lines.
final class HeadlessRunTests: XCTestCase {
  /// Everything written to the captured stdout and stderr.
  final class Capture: Sendable {
    let text = Mutex<[StreamName: String]>([:])
    var terminal: Terminal { Terminal { stream, chunk in self.text.withLock { $0[stream, default: ""] += chunk } } }
    var stdout: String { text.withLock { $0[.stdout] ?? "" } }
  }

  private func notebooks(_ test: XCTestCase) throws -> [String] {
    let folder = try TestSupport.temporaryFolder(test)
    let cell = #"{"cell_type": "code", "metadata": {}, "source": "x = 1", "outputs": [], "execution_count": null}"#
    var paths: [String] = []
    for name in ["a", "b"] {
      let url = folder.appendingPathComponent("\(name).ipynb")
      try TestSupport.write(#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [\#(cell), \#(cell)]}"#, to: url)
      paths.append(url.path)
    }
    return paths
  }

  func testTerminalProgressIsOneLinePerNotebook() throws {
    let probe = Session().execute(ExecuteRequest(code: "pass"), sink: CollectingSink())
    try XCTSkipUnless(probe.status == .ok, "the engine does not run Python yet")
    let paths = try notebooks(self)
    let capture = Capture()
    let invocation = try RunInvocation(words: paths + ["--no-write", "--jobs", "1"])
    let status = HeadlessRun(invocation: invocation, terminal: capture.terminal, interactive: true).run()
    let lines = capture.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(status, 0)
    XCTAssertTrue(lines[0].hasPrefix("[1/2] \(paths[0]) passed 2/2 cells "), capture.stdout)
    XCTAssertTrue(lines[1].hasPrefix("[2/2] \(paths[1]) passed 2/2 cells "), capture.stdout)
    XCTAssertFalse(capture.stdout.contains(" cell 1 "), "no per-cell lines on a terminal")
    XCTAssertTrue(capture.stdout.contains("2 notebooks: 2 passed"), capture.stdout)
  }

  func testPlainProgressIsOneLinePerCell() throws {
    let paths = try notebooks(self)
    let capture = Capture()
    let invocation = try RunInvocation(words: [paths[0], "--no-write"])
    XCTAssertEqual(HeadlessRun(invocation: invocation, terminal: capture.terminal, interactive: false).run(), 0)
    let lines = capture.stdout.split(separator: "\n").map(String.init)
    XCTAssertTrue(lines.count >= 2 && lines[0].hasPrefix("[1/1] \(paths[0]) cell 1 ok ") && lines[1].hasPrefix("[1/1] \(paths[0]) cell 2 ok "), capture.stdout)
    XCTAssertTrue(capture.stdout.contains("1 notebook: 1 passed"), capture.stdout)
  }
}
