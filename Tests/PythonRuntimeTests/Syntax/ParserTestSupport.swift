// Helpers shared by the parser tests.
import XCTest

@testable import PythonRuntime

/// An expected SyntaxError, as CPython 3.11 reports it (0-based columns).
struct ErrorCase {
  var source: String
  var kind: SyntaxError.Kind
  var message: String
  var line: Int
  var column: Int
  var endColumn: Int?
  var eof: Bool

  init(
    _ source: String, _ kind: SyntaxError.Kind, _ message: String, _ line: Int, _ column: Int, _ endColumn: Int?,
    eof: Bool
  ) {
    self.source = source
    self.kind = kind
    self.message = message
    self.line = line
    self.column = column
    self.endColumn = endColumn
    self.eof = eof
  }
}

extension XCTestCase {
  /// Parses each source and compares the dump with CPython's.
  func checkAST(_ cases: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
    for (source, expected) in cases {
      do {
        let module = try Parser.parse(source, filename: "<string>", compileChecks: false)
        let got = ASTDump.module(module)
        if got != expected {
          let g = Array(got), w = Array(expected)
          var i = 0
          while i < g.count && i < w.count && g[i] == w[i] { i += 1 }
          let from = max(0, i - 80)
          let gotPart = String(g[from..<min(g.count, i + 80)])
          let wantPart = String(w[from..<min(w.count, i + 80)])
          XCTFail(
            "AST mismatch for \(source.prefix(200).debugDescription) at \(i)\n  got:      …\(gotPart)…\n  expected: …\(wantPart)…",
            file: file, line: line)
        }
      } catch {
        XCTFail("unexpected error for \(source.debugDescription): \(error)", file: file, line: line)
      }
    }
  }

  /// Parses each source and compares the SyntaxError with CPython's.
  func checkErrors(_ cases: [ErrorCase], file: StaticString = #filePath, line: UInt = #line) {
    for c in cases {
      do {
        _ = try Parser.parse(c.source)
        XCTFail("no error for \(c.source.debugDescription), expected \(c.message)", file: file, line: line)
      } catch {
        let got = "\(error.kind.rawValue): \(error.message) @\(error.location.line):\(error.location.column)"
          + "-\(error.endColumn.map(String.init) ?? "nil") eof=\(error.isUnexpectedEOF)"
        let want = "\(c.kind.rawValue): \(c.message) @\(c.line):\(c.column)"
          + "-\(c.endColumn.map(String.init) ?? "nil") eof=\(c.eof)"
        if got != want {
          XCTFail("error mismatch for \(c.source.debugDescription)\n  got:      \(got)\n  expected: \(want)", file: file, line: line)
        }
      }
    }
  }
}

/// Differential tests against CPython 3.11: the test methods are generated into
/// ParserExpectations+*.swift by tools/gen_parser_expectations.py.
final class ParserDifferentialTests: XCTestCase {}
