import Dispatch
import ExecutionEngine
import XCTest

/// A session survives what user code can do to it: endless loops (interrupt), deep recursion, huge allocations.
final class SessionRobustnessTests: XCTestCase {
  func errorName(_ reply: ExecuteReply) -> String? {
    if case .error(let e) = reply.status { return e.ename }
    return nil
  }

  func testInterruptStopsAnEndlessLoopAndTheSessionGoesOn() {
    let session = Session()
    _ = session.execute(ExecuteRequest(code: "kept = 41"), sink: CollectingSink())
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { session.interrupt() }
    let reply = session.execute(ExecuteRequest(code: "while True:\n    pass"), sink: CollectingSink())
    XCTAssertEqual(errorName(reply), "KeyboardInterrupt")
    let sink = CollectingSink()
    _ = session.execute(ExecuteRequest(code: "print(kept + 1)"), sink: sink)
    XCTAssertEqual(sink.stdout, "42\n")
  }

  func testInterruptCutsSleepShort() {
    let session = Session()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { session.interrupt() }
    let start = DispatchTime.now()
    let reply = session.execute(ExecuteRequest(code: "import time\ntime.sleep(100)"), sink: CollectingSink())
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    XCTAssertEqual(errorName(reply), "KeyboardInterrupt")
    XCTAssertLessThan(seconds, 10)
  }

  func testDeepRecursionRaisesRecursionError() {
    let session = Session()
    let reply = session.execute(ExecuteRequest(code: "def f(n):\n    return f(n + 1)\nf(0)"), sink: CollectingSink())
    XCTAssertEqual(errorName(reply), "RecursionError")
    let sink = CollectingSink()
    _ = session.execute(ExecuteRequest(code: "import sys\nsys.setrecursionlimit(5000)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(4000))"), sink: sink)
    XCTAssertEqual(sink.stdout, "4000\n")
  }

  func testMemoryBudgetRaisesMemoryErrorAndTheSessionGoesOn() {
    let session = Session(configuration: .init(memoryBudget: 1 << 20))
    let reply = session.execute(ExecuteRequest(code: "x = [0] * (10 ** 8)"), sink: CollectingSink())
    XCTAssertEqual(errorName(reply), "MemoryError")
    let big = session.execute(ExecuteRequest(code: "s = 'ab' * (10 ** 9)"), sink: CollectingSink())
    XCTAssertEqual(errorName(big), "MemoryError")
    let sink = CollectingSink()
    _ = session.execute(ExecuteRequest(code: "print('still here')"), sink: sink)
    XCTAssertEqual(sink.stdout, "still here\n")
  }

  func testLastExpressionIsTheResultAndSemicolonsDoNotCrash() {
    let session = Session()
    let sink = CollectingSink()
    let reply = session.execute(ExecuteRequest(code: "a = 6\na * 7"), sink: sink)
    XCTAssertEqual(reply.status, .ok)
    XCTAssertEqual(sink.events, [.executeResult(executionCount: 1, .plain("42"))])
  }
}
