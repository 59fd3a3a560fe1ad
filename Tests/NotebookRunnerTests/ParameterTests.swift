import ExecutionEngine
import XCTest

@testable import NotebookRunner

/// Parameters the papermill way: typing of `-p` values, the injected cell's exact text (compared with what
/// papermill 2.7 injects) and where it goes, and the `-f` file formats.
final class ParameterTests: XCTestCase {
  func testCommandLineValuesAreTypedAsPapermillDoes() {
    XCTAssertEqual(ParameterValue(commandLine: "1"), .int(1))
    XCTAssertEqual(ParameterValue(commandLine: "-12"), .int(-12))
    XCTAssertEqual(ParameterValue(commandLine: "1_000"), .int(1000))
    XCTAssertEqual(ParameterValue(commandLine: " 7 "), .int(7))
    XCTAssertEqual(ParameterValue(commandLine: "2.5"), .float(2.5))
    XCTAssertEqual(ParameterValue(commandLine: "1e5"), .float(100000))
    XCTAssertEqual(ParameterValue(commandLine: "nan"), .float(.nan))
    XCTAssertEqual(ParameterValue(commandLine: "-inf"), .float(-.infinity))
    XCTAssertEqual(ParameterValue(commandLine: "True"), .bool(true))
    XCTAssertEqual(ParameterValue(commandLine: "False"), .bool(false))
    XCTAssertEqual(ParameterValue(commandLine: "None"), .none)
    XCTAssertEqual(ParameterValue(commandLine: "true"), .string("true"))
    XCTAssertEqual(ParameterValue(commandLine: "0x10"), .string("0x10"))
    XCTAssertEqual(ParameterValue(commandLine: "1__0"), .string("1__0"))
    XCTAssertEqual(ParameterValue(commandLine: ""), .string(""))
  }

  /// The expected text is what papermill 2.7.0's `parameterize_notebook` produced for the same values.
  func testInjectedSourceIsPapermillsText() {
    let values: [(String, String)] = [
      ("a", "1"), ("b", "2.5"), ("c", "True"), ("d", "None"), ("e", "hi 'there' \"q\" café\n\t\\ ☃ 😀\u{7F}"), ("f", "1e5"),
      ("g", "nan"), ("h", "-inf"), ("i", "1_000"), ("j", " 7 "), ("k", "0x10"), ("l", "1.0"), ("m", "1e16"), ("n", "0.0001"),
    ]
    var parameters = values.map { NotebookParameter(name: $0.0, value: ParameterValue(commandLine: $0.1)) }
    parameters.append(NotebookParameter(name: "lst", value: .list([.int(1), .string("a"), .none, .dict([(key: "k", value: .float(2))])])))
    let expected =
      "# Parameters\na = 1\nb = 2.5\nc = True\nd = None\ne = \"hi 'there' \\\"q\\\" caf\\xe9\\n\\t\\\\ \\u2603 \\U0001f600\\x7f\"\n"
      + "f = 100000.0\ng = float('nan')\nh = float('-inf')\ni = 1000\nj = 7\nk = \"0x10\"\nl = 1.0\nm = 1e+16\nn = 0.0001\n"
      + "lst = [1, \"a\", None, {\"k\": 2.0}]\n"
    XCTAssertEqual(ParameterInjector.source(parameters), expected)
  }

  func testInjectedCellPlacementAndMetadata() {
    let parameters = [NotebookParameter(name: "n", value: .int(3))]
    var tagged = Notebook(cells: [
      Cell(kind: .markdown, source: "# t"),
      Cell(kind: .code, source: "n = 1", metadata: ["tags": ["parameters"]]),
      Cell(kind: .code, source: "print(n)"),
    ])
    XCTAssertEqual(ParameterInjector.inject(parameters, into: &tagged), 2)
    XCTAssertEqual(tagged.cells.map(\.source), ["# t", "n = 1", "# Parameters\nn = 3\n", "print(n)"])
    XCTAssertEqual(tagged.cells[2].metadata, ["tags": ["injected-parameters"]])
    XCTAssertEqual(tagged.cells[2].kind, .code)
    XCTAssertNil(tagged.cells[2].executionCount)
    XCTAssertEqual(Set(tagged.cells.compactMap(\.id)).count, 4, "ids stay unique")
    XCTAssertEqual(tagged.metadata["papermill"], ["parameters": ["n": 3]])
    // A second injection replaces the injected cell.
    ParameterInjector.inject([NotebookParameter(name: "n", value: .int(4))], into: &tagged)
    XCTAssertEqual(tagged.cells.map(\.source), ["# t", "n = 1", "# Parameters\nn = 4\n", "print(n)"])

    var untagged = Notebook(cells: [Cell(kind: .code, source: "print(n)")])
    XCTAssertEqual(ParameterInjector.inject(parameters, into: &untagged), 0)
    XCTAssertEqual(untagged.cells.first?.source, "# Parameters\nn = 3\n")
    var unchanged = untagged
    XCTAssertNil(ParameterInjector.inject([], into: &unchanged))
    XCTAssertEqual(unchanged, untagged)
  }

  func testParameterFiles() throws {
    let json = try ParameterFile.parse(#"{"z": 1, "a": [1, "x"], "s": "t", "f": 0.5, "b": false, "n": null}"#, json: true)
    XCTAssertEqual(json.map(\.name), ["z", "a", "s", "f", "b", "n"], "file order")
    XCTAssertEqual(json.map(\.value), [.int(1), .list([.int(1), .string("x")]), .string("t"), .float(0.5), .bool(false), .none])
    let yaml = try ParameterFile.parse(
      "# comment\nepochs: 10\nlr: 0.01\nname: 'it''s'\nquoted: \"a # b\"\nflag: true  # trailing\nnone: ~\nexp: 1e5\nhex: 0x10\nlist: [1, 2]\n",
      json: false)
    XCTAssertEqual(yaml.map(\.name), ["epochs", "lr", "name", "quoted", "flag", "none", "exp", "hex", "list"])
    XCTAssertEqual(
      yaml.map(\.value),
      [.int(10), .float(0.01), .string("it's"), .string("a # b"), .bool(true), .none, .string("1e5"), .int(16), .list([.int(1), .int(2)])])
    XCTAssertThrowsError(try ParameterFile.parse("a:\n  nested: 1\n", json: false))
    XCTAssertThrowsError(try ParameterFile.parse("[1, 2]", json: true))
    XCTAssertThrowsError(try ParameterFile.parse("{", json: true))
  }

  func testLaterValuesOverrideInPlace() {
    let merged = NotebookParameter.merged([
      [NotebookParameter(name: "a", value: .int(1)), NotebookParameter(name: "b", value: .int(2))],
      [NotebookParameter(name: "a", value: .int(3))],
    ])
    XCTAssertEqual(merged, [NotebookParameter(name: "a", value: .int(3)), NotebookParameter(name: "b", value: .int(2))])
  }
}
