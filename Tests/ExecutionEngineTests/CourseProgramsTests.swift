import ExecutionEngine
import Foundation
import XCTest

/// The course programs (Fixtures/course, from real torch 2.15 CPU, see PROVENANCE.md) run as
/// `swifttorch run FILE.py` would and must print exactly their `.out`.
final class CourseProgramsTests: XCTestCase {
  func run(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let dir = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/course", withExtension: nil))
    let source = try String(contentsOf: dir.appendingPathComponent(name + ".py"), encoding: .utf8)
    let expected = try String(contentsOf: dir.appendingPathComponent(name + ".out"), encoding: .utf8)
    let session = Session(configuration: .init(tracebackStyle: .cpython, colors: false))
    let sink = CollectingSink()
    let result = session.runScript(path: name + ".py", source: source, argv: [], sink: sink)
    XCTAssertEqual(result.exitCode, 0, "\(name).py exited with \(result.exitCode):\n\(sink.stderr)", file: file, line: line)
    XCTAssertEqual(sink.stdout, expected, "\(name).py printed something else than torch", file: file, line: line)
  }

  func testRNNCellByHand() throws { try run("lec12_a_rnncell_manual") }
  func testBlogRNNCellBatchOfFive() throws { try run("blog_rnncell_batch5") }
  func testRNNModule() throws { try run("lec12_b_rnn_module") }
  func testRNNModuleBatchFirst() throws { try run("lec12_b2_rnn_batch_first") }
  func testHelloWithRNNCell() throws { try run("lec12_c_hello_rnncell") }
  func testHelloWithRNN() throws { try run("lec12_d_hello_rnn") }
  func testHelloWithEmbedding() throws { try run("lec12_e_embedding") }
  func testExerciseLSTM() throws { try run("lec12_f_lstm") }
  func testExerciseGRU() throws { try run("lec12_g_gru") }
}
