/// A JSON document as a value: what Jupyter messages, nbformat files and mime bundle metadata are made of.
/// Objects keep their keys in a dictionary; serialisation sorts keys where a format asks for it (nbformat).
///
/// Parsing (`JSONValue.parse`) is strict RFC 8259 on UTF-8 input and never traps: any byte sequence either
/// parses or throws a `JSONParseError` naming the byte offset and the problem. Serialising follows
/// Python's `json.dumps` byte for byte (`ensure_ascii=False`), so files round-trip with nbformat's.
///
/// Numbers: an integer literal that fits in `Int` becomes `.int`; every other number becomes `.double`
/// (an integer literal too large for `Int` loses precision, as in JavaScript). Non-finite doubles cannot be
/// written as JSON; the serialisers write them as `null`.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])
}

// MARK: - Accessors

extension JSONValue {
  /// The member `key` of an object; nil for a missing key or a value that is not an object.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The element at `index` of an array; nil when out of range or not an array.
  public subscript(index: Int) -> JSONValue? {
    if case .array(let items) = self, items.indices.contains(index) { return items[index] }
    return nil
  }

  /// The text of a string value.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// An integer value, or a double with an exact integer value (JavaScript peers send `1.0` as `1`, but not always).
  public var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .double(let d): return Int(exactly: d)
    default: return nil
    }
  }

  /// A number as a Double.
  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }

  /// A boolean value.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The elements of an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The members of an object.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// Whether this is JSON `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}

// MARK: - Literals

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  /// A repeated key keeps its last value, as Python's `dict` and `json.loads` do.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}

// MARK: - Parsing

/// Why a JSON text was rejected, and where: `offset` is the index of the offending byte in the input
/// (the input's length for an unexpected end).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The problem found at `offset`.
  public enum Reason: Sendable, Equatable {
    /// The text ended inside a value, or was empty.
    case unexpectedEnd
    /// A byte that cannot start or continue what was being read here (`expected` says what could).
    case unexpectedByte(UInt8, expected: String)
    /// Bytes that are not valid UTF-8 inside a string.
    case invalidUTF8
    /// A UTF-8 byte order mark at the start (RFC 8259 §8.1: senders must not add one; Python rejects it too).
    case byteOrderMark
    /// A control character (U+0000–U+001F) written raw inside a string.
    case controlCharacterInString(UInt8)
    /// A backslash escape that JSON does not have, or a `\u` not followed by four hex digits.
    case invalidEscape
    /// A `\uD800`–`\uDFFF` escape that is not half of a high-low surrogate pair.
    case loneSurrogate(UInt16)
    /// A number that does not follow JSON's grammar (leading zeros, missing digits).
    case invalidNumber
    /// A number too large for a Double.
    case numberOutOfRange
    /// Arrays and objects nested more deeply than the parser's limit.
    case tooDeep(limit: Int)
    /// Something after the end of the top-level value.
    case trailingContent
  }

  /// Index of the offending byte in the input.
  public var offset: Int
  /// What is wrong there.
  public var reason: Reason

  public init(offset: Int, reason: Reason) {
    self.offset = offset
    self.reason = reason
  }

  /// A one-line explanation, e.g. `invalid JSON at byte 12: expected ',' or '}' but found 'x'`.
  public var description: String { "invalid JSON at byte \(offset): \(reason.message)" }
}

extension JSONParseError.Reason {
  /// The reason in words.
  public var message: String {
    switch self {
    case .unexpectedEnd: return "unexpected end of input"
    case .unexpectedByte(let byte, let expected):
      return "expected \(expected) but found \(Self.show(byte))"
    case .invalidUTF8: return "invalid UTF-8"
    case .byteOrderMark: return "unexpected UTF-8 byte order mark"
    case .controlCharacterInString(let byte):
      return "control character \(Self.show(byte)) must be escaped inside a string"
    case .invalidEscape: return "invalid escape sequence"
    case .loneSurrogate(let unit):
      return "lone surrogate \\u\(Self.hex4(unit)) (surrogates must come in high-low pairs)"
    case .invalidNumber: return "invalid number"
    case .numberOutOfRange: return "number out of range"
    case .tooDeep(let limit): return "arrays and objects nested deeper than \(limit) levels"
    case .trailingContent: return "extra data after the JSON value"
    }
  }

  private static func show(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + hex2(byte)
  }

  private static func hex2(_ byte: UInt8) -> String {
    let s = String(byte, radix: 16, uppercase: true)
    return s.count < 2 ? "0" + s : s
  }

  private static func hex4(_ unit: UInt16) -> String {
    let s = String(unit, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }
}

extension JSONValue {
  /// The nesting limit `parse` uses unless told otherwise (Python's json stops near 1000 too).
  public static let defaultMaxDepth = 1000

  /// Parses one JSON text (RFC 8259) from UTF-8 bytes. Arrays and objects may nest `maxDepth` levels;
  /// the parser keeps its own stack, so deep or hostile input cannot overflow the thread's stack.
  /// A repeated object key keeps its last value, as Python's json does.
  public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
    return try parser.parseDocument()
  }

  /// Parses one JSON text (RFC 8259) from a string; see `parse(_: [UInt8], maxDepth:)`.
  public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    try parse(Array(text.utf8), maxDepth: maxDepth)
  }
}

/// An array or object being filled while the parser reads its members.
private final class OpenContainer {
  var items: [JSONValue] = []
  var members: [String: JSONValue] = [:]
  /// The key whose value is being read (objects only).
  var pendingKey: String = ""
  let isObject: Bool
  init(isObject: Bool) { self.isObject = isObject }
}

/// An iterative recursive-descent JSON parser over UTF-8 bytes.
private struct JSONParser {
  let bytes: [UInt8]
  let maxDepth: Int
  var position = 0

  init(bytes: [UInt8], maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  // MARK: Bytes

  var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  func byte(at index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

  mutating func skipWhitespace() {
    while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 }
  }

  func fail(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
    JSONParseError(offset: offset ?? position, reason: reason)
  }

  func unexpected(_ expected: String) -> JSONParseError {
    guard let b = current else { return fail(.unexpectedEnd) }
    return fail(.unexpectedByte(b, expected: expected))
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(JSONParseError) {
    guard current == byte else { throw unexpected(what) }
    position += 1
  }

  // MARK: Document

  mutating func parseDocument() throws(JSONParseError) -> JSONValue {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      throw fail(.byteOrderMark, at: 0)
    }
    skipWhitespace()
    var stack: [OpenContainer] = []
    while true {
      // Read the start of a value: either a scalar (complete at once) or an opening bracket.
      var value: JSONValue
      guard let b = current else { throw fail(.unexpectedEnd) }
      switch b {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        let isObject = b == UInt8(ascii: "{")
        guard stack.count < maxDepth else { throw fail(.tooDeep(limit: maxDepth)) }
        position += 1
        skipWhitespace()
        if current == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          position += 1
          value = isObject ? .object([:]) : .array([])
        } else {
          let container = OpenContainer(isObject: isObject)
          if isObject { container.pendingKey = try parseKey() }
          stack.append(container)
          continue
        }
      case UInt8(ascii: "\""):
        value = .string(try parseString())
      case UInt8(ascii: "t"):
        try parseLiteral("true")
        value = .bool(true)
      case UInt8(ascii: "f"):
        try parseLiteral("false")
        value = .bool(false)
      case UInt8(ascii: "n"):
        try parseLiteral("null")
        value = .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = try parseNumber()
      default:
        throw unexpected("a value")
      }

      // Hand the finished value to the innermost open container; close containers that end here.
      while true {
        guard let top = stack.last else {
          skipWhitespace()
          guard position == bytes.count else { throw fail(.trailingContent) }
          return value
        }
        skipWhitespace()
        if top.isObject {
          top.members[top.pendingKey] = value
          if current == UInt8(ascii: ",") {
            position += 1
            skipWhitespace()
            top.pendingKey = try parseKey()
            break
          }
          guard current == UInt8(ascii: "}") else { throw unexpected("',' or '}'") }
          position += 1
          value = .object(top.members)
        } else {
          top.items.append(value)
          if current == UInt8(ascii: ",") {
            position += 1
            skipWhitespace()
            break
          }
          guard current == UInt8(ascii: "]") else { throw unexpected("',' or ']'") }
          position += 1
          value = .array(top.items)
        }
        stack.removeLast()
      }
    }
  }

  /// Reads `"key"` `:` and the whitespace after it; the cursor is at the key's quote.
  mutating func parseKey() throws(JSONParseError) -> String {
    guard current == UInt8(ascii: "\"") else { throw unexpected("a string key") }
    let key = try parseString()
    skipWhitespace()
    try expect(UInt8(ascii: ":"), "':'")
    skipWhitespace()
    return key
  }

  mutating func parseLiteral(_ word: StaticString) throws(JSONParseError) {
    let start = position
    var index = 0
    let expected = word.utf8Start
    while index < word.utf8CodeUnitCount {
      let want = expected[index]
      guard let b = byte(at: start + index) else { throw fail(.unexpectedEnd, at: start + index) }
      guard b == want else {
        throw fail(.unexpectedByte(b, expected: "'\(Character(Unicode.Scalar(want)))' of \(word)"), at: start + index)
      }
      index += 1
    }
    position = start + index
  }

  // MARK: Numbers

  mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = position
    var isInteger = true
    if current == UInt8(ascii: "-") { position += 1 }
    guard let first = current else { throw fail(.unexpectedEnd) }
    if first == UInt8(ascii: "0") {
      position += 1
      if let next = current, isDigit(next) { throw fail(.invalidNumber) }
    } else if isDigit(first) {
      skipDigits()
    } else {
      throw fail(.invalidNumber)
    }
    if current == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard let d = current, isDigit(d) else { throw fail(.invalidNumber) }
      skipDigits()
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      isInteger = false
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      guard let d = current, isDigit(d) else { throw fail(.invalidNumber) }
      skipDigits()
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if isInteger, let i = Int(text) { return .int(i) }
    guard let d = Double(text), d.isFinite else { throw fail(.numberOutOfRange, at: start) }
    return .double(d)
  }

  func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

  mutating func skipDigits() {
    while let b = current, isDigit(b) { position += 1 }
  }

  // MARK: Strings

  /// Reads a string literal; the cursor is at its opening quote and ends after its closing quote.
  mutating func parseString() throws(JSONParseError) -> String {
    position += 1
    var utf8: [UInt8] = []
    while true {
      guard let b = current else { throw fail(.unexpectedEnd) }
      switch b {
      case UInt8(ascii: "\""):
        position += 1
        // Every byte appended was validated, so decoding cannot repair anything.
        return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &utf8)
      case 0x00..<0x20:
        throw fail(.controlCharacterInString(b))
      case 0x20..<0x80:
        utf8.append(b)
        position += 1
      default:
        let length = try validUTF8SequenceLength()
        utf8.append(contentsOf: bytes[position..<(position + length)])
        position += length
      }
    }
  }

  /// The length of the well-formed UTF-8 sequence (Unicode table 3-7) starting at the cursor, whose lead
  /// byte is not ASCII; throws at the first byte that breaks it.
  func validUTF8SequenceLength() throws(JSONParseError) -> Int {
    guard let lead = current else { throw fail(.unexpectedEnd) }
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: throw fail(.invalidUTF8)
    }
    for index in 1..<length {
      guard let b = byte(at: position + index) else { throw fail(.unexpectedEnd, at: position + index) }
      let (lo, hi) = index == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
      guard b >= lo && b <= hi else { throw fail(.invalidUTF8, at: position + index) }
    }
    return length
  }

  /// Reads one escape sequence (cursor at the backslash), appending its UTF-8 to `utf8`.
  mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONParseError) {
    let start = position
    guard let kind = byte(at: position + 1) else { throw fail(.unexpectedEnd, at: position + 1) }
    position += 2
    switch kind {
    case UInt8(ascii: "\""): utf8.append(0x22)
    case UInt8(ascii: "\\"): utf8.append(0x5C)
    case UInt8(ascii: "/"): utf8.append(0x2F)
    case UInt8(ascii: "b"): utf8.append(0x08)
    case UInt8(ascii: "f"): utf8.append(0x0C)
    case UInt8(ascii: "n"): utf8.append(0x0A)
    case UInt8(ascii: "r"): utf8.append(0x0D)
    case UInt8(ascii: "t"): utf8.append(0x09)
    case UInt8(ascii: "u"):
      let unit = try readHex4(escapeStart: start)
      var scalarValue = UInt32(unit)
      if unit >= 0xD800 && unit <= 0xDBFF {
        guard byte(at: position) == UInt8(ascii: "\\"), byte(at: position + 1) == UInt8(ascii: "u") else {
          throw fail(.loneSurrogate(unit), at: start)
        }
        let lowStart = position
        position += 2
        let low = try readHex4(escapeStart: lowStart)
        guard low >= 0xDC00 && low <= 0xDFFF else { throw fail(.loneSurrogate(unit), at: start) }
        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if unit >= 0xDC00 && unit <= 0xDFFF {
        throw fail(.loneSurrogate(unit), at: start)
      }
      guard let scalar = Unicode.Scalar(scalarValue) else { throw fail(.invalidEscape, at: start) }
      utf8.append(contentsOf: String(Character(scalar)).utf8)
    default:
      throw fail(.invalidEscape, at: start)
    }
  }

  /// Reads the four hex digits after `\u` (the cursor is at the first).
  mutating func readHex4(escapeStart: Int) throws(JSONParseError) -> UInt16 {
    var unit: UInt16 = 0
    for _ in 0..<4 {
      guard let b = current else { throw fail(.unexpectedEnd) }
      let digit: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
      default: throw fail(.invalidEscape, at: escapeStart)
      }
      unit = unit << 4 | UInt16(digit)
      position += 1
    }
    return unit
  }
}

// MARK: - Serialising

extension JSONValue {
  /// Compact JSON as UTF-8 bytes (no whitespace, non-ASCII written raw): for Jupyter wire messages.
  /// Keys are in dictionary order unless `sortedKeys`.
  public func compactBytes(sortedKeys: Bool = false) -> [UInt8] {
    var writer = JSONWriter(indent: nil, sortedKeys: sortedKeys)
    writer.write(self, level: 0)
    return writer.out
  }

  /// Compact JSON text; see `compactBytes(sortedKeys:)`.
  public func compactString(sortedKeys: Bool = false) -> String {
    String(decoding: compactBytes(sortedKeys: sortedKeys), as: UTF8.self)
  }

  /// The text nbformat writes for this document: Python's
  /// `json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"`, byte for byte.
  public func nbformatString() -> String {
    String(decoding: nbformatBytes(), as: UTF8.self)
  }

  /// UTF-8 bytes of `nbformatString()`.
  public func nbformatBytes() -> [UInt8] {
    var writer = JSONWriter(indent: 1, sortedKeys: true)
    writer.write(self, level: 0)
    writer.out.append(0x0A)
    return writer.out
  }

  /// Python's `repr(float)` (shortest round-trip digits; exponent form below 1e-4 and from 1e16 on),
  /// which `json.dumps` uses for floats. Non-finite values give Python's `nan`, `inf`, `-inf`.
  static func pythonRepr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    // Swift's description has the same shortest round-trip digits; lay them out as Python does.
    var text = Substring(value.description)
    let negative = text.first == "-"
    if negative { text = text.dropFirst() }
    var mantissa = text
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let integerPart = mantissa.split(separator: ".", omittingEmptySubsequences: false).first ?? ""
    var digits = Array(mantissa.filter { $0 != "." })
    // value = 0.d1d2... × 10^decimalPoint
    var decimalPoint = integerPart.count + exponent
    while let first = digits.first, first == "0" {
      digits.removeFirst()
      decimalPoint -= 1
    }
    while let last = digits.last, last == "0" { digits.removeLast() }
    let sign = negative ? "-" : ""
    guard !digits.isEmpty else { return sign + "0.0" }
    let all = String(digits)
    if decimalPoint <= -4 || decimalPoint > 16 {
      let e = decimalPoint - 1
      let magnitude = String(abs(e))
      let rest = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
      return sign + String(digits[0]) + rest + "e" + (e < 0 ? "-" : "+")
        + (magnitude.count < 2 ? "0" : "") + magnitude
    }
    if decimalPoint <= 0 { return sign + "0." + String(repeating: "0", count: -decimalPoint) + all }
    if decimalPoint >= digits.count {
      return sign + all + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
    }
    return sign + String(digits[..<decimalPoint]) + "." + String(digits[decimalPoint...])
  }
}

extension JSONValue {
  /// Structural equality (`.int(1) != .double(1)`, NaN is not equal to itself), compared with an explicit
  /// stack so that deep documents cannot overflow the thread's stack.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    var pending: [(JSONValue, JSONValue)] = [(lhs, rhs)]
    while let (a, b) = pending.popLast() {
      switch (a, b) {
      case (.null, .null): continue
      case (.bool(let x), .bool(let y)): if x != y { return false }
      case (.int(let x), .int(let y)): if x != y { return false }
      case (.double(let x), .double(let y)): if x != y { return false }
      case (.string(let x), .string(let y)): if x != y { return false }
      case (.array(let x), .array(let y)):
        guard x.count == y.count else { return false }
        pending.append(contentsOf: zip(x, y))
      case (.object(let x), .object(let y)):
        guard x.count == y.count else { return false }
        for (key, value) in x {
          guard let other = y[key] else { return false }
          pending.append((value, other))
        }
      default: return false
      }
    }
    return true
  }
}

extension JSONValue: CustomStringConvertible {
  /// Compact JSON with sorted keys.
  public var description: String { compactString(sortedKeys: true) }
}

/// Writes JSON the way Python's json module does with `ensure_ascii=False`.
private struct JSONWriter {
  /// Spaces per level, or nil for compact output.
  let indent: Int?
  let sortedKeys: Bool
  var out: [UInt8] = []

  init(indent: Int?, sortedKeys: Bool) {
    self.indent = indent
    self.sortedKeys = sortedKeys
  }

  mutating func append(_ text: String) { out.append(contentsOf: text.utf8) }

  mutating func newline(level: Int) {
    guard let indent else { return }
    out.append(0x0A)
    out.append(contentsOf: repeatElement(0x20, count: indent * level))
  }

  /// What is left to write, innermost last: the writer keeps its own stack so that deep documents
  /// cannot overflow the thread's stack.
  private enum Task {
    case value(JSONValue, level: Int)
    /// The comma (unless first) and line break before an array element.
    case element(first: Bool, level: Int)
    /// The comma (unless first), line break and `"key": ` before an object member.
    case key(String, first: Bool, level: Int)
    /// The line break and closing bracket of a container.
    case close(UInt8, level: Int)
  }

  mutating func write(_ root: JSONValue, level: Int) {
    var tasks: [Task] = [.value(root, level: level)]
    while let task = tasks.popLast() {
      switch task {
      case .element(let first, let level):
        if !first { out.append(UInt8(ascii: ",")) }
        newline(level: level)
      case .key(let key, let first, let level):
        if !first { out.append(UInt8(ascii: ",")) }
        newline(level: level)
        writeString(key)
        out.append(UInt8(ascii: ":"))
        if indent != nil { out.append(0x20) }
      case .close(let bracket, let level):
        newline(level: level)
        out.append(bracket)
      case .value(let value, let level):
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): append(String(i))
        case .double(let d): append(d.isFinite ? JSONValue.pythonRepr(d) : "null")
        case .string(let s): writeString(s)
        case .array(let items):
          guard !items.isEmpty else {
            append("[]")
            continue
          }
          out.append(UInt8(ascii: "["))
          tasks.append(.close(UInt8(ascii: "]"), level: level))
          for (index, item) in items.enumerated().reversed() {
            tasks.append(.value(item, level: level + 1))
            tasks.append(.element(first: index == 0, level: level + 1))
          }
        case .object(let members):
          guard !members.isEmpty else {
            append("{}")
            continue
          }
          out.append(UInt8(ascii: "{"))
          tasks.append(.close(UInt8(ascii: "}"), level: level))
          var keys = Array(members.keys)
          // Python sorts str keys by code point; Swift's String `<` does not.
          if sortedKeys { keys.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) } }
          for (index, key) in keys.enumerated().reversed() {
            tasks.append(.value(members[key] ?? .null, level: level + 1))
            tasks.append(.key(key, first: index == 0, level: level + 1))
          }
        }
      }
    }
  }

  mutating func writeString(_ s: String) {
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case 0x22: append("\\\"")
      case 0x5C: append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0x08: append("\\b")
      case 0x0C: append("\\f")
      case 0x00..<0x20:
        let hex = String(b, radix: 16)
        append("\\u00" + (hex.count < 2 ? "0" : "") + hex)
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
