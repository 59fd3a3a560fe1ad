// Fuzzing: random token soups and random mutations of sample programs must each end in an AST
// or a SyntaxError with a sane location — never a crash or a hang. Bounded to a few seconds.
import XCTest

@testable import PythonRuntime

/// A small deterministic PRNG (SplitMix64) so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

final class ParserFuzzTests: XCTestCase {
  static let vocabulary = [
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "+", "-", "*", "**", "/", "//", "%", "@",
    "~", "<", ">", "!=", "->", ".", "...", "if", "else", "elif", "for", "in", "while", "def", "class",
    "lambda", "return", "yield", "from", "import", "as", "with", "try", "except", "finally", "raise",
    "not", "and", "or", "is", "None", "True", "await", "async", "del", "global", "nonlocal", "assert",
    "pass", "break", "continue", "x", "y", "_", "match", "1", "0x1F", "1.5e3", "2j", "1_0", "'s'", "\"t\"",
    "'''u'''", "b'b'", "r'\\d'", "f'{x}'", "f'{x!r:>{w}}'", "f'{'", "'", "\"", "\"\"\"", "#c", "\\",
    "\n", "\n", "\n    ", "\n        ", "\t", "é", "…", "$", "?", "!", "\r\n", "\u{0C}", "0777", "1e",
  ]

  func check(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
      _ = try Parser.parse(source)
    } catch {
      let scalars = Array(source.unicodeScalars)
      var lines = 1
      for (k, c) in scalars.enumerated() where c == "\n" || (c == "\r" && scalars.dropFirst(k + 1).first != "\n") {
        lines += 1
      }
      XCTAssertGreaterThanOrEqual(error.location.line, 1, "bad line for \(source.debugDescription)", file: file, line: line)
      XCTAssertLessThanOrEqual(error.location.line, lines, "bad line for \(source.debugDescription)", file: file, line: line)
      XCTAssertGreaterThanOrEqual(error.location.column, 0, "bad column for \(source.debugDescription)", file: file, line: line)
      XCTAssertFalse(error.message.isEmpty, file: file, line: line)
    }
    _ = completeness(of: source)
    _ = try? Parser.parseExpression(source)
  }

  func testRandomTokenSequences() {
    var rng = SplitMix64(state: 0x5EED)
    let deadline = ContinuousClock.now + .seconds(2)
    var count = 0
    while count < 200 || (ContinuousClock.now < deadline && count < 20_000) {
      let n = Int.random(in: 1...40, using: &rng)
      var s = ""
      for _ in 0..<n {
        s += Self.vocabulary.randomElement(using: &rng) ?? "x"
        if Bool.random(using: &rng) { s += " " }
      }
      check(s)
      count += 1
    }
  }

  func testRandomMutationsOfPrograms() {
    var rng = SplitMix64(state: 42)
    let programs = SamplePrograms.all + [
      "def f(a, /, b=1, *c, d, **e):\n    return [x async for x in a if b] or {k: v for k, v in e}\n",
      "class A(B, metaclass=M):\n    @property\n    def x(self) -> int:\n        return f'{self._x!r:>{w}}'\n",
      "try:\n    with (a as b, c as d):\n        pass\nexcept (E, F) as e:\n    raise G from e\nelse:\n    del x[1:2, ::3]\n",
    ]
    let deadline = ContinuousClock.now + .seconds(2)
    var count = 0
    while count < 100 || (ContinuousClock.now < deadline && count < 5_000) {
      guard var scalars = programs.randomElement(using: &rng).map({ Array($0.unicodeScalars) }) else { break }
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        guard !scalars.isEmpty else { break }
        let i = Int.random(in: 0..<scalars.count, using: &rng)
        let j = min(scalars.count, i + Int.random(in: 1...12, using: &rng))
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: scalars.removeSubrange(i..<j)
        case 1: scalars.insert(contentsOf: scalars[i..<j], at: i)
        case 2:
          let token = Self.vocabulary.randomElement(using: &rng) ?? "("
          scalars.insert(contentsOf: token.unicodeScalars, at: i)
        case 3:
          // Duplicate or delete a whole line.
          let text = String(String.UnicodeScalarView(scalars))
          var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          let k = Int.random(in: 0..<lines.count, using: &rng)
          if Bool.random(using: &rng) { lines.insert(lines[k], at: k) } else { lines.remove(at: k) }
          scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        default:
          scalars[i] = ["(", ")", ":", " ", "\t", "'", "\"", "\\", "{", "}"].randomElement(using: &rng) ?? " "
        }
      }
      check(String(String.UnicodeScalarView(scalars)))
      count += 1
    }
  }
}
