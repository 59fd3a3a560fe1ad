// Tests of JSONValue: strict parsing with offsets, depth limits, and byte-exact agreement with Python's
// json module (the fixtures in Fixtures/json were written by python3; see their README.md).
import Foundation
import XCTest

@testable import ExecutionEngine

final class JSONValueTests: XCTestCase {

  // MARK: - Fixtures written by python3

  private func fixture(_ name: String) throws -> [UInt8] {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/json"),
      "missing fixture \(name)")
    return [UInt8](try Data(contentsOf: url))
  }

  func testNbformatStyleMatchesPythonByteForByte() throws {
    let doc = try JSONValue.parse(try fixture("sample.json"))
    let expected = try fixture("sample.nbformat.json")
    let written = doc.nbformatBytes()
    XCTAssertEqual(String(decoding: written, as: UTF8.self), String(decoding: expected, as: UTF8.self))
    XCTAssertEqual(written, expected)
  }

  func testRoundTripThroughBothSerialisers() throws {
    let doc = try JSONValue.parse(try fixture("sample.json"))
    XCTAssertEqual(try JSONValue.parse(doc.nbformatString()), doc)
    XCTAssertEqual(try JSONValue.parse(doc.compactBytes()), doc)
    XCTAssertEqual(try JSONValue.parse(doc.compactString(sortedKeys: true)), doc)
    XCTAssertEqual(try JSONValue.parse(try fixture("sample.nbformat.json")), doc)
  }

  func testUnicodeFromEscapesAndRawBytes() throws {
    let doc = try JSONValue.parse(try fixture("sample.json"))
    let source = doc["cells"]?[0]?["source"]?[1]?.stringValue
    XCTAssertEqual(source, "维度：batch_size, seq_len — ✓ 😀\n")
    XCTAssertEqual(try JSONValue.parse("\"\\ud83d\\ude00 \\u00E9\""), .string("😀 é"))
    XCTAssertEqual(try JSONValue.parse("\"😀 é\""), .string("😀 é"))
    XCTAssertEqual(try JSONValue.parse("\"\\u0000\\/\""), .string("\u{0}/"))
  }

  // MARK: - Serialising

  func testCompactAndIndentedLayout() throws {
    let value: JSONValue = ["b": [1, 2.5, nil, true], "a": [:], "c": [], "d": "x\"\n\u{1}é"]
    XCTAssertEqual(value.compactString(sortedKeys: true), #"{"a":{},"b":[1,2.5,null,true],"c":[],"d":"x\"\n\u0001é"}"#)
    XCTAssertEqual(
      value.nbformatString(),
      "{\n \"a\": {},\n \"b\": [\n  1,\n  2.5,\n  null,\n  true\n ],\n \"c\": [],\n \"d\": \"x\\\"\\n\\u0001é\"\n}\n")
    XCTAssertEqual(JSONValue.string("").compactString(), "\"\"")
    XCTAssertEqual(JSONValue.array([[], [:]]).nbformatString(), "[\n [],\n {}\n]\n")
  }

  func testKeysSortByCodePointLikePython() {
    // Swift's String `<` puts "é" (U+00E9) and "😀" differently from Python's code-point order.
    let value: JSONValue = ["z": 1, "é": 2, "😀": 3, "\u{FFFF}": 4, "B": 5, "": 6]
    XCTAssertEqual(value.compactString(sortedKeys: true), "{\"\":6,\"B\":5,\"z\":1,\"é\":2,\"\u{FFFF}\":4,\"😀\":3}")
  }

  func testDoublesAsPythonRepr() {
    let cases: [(Double, String)] = [
      (0.1, "0.1"), (1.0, "1.0"), (-0.0, "-0.0"), (0.0, "0.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
      (9999999999999998.0, "9999999999999998.0"), (1e-5, "1e-05"), (0.0001, "0.0001"), (1.5e-7, "1.5e-07"),
      (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (123456789.123, "123456789.123"),
      (1e22, "1e+22"), (1.2345678901234568e-300, "1.2345678901234568e-300"), (100.0, "100.0"), (-2.5, "-2.5"),
      (2.0 / 3.0, "0.6666666666666666"), (1e100, "1e+100"),
    ]
    for (value, repr) in cases {
      XCTAssertEqual(JSONValue.pythonRepr(value), repr, "repr of \(value)")
    }
    XCTAssertEqual(JSONValue.pythonRepr(.nan), "nan")
    XCTAssertEqual(JSONValue.pythonRepr(-.infinity), "-inf")
  }

  func testNonFiniteDoublesAreWrittenAsNull() throws {
    let value: JSONValue = [.double(.nan), .double(.infinity), .double(-.infinity)]
    XCTAssertEqual(value.compactString(), "[null,null,null]")
    XCTAssertNoThrow(try JSONValue.parse(value.nbformatString()))
  }

  /// Random doubles and strings through python3's json module, when python3 is on PATH.
  func testDifferentialAgainstPython() throws {
    var generator = SplitMix64(seed: 12345)
    var values: [JSONValue] = []
    for i in 0..<400 {
      let bits = generator.next()
      var d = Double(bitPattern: bits)
      if !d.isFinite { d = Double(i) * 1.1 }
      values.append(.double(d))
      values.append(.double(Double(Int64(bitPattern: bits) % 1_000_000) / 1000))
      values.append(.double(Double(sign: .plus, exponent: Int(bits % 120) - 60, significand: 1.0 + Double(bits % 1000) / 1000)))
    }
    let scalars: [Unicode.Scalar] = ["a", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{2028}", "é", "中", "😀", "\"", "\\", "\u{FEFF}", "\u{10FFFF}"]
    for _ in 0..<100 {
      var s = ""
      for _ in 0..<(generator.next() % 12) { s.unicodeScalars.append(scalars[Int(generator.next() % UInt64(scalars.count))]) }
      values.append(.string(s))
    }
    let doc: JSONValue = ["values": .array(values), "nested": [[[]], [:], ["k": [[:]]]], "ints": [0, -7, .int(Int.max), .int(Int.min)]]
    guard let python = try runPython(
      "import json,sys; d=json.loads(sys.stdin.buffer.read().decode('utf-8')); "
        + "sys.stdout.buffer.write((json.dumps(d, indent=1, sort_keys=True, ensure_ascii=False) + '\\n').encode('utf-8'))",
      input: doc.compactBytes())
    else { throw XCTSkip("python3 not available") }
    XCTAssertEqual(String(decoding: python, as: UTF8.self), doc.nbformatString())
  }

  // MARK: - Parsing: values

  func testScalars() throws {
    XCTAssertEqual(try JSONValue.parse(" null "), .null)
    XCTAssertEqual(try JSONValue.parse("true"), .bool(true))
    XCTAssertEqual(try JSONValue.parse("\tfalse\r\n"), .bool(false))
    XCTAssertEqual(try JSONValue.parse("-0"), .int(0))
    XCTAssertEqual(try JSONValue.parse("-0.0"), .double(-0.0))
    XCTAssertEqual(try JSONValue.parse("1E2"), .double(100))
    XCTAssertEqual(try JSONValue.parse("1e-2"), .double(0.01))
    XCTAssertEqual(try JSONValue.parse("9223372036854775807"), .int(Int.max))
    XCTAssertEqual(try JSONValue.parse("-9223372036854775808"), .int(Int.min))
    XCTAssertEqual(try JSONValue.parse("9223372036854775808"), .double(9223372036854775808))
    XCTAssertEqual(try JSONValue.parse("1e-400"), .double(0))
    XCTAssertEqual(try JSONValue.parse(#"{"a":1,"a":2}"#), ["a": 2])
  }

  func testAccessors() throws {
    let value = try JSONValue.parse(#"{"s":"x","i":3,"d":2.0,"h":2.5,"a":[1],"o":{"k":null},"b":true}"#)
    XCTAssertEqual(value["s"]?.stringValue, "x")
    XCTAssertEqual(value["i"]?.intValue, 3)
    XCTAssertEqual(value["d"]?.intValue, 2)
    XCTAssertNil(value["h"]?.intValue)
    XCTAssertEqual(value["h"]?.doubleValue, 2.5)
    XCTAssertEqual(value["a"]?.arrayValue, [1])
    XCTAssertEqual(value["a"]?[0], 1)
    XCTAssertNil(value["a"]?[1])
    XCTAssertNil(value["a"]?[-1])
    XCTAssertEqual(value["o"]?.objectValue, ["k": .null])
    XCTAssertEqual(value["o"]?["k"]?.isNull, true)
    XCTAssertEqual(value["b"]?.boolValue, true)
    XCTAssertNil(value["missing"])
    XCTAssertNil(value["s"]?["k"])
    XCTAssertNil(value.stringValue)
  }

  // MARK: - Parsing: errors

  func testErrorsNameOffsetAndReason() {
    let cases: [(String, Int, JSONParseError.Reason)] = [
      ("", 0, .unexpectedEnd),
      ("   ", 3, .unexpectedEnd),
      ("[1,]", 3, .unexpectedByte(UInt8(ascii: "]"), expected: "a value")),
      ("[1 2]", 3, .unexpectedByte(UInt8(ascii: "2"), expected: "',' or ']'")),
      (#"{"a" 1}"#, 5, .unexpectedByte(UInt8(ascii: "1"), expected: "':'")),
      (#"{"a":1,}"#, 7, .unexpectedByte(UInt8(ascii: "}"), expected: "a string key")),
      ("{1:2}", 1, .unexpectedByte(UInt8(ascii: "1"), expected: "a string key")),
      ("[1", 2, .unexpectedEnd),
      ("tru", 3, .unexpectedEnd),
      ("nul1", 3, .unexpectedByte(UInt8(ascii: "1"), expected: "'l' of null")),
      ("01", 1, .invalidNumber),
      ("-", 1, .unexpectedEnd),
      ("-a", 1, .invalidNumber),
      ("1.", 2, .invalidNumber),
      ("1.e3", 2, .invalidNumber),
      ("1e", 2, .invalidNumber),
      ("+1", 0, .unexpectedByte(UInt8(ascii: "+"), expected: "a value")),
      (".5", 0, .unexpectedByte(UInt8(ascii: "."), expected: "a value")),
      ("1e400", 0, .numberOutOfRange),
      ("-1e400", 0, .numberOutOfRange),
      ("NaN", 0, .unexpectedByte(UInt8(ascii: "N"), expected: "a value")),
      ("Infinity", 0, .unexpectedByte(UInt8(ascii: "I"), expected: "a value")),
      ("1 2", 2, .trailingContent),
      ("{} x", 3, .trailingContent),
      ("\"abc", 4, .unexpectedEnd),
      ("\"a\tb\"", 2, .controlCharacterInString(0x09)),
      ("\"a\nb\"", 2, .controlCharacterInString(0x0A)),
      (#""\x""#, 1, .invalidEscape),
      (#""\u12G4""#, 1, .invalidEscape),
      (#""\u12"#, 5, .unexpectedEnd),
      (#""\"#, 2, .unexpectedEnd),
      (#""\ud83d""#, 1, .loneSurrogate(0xD83D)),
      (#""\ud83d\n""#, 1, .loneSurrogate(0xD83D)),
      (#""\ud83d\u0041""#, 1, .loneSurrogate(0xD83D)),
      (#""x\ude00""#, 2, .loneSurrogate(0xDE00)),
      ("[\"a\" , ]", 7, .unexpectedByte(UInt8(ascii: "]"), expected: "a value")),
      ("'a'", 0, .unexpectedByte(UInt8(ascii: "'"), expected: "a value")),
    ]
    for (input, offset, reason) in cases {
      XCTAssertThrowsError(try JSONValue.parse(input), "input \(input)") { error in
        XCTAssertEqual(error as? JSONParseError, JSONParseError(offset: offset, reason: reason), "input \(input)")
      }
    }
  }

  func testInvalidUTF8AndByteOrderMark() {
    let cases: [([UInt8], Int, JSONParseError.Reason)] = [
      ([0xEF, 0xBB, 0xBF, 0x31], 0, .byteOrderMark),
      ([0x22, 0xC0, 0x80, 0x22], 1, .invalidUTF8),  // overlong NUL
      ([0x22, 0xE0, 0x80, 0x80, 0x22], 2, .invalidUTF8),  // overlong 3-byte
      ([0x22, 0xED, 0xA0, 0x80, 0x22], 2, .invalidUTF8),  // UTF-8 encoded surrogate
      ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 2, .invalidUTF8),  // above U+10FFFF
      ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1, .invalidUTF8),
      ([0x22, 0x80, 0x22], 1, .invalidUTF8),  // lone continuation byte
      ([0x22, 0xE4, 0xB8, 0x22], 3, .invalidUTF8),  // truncated by the quote
      ([0x22, 0xE4, 0xB8], 3, .unexpectedEnd),
      ([0xFF], 0, .unexpectedByte(0xFF, expected: "a value")),
    ]
    for (input, offset, reason) in cases {
      XCTAssertThrowsError(try JSONValue.parse(input), "input \(input)") { error in
        XCTAssertEqual(error as? JSONParseError, JSONParseError(offset: offset, reason: reason), "input \(input)")
      }
    }
  }

  func testErrorDescriptionIsOneLine() {
    let error = JSONParseError(offset: 12, reason: .unexpectedByte(UInt8(ascii: "x"), expected: "',' or '}'"))
    XCTAssertEqual(error.description, "invalid JSON at byte 12: expected ',' or '}' but found 'x'")
    XCTAssertEqual(
      JSONParseError(offset: 0, reason: .unexpectedByte(0x0A, expected: "a value")).description,
      "invalid JSON at byte 0: expected a value but found byte 0x0A")
  }

  // MARK: - Depth and hostile input

  func testDepthLimit() throws {
    let limit = JSONValue.defaultMaxDepth
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    XCTAssertNoThrow(try JSONValue.parse(deepest))
    let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    XCTAssertThrowsError(try JSONValue.parse(tooDeep)) { error in
      XCTAssertEqual(error as? JSONParseError, JSONParseError(offset: limit, reason: .tooDeep(limit: limit)))
    }
    XCTAssertThrowsError(try JSONValue.parse(String(repeating: "{\"a\":", count: 3), maxDepth: 2)) { error in
      XCTAssertEqual((error as? JSONParseError)?.reason, .tooDeep(limit: 2))
    }
    XCTAssertEqual(try JSONValue.parse("[[]]", maxDepth: 2), [[]])
    XCTAssertThrowsError(try JSONValue.parse("[[]]", maxDepth: 1))
    XCTAssertEqual(try JSONValue.parse("1", maxDepth: 0), 1)
  }

  /// A hostile megabyte of brackets, and the deepest accepted document parsed, printed, compared and freed
  /// on a thread with a small (512 KiB) stack, as a kernel's socket thread might have.
  func testDeepInputOnSmallStack() {
    let done = expectation(description: "parsed on a small stack")
    let thread = Thread {
      let hostile = [UInt8](repeating: UInt8(ascii: "["), count: 1 << 20)
      let hostileRejected = (try? JSONValue.parse(hostile)) == nil
      let limit = JSONValue.defaultMaxDepth
      let deepest = String(repeating: "{\"k\":[", count: limit / 2) + "1" + String(repeating: "]}", count: limit / 2)
      var text = ""
      var same = false
      if let value = try? JSONValue.parse(deepest) {
        text = value.compactString()
        same = (try? JSONValue.parse(value.nbformatString())) == value
      }
      XCTAssertTrue(hostileRejected)
      XCTAssertEqual(text, deepest)
      XCTAssertTrue(same)
      done.fulfill()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    wait(for: [done], timeout: 60)
  }

  /// Mutated copies of the sample never crash the parser, and whatever parses re-serialises to itself.
  func testMutatedInputNeverCrashes() throws {
    let sample = try fixture("sample.json")
    var generator = SplitMix64(seed: 7)
    for _ in 0..<3000 {
      var bytes = sample
      for _ in 0..<(1 + generator.next() % 4) {
        let index = Int(generator.next() % UInt64(bytes.count))
        switch generator.next() % 3 {
        case 0: bytes[index] = UInt8(truncatingIfNeeded: generator.next())
        case 1: bytes.remove(at: index)
        default: bytes.insert(Array("[]{}\",:\\u0123456789.eE-+tfn \u{0}".utf8)[Int(generator.next() % 28)], at: index)
        }
      }
      if let value = try? JSONValue.parse(bytes) {
        XCTAssertEqual(try JSONValue.parse(value.compactBytes()), value)
      }
    }
  }

  // MARK: - Helpers

  /// Runs `python3 -c script` with `input` on stdin; nil when python3 cannot be started.
  private func runPython(_ script: String, input: [UInt8]) throws -> [UInt8]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    do { try process.run() } catch { return nil }
    let writer = Thread {
      stdin.fileHandleForWriting.write(Data(input))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      if process.terminationStatus == 127 { return nil }
      XCTFail("python3 exited with \(process.terminationStatus)")
      return []
    }
    return [UInt8](output)
  }
}

/// A tiny deterministic random generator for reproducible test data.
private struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
