import ExecutionEngine
import Foundation
import XCTest

/// The fixture cases made with real torch 2.15 by tools/fixtures/gen_torch_cases.py: every program must print
/// exactly what torch printed and, where torch raised, raise the same exception type with the same message.
/// Case ids in Fixtures/torch_cases_known_failures.txt are reported, not failed, and must leave the list
/// once they pass.
final class TorchCasesTests: XCTestCase {
  struct Fixture: Decodable {
    struct Case: Decodable {
      struct Failure: Decodable {
        let type: String
        let message: String
      }
      let id: String
      let group: String
      let code: String
      let stdout: String
      let error: Failure?
    }
    let cases: [Case]
  }

  func testCasesBehaveAsTorch() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/torch_cases", withExtension: "json"), "Fixtures/torch_cases.json is missing")
    let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    XCTAssertGreaterThanOrEqual(fixture.cases.count, 400, "issue 6 asks for at least 400 cases")
    let knownURL = Bundle.module.url(forResource: "Fixtures/torch_cases_known_failures", withExtension: "txt")
    let known = Set((knownURL.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? "").split(separator: "\n")
      .map { ($0.split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    var passed = 0
    var failedByGroup: [String: Int] = [:]
    for c in fixture.cases {
      let session = Session(configuration: .init(tracebackStyle: .cpython, colors: false))
      let sink = CollectingSink()
      let result = session.runScript(path: "<\(c.id)>", source: c.code, argv: [], sink: sink)
      var ok = sink.stdout == c.stdout
      if let e = c.error {
        ok = ok && result.exitCode == 1 && sink.stderr.hasSuffix("\(e.type): \(e.message)\n")
      } else {
        ok = ok && result.exitCode == 0
      }
      if ok {
        passed += 1
        if known.contains(c.id) { XCTFail("\(c.id) now passes: remove it from torch_cases_known_failures.txt") }
      } else {
        failedByGroup[c.group, default: 0] += 1
        if !known.contains(c.id) {
          let expectedErr = c.error.map { "\($0.type): \($0.message)" } ?? "(no error)"
          XCTFail("\(c.id):\n\(c.code)\n--- expected stdout\n\(c.stdout)--- expected error\n\(expectedErr)\n--- actual stdout\n\(sink.stdout)--- actual stderr\n\(sink.stderr)")
        }
      }
    }
    print("torch cases: \(passed) of \(fixture.cases.count) behave as torch; known failures by group: \(failedByGroup.sorted { $0.key < $1.key })")
  }
}
