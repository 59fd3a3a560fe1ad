// Hand-written parser tests: tokenizer API, nesting limits, completeness, eval input, speed.
import XCTest

@testable import PythonRuntime

final class ParserTests: XCTestCase {
  func parseError(_ source: String) -> SyntaxError? {
    do {
      _ = try Parser.parse(source)
      return nil
    } catch {
      return error
    }
  }

  // MARK: - Tokenizer

  func testTokenizerKindsAndLocations() {
    var t = Tokenizer("if x:\n    y = f'{a}' + 1.5j  # c\n")
    let r = t.tokenize()
    XCTAssertNil(r.error)
    let kinds = r.tokens.map { $0.kind }
    XCTAssertEqual(
      kinds,
      [.name, .name, .op, .newline, .indent, .name, .op, .string, .op, .number, .newline, .dedent, .endMarker])
    let y = r.tokens[5]
    XCTAssertEqual(y.text, "y")
    XCTAssertEqual(y.start, SourceLocation(line: 2, column: 4))
    XCTAssertEqual(r.tokens[7].text, "f'{a}'")
    XCTAssertEqual(r.tokens[9].text, "1.5j")
  }

  func testTokenizerImplicitJoiningAndContinuation() {
    var t = Tokenizer("x = (1,\n     2) + \\\n  3\n")
    let r = t.tokenize()
    XCTAssertNil(r.error)
    XCTAssertEqual(r.tokens.filter { $0.kind == .newline }.count, 1)
    XCTAssertFalse(r.tokens.contains { $0.kind == .indent })
  }

  func testTokenizerTabsToMultiplesOfEight() throws {
    // A tab indents to column 8, the same as eight spaces, but mixing them is a TabError.
    XCTAssertNoThrow(try Parser.parse("if x:\n\ty\n\tz\n"))
    XCTAssertEqual(parseError("if x:\n\ty\n        z\n")?.kind, .tabError)
  }

  // MARK: - Nesting limits

  func testTooManyNestedParentheses() {
    for open in ["(", "[", "{"] {
      let e = parseError(String(repeating: open, count: 10_000))
      XCTAssertEqual(e?.message, "too many nested parentheses")
      XCTAssertEqual(e?.location, SourceLocation(line: 1, column: 200))
    }
    XCTAssertNoThrow(try Parser.parse(String(repeating: "(", count: 200) + "x" + String(repeating: ")", count: 200)))
    XCTAssertNoThrow(try Parser.parse(String(repeating: "f(", count: 199) + "x" + String(repeating: ")", count: 199)))
    XCTAssertNoThrow(try Parser.parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)))
  }

  func testDeepExpressionsFailCleanly() {
    let sources = [
      String(repeating: "1 if 1 else ", count: 5000) + "1",
      String(repeating: "-", count: 100_000) + "1",
      String(repeating: "not ", count: 50_000) + "x",
      String(repeating: "2**", count: 50_000) + "2",
      String(repeating: "lambda: ", count: 10_000) + "1",
      String(repeating: "x = ", count: 10_000) + "1",
      "a" + String(repeating: ".b", count: 50_000),
      String(repeating: "'s' ", count: 50_000),
      String(repeating: "await ", count: 10_000) + "x",
      String(repeating: "f'{", count: 100) + "x" + String(repeating: "}'", count: 100),
    ]
    for s in sources {
      _ = parseError(s)  // an AST or a SyntaxError, never a crash
    }
    XCTAssertNotNil(parseError(String(repeating: "-", count: 100_000) + "1"))
  }

  func testIndentationLimit() {
    func nested(_ n: Int) -> String {
      (0..<n).map { String(repeating: " ", count: $0) + "if 1:\n" }.joined() + String(repeating: " ", count: n) + "pass\n"
    }
    XCTAssertNoThrow(try Parser.parse(nested(99)))
    let e = parseError(nested(100))
    XCTAssertEqual(e?.kind, .indentationError)
    XCTAssertEqual(e?.message, "too many levels of indentation")
    XCTAssertEqual(parseError(nested(1000))?.message, "too many levels of indentation")
  }

  // MARK: - Eval input

  func testParseExpression() throws {
    let e = try Parser.parseExpression("  a + b * 2\n")
    XCTAssertEqual(
      ASTDump.expr(e), "BinOp@1:2-1:11(Name@1:2-1:3('a'), Add, BinOp@1:6-1:11(Name@1:6-1:7('b'), Mult, Constant@1:10-1:11(2)))")
    XCTAssertThrowsError(try Parser.parseExpression("x = 1"))
    XCTAssertThrowsError(try Parser.parseExpression("yield x"))
  }

  // MARK: - Completeness (IPython's check_complete)

  func testCompleteness() {
    XCTAssertEqual(completeness(of: ""), .complete)
    XCTAssertEqual(completeness(of: "x = 1"), .complete)
    XCTAssertEqual(completeness(of: "if x:"), .incomplete(indent: "    "))
    XCTAssertEqual(completeness(of: "for i in range(3):\n    if i:"), .incomplete(indent: "        "))
    XCTAssertEqual(completeness(of: "def f():\n    return 1"), .incomplete(indent: "    "))
    XCTAssertEqual(completeness(of: "def f():\n    return 1\n"), .complete)
    XCTAssertEqual(completeness(of: "x = (1,"), .incomplete(indent: ""))
    XCTAssertEqual(completeness(of: "x = [1,\n  2,"), .incomplete(indent: "  "))
    XCTAssertEqual(completeness(of: "s = '''abc"), .incomplete(indent: ""))
    XCTAssertEqual(completeness(of: "x = 1 + \\"), .incomplete(indent: ""))
    XCTAssertEqual(completeness(of: "@dec"), .incomplete(indent: ""))
    XCTAssertEqual(completeness(of: "x = 1 +"), .invalid)
    XCTAssertEqual(completeness(of: "x = )"), .invalid)
    XCTAssertEqual(completeness(of: "return 1"), .invalid)
    XCTAssertEqual(completeness(of: "class A:\n    def f(self):"), .incomplete(indent: "        "))
  }

  func testUnexpectedEOFFlag() {
    XCTAssertEqual(parseError("foo(a,")?.isUnexpectedEOF, true)
    XCTAssertEqual(parseError("x = '''abc")?.isUnexpectedEOF, true)
    XCTAssertEqual(parseError("if x:")?.isUnexpectedEOF, true)
    XCTAssertEqual(parseError("x = \\")?.isUnexpectedEOF, true)
    XCTAssertEqual(parseError("x = 1 +")?.isUnexpectedEOF, false)
    XCTAssertEqual(parseError("x = )")?.isUnexpectedEOF, false)
  }

  // MARK: - Performance

  func testThousandLineFileParsesQuickly() throws {
    var source = ""
    while source.split(separator: "\n", omittingEmptySubsequences: false).count < 1000 {
      source += SamplePrograms.all.joined(separator: "\n")
    }
    let clock = ContinuousClock()
    var module: ModuleAST?
    let elapsed = try clock.measure { module = try Parser.parse(source) }
    XCTAssertGreaterThan(module?.body.count ?? 0, 10)
    // Milliseconds in release builds; debug builds are ~10x slower.
    XCTAssertLessThan(elapsed, .seconds(2), "parsing 1000+ lines took \(elapsed)")
    print("parsed \(source.count) characters in \(elapsed)")
  }
}
