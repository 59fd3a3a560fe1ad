import ExecutionEngine
import Foundation
import XCTest

/// The 86 printing and RNG vectors from real torch 2.15: each `code` runs in a fresh session and must print
/// exactly `output`. Vectors listed in Fixtures/repr_vectors_known_failures.txt are reported, not failed;
/// one that starts passing must leave that list.
final class ReprVectorsTests: XCTestCase {
  struct Vector: Decodable {
    let code: String
    let output: String
  }

  func testVectorsPrintWhatTorchPrints() throws {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/torch_repr_vectors", withExtension: "json"))
    let vectors = try JSONDecoder().decode([Vector].self, from: Data(contentsOf: url))
    XCTAssertEqual(vectors.count, 86)
    let knownURL = Bundle.module.url(forResource: "Fixtures/repr_vectors_known_failures", withExtension: "txt")
    let known = Set((knownURL.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? "").split(separator: "\n").compactMap { Int(($0.split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces)) })
    var passed = 0
    for (i, v) in vectors.enumerated() {
      let session = Session(configuration: .init(tracebackStyle: .cpython, colors: false))
      let sink = CollectingSink()
      let result = session.runScript(path: "<vector \(i)>", source: "import torch\nimport torch.nn as nn\n" + v.code, argv: [], sink: sink)
      let ok = result.exitCode == 0 && sink.stdout == v.output + "\n"
      if ok {
        passed += 1
        if known.contains(i) { XCTFail("vector \(i) now passes: remove it from repr_vectors_known_failures.txt") }
      } else if !known.contains(i) {
        XCTFail("vector \(i):\n\(v.code)\nexpected:\n\(v.output)\nactual:\n\(sink.stdout)\(sink.stderr)")
      }
    }
    print("repr vectors: \(passed) of \(vectors.count) print exactly what torch prints; known failures (Fixtures/repr_vectors_known_failures.txt): \(known.sorted())")
  }
}
