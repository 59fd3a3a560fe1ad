import Foundation
import PythonRuntime
import XCTest

/// Runs every program under Programs/ (CPython 3.11 expectations made by tools/gen_python_expectations.py)
/// and compares stdout, stderr and the exit code. Programs listed in Programs/KNOWN_FAILURES.txt are
/// reported as known failures; one that starts passing must be removed from that list (the test says so).
final class DifferentialTests: XCTestCase {
  struct Outcome {
    var stdout = ""
    var stderr = ""
    var exitCode: Int32 = 0
  }

  static var programsURL: URL? { Bundle.module.url(forResource: "Programs", withExtension: nil) }

  /// Runs one program on a thread with a large stack, as the session does.
  static func run(_ relativePath: String, in dir: URL) -> Outcome {
    let box = OutcomeBox()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      let source = (try? String(contentsOf: dir.appendingPathComponent(relativePath), encoding: .utf8)) ?? ""
      let io = InterpreterIO(writeStdout: { box.outcome.stdout += $0 }, writeStderr: { box.outcome.stderr += $0 })
      let interp = Interpreter(io: io, memoryBudget: 1 << 30)
      let previous = FileManager.default.currentDirectoryPath
      FileManager.default.changeCurrentDirectoryPath(dir.path)
      box.outcome.exitCode = interp.runScript(path: relativePath, source: source, argv: [])
      FileManager.default.changeCurrentDirectoryPath(previous)
      done.signal()
    }
    thread.stackSize = 1 << 29
    thread.start()
    done.wait()
    return box.outcome
  }

  final class OutcomeBox: @unchecked Sendable {
    var outcome = Outcome()
  }

  func testProgramsPrintWhatCPythonPrints() throws {
    let dir = try XCTUnwrap(Self.programsURL, "Programs/ is missing from the test bundle")
    let knownLines = ((try? String(contentsOf: dir.appendingPathComponent("KNOWN_FAILURES.txt"), encoding: .utf8)) ?? "").split(separator: "\n")
    let known = Set(knownLines.map { String($0.split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    // Entries whose reason starts with "flaky:" may pass or fail; they are reported either way.
    let flaky = Set(knownLines.filter { $0.contains("# flaky:") }.map { String($0.split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces) })
    let enumerator = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    var programs: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "py" else { continue }
      let rel = String(url.path.dropFirst(dir.path.count + 1))
      if rel.hasPrefix("syntax/") { continue }
      programs.append(rel)
    }
    programs.sort()
    XCTAssertGreaterThan(programs.count, 250, "the differential suite should have 250+ programs")
    var passed = 0, knownFailed = 0
    var unexpected: [String] = []
    var nowPassing: [String] = []
    for rel in programs {
      let base = dir.appendingPathComponent(String(rel.dropLast(3)))
      let expectedOut = (try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)) ?? ""
      let expectedErr = (try? String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)) ?? ""
      let expectedExit = Int32((try? String(contentsOf: base.appendingPathExtension("exit"), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0
      let got = Self.run(rel, in: dir)
      let ok = got.stdout == expectedOut && got.stderr == expectedErr && got.exitCode == expectedExit
      if ok {
        passed += 1
        if known.contains(rel) && !flaky.contains(rel) { nowPassing.append(rel) }
      } else if known.contains(rel) {
        knownFailed += 1
      } else {
        unexpected.append(rel)
        var report = "\(rel) differs from CPython:\n"
        if got.stdout != expectedOut { report += Self.diff(expected: expectedOut, actual: got.stdout, label: "stdout") }
        if got.stderr != expectedErr { report += Self.diff(expected: expectedErr, actual: got.stderr, label: "stderr") }
        if got.exitCode != expectedExit { report += "exit code: expected \(expectedExit), got \(got.exitCode)\n" }
        XCTFail(report)
      }
    }
    print("differential: \(passed) of \(programs.count) programs print what CPython prints; \(knownFailed) known failures (Programs/KNOWN_FAILURES.txt), flaky entries: \(flaky.sorted())")
    for rel in nowPassing { XCTFail("\(rel) now passes: remove it from Programs/KNOWN_FAILURES.txt") }
  }

  /// The first differing lines, as expected/actual pairs.
  static func diff(expected: String, actual: String, label: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out = ""
    var shown = 0
    for i in 0..<max(e.count, a.count) where shown < 6 {
      let el = i < e.count ? String(e[i]) : "<missing>"
      let al = i < a.count ? String(a[i]) : "<missing>"
      if el != al {
        out += "  \(label) line \(i + 1):\n    expected: \(el)\n    actual:   \(al)\n"
        shown += 1
      }
    }
    return out
  }
}
