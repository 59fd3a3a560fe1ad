import ExecutionEngine
import XCTest

/// Completion, inspection, is_complete and history answered by a session (what the kernel's shell handlers send).
final class IntrospectionTests: XCTestCase {
  func run(_ session: Session, _ code: String) {
    _ = session.execute(ExecuteRequest(code: code), sink: CollectingSink())
  }

  func testCompletesNamesBuiltinsAndAttributes() {
    let session = Session()
    run(session, "import torch\nlearning_rate = 0.1")
    let names = session.complete("learn", cursor: 5)
    XCTAssertEqual(names.matches, ["learning_rate"])
    XCTAssertEqual(names.cursorStart, 0)
    XCTAssertEqual(session.complete("zi", cursor: 2).matches, ["zip"])
    let attrs = session.complete("torch.nn.RNN", cursor: 12)
    XCTAssertTrue(attrs.matches.contains("RNN"), "torch.nn.RNN completes: \(attrs.matches)")
    XCTAssertTrue(attrs.matches.contains("RNNCell"), "torch.nn.RNN completes: \(attrs.matches)")
    XCTAssertEqual(attrs.cursorStart, 9)
    let unicode = session.complete("é = 1; tor", cursor: 10)
    XCTAssertEqual(unicode.matches, ["torch"])
    XCTAssertEqual(unicode.cursorStart, 7, "cursor positions count code points")
  }

  func testInspectShowsSignatureAndDocstring() throws {
    let session = Session()
    run(session, "def scale(x, factor=2):\n    \"\"\"Multiplies x by factor.\"\"\"\n    return x * factor")
    let help = try XCTUnwrap(session.inspect("scale", cursor: 5, detail: 0)?.data["text/plain"])
    XCTAssertTrue(help.contains("Signature: scale(x, factor=2)"), help)
    XCTAssertTrue(help.contains("Multiplies x by factor."), help)
    XCTAssertNil(session.inspect("not_defined_anywhere", cursor: 3, detail: 0))
  }

  func testIsCompleteFollowsTheParser() {
    let session = Session()
    XCTAssertEqual(session.isComplete("x = 1"), .complete)
    XCTAssertEqual(session.isComplete("for i in range(3):"), .incomplete(indent: "    "))
    XCTAssertEqual(session.isComplete("1 +* 2"), .invalid)
  }

  func testHistoryKeepsSourcesAndResults() {
    let session = Session()
    run(session, "6*7")
    run(session, "print('hi')")
    let history = session.history()
    XCTAssertEqual(history.map(\.source), ["6*7", "print('hi')"])
    XCTAssertEqual(history.map(\.count), [1, 2])
    XCTAssertEqual(history.first?.output, "42")
    XCTAssertNil(history.last?.output)
  }
}
