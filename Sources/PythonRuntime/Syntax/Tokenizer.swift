// The scanner: Python source (as Unicode scalars) to tokens, following CPython 3.11's
// Parser/tokenizer.c closely, including its error messages and the columns it reports.

/// An error the tokenizer stops at, with what the parser needs to decide between it and its own.
struct TokenizerFailure: Error {
  var error: SyntaxError
  var overridesGenericError: Bool = true
  var unclosedBracketLine: Int?
}

/// Splits Python source into tokens the way CPython 3.11's tokenizer does: NAME, NUMBER,
/// STRING (f-strings whole), OP, NEWLINE, INDENT/DEDENT and ENDMARKER, skipping comments,
/// blank lines and newlines inside brackets. Tokenization stops at the first error.
public struct Tokenizer {
  let s: [Unicode.Scalar]
  let n: Int
  var pos = 0
  var line: Int
  var lineStart = 0
  let firstLine: Int
  let firstColumn: Int
  var prevLineLength = 0
  var brackets: [(ch: Unicode.Scalar, line: Int, col: Int)] = []
  var indents: [Int] = [0]
  var altIndents: [Int] = [0]
  var atLineStart = true
  var tokens: [Token] = []

  static let maxBrackets = 200
  static let maxIndent = 100

  /// A tokenizer over `source`.
  public init(_ source: String) {
    self.init(scalars: Array(source.unicodeScalars))
  }

  /// A tokenizer over `scalars`, whose first scalar is at `line`:`column` (for nested sources).
  public init(scalars: [Unicode.Scalar], line: Int = 1, column: Int = 0) {
    self.s = scalars
    self.n = scalars.count
    self.line = line
    self.firstLine = line
    self.firstColumn = column
  }

  /// Tokenizes the whole source (a Tokenizer is used once).
  public mutating func tokenize() -> TokenizeResult {
    do {
      try run()
      return TokenizeResult(tokens: tokens, error: nil)
    } catch {
      let e = error.error
      tokens.append(Token(kind: .error, text: "", start: e.location, end: e.location, range: pos..<pos))
      return TokenizeResult(
        tokens: tokens, error: e, overridesGenericError: error.overridesGenericError,
        unclosedBracketLine: error.unclosedBracketLine)
    }
  }

  // MARK: - Positions

  func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < n ? s[i] : nil }

  func col(_ i: Int) -> Int { i - lineStart + (line == firstLine ? firstColumn : 0) }

  func loc(_ i: Int) -> SourceLocation { SourceLocation(line: line, column: col(i)) }

  /// Where CPython puts tokens and errors at end of file: the end of the last line.
  func eofLocation() -> SourceLocation {
    if pos >= n, pos == lineStart, line > firstLine {
      return SourceLocation(line: line - 1, column: prevLineLength + (line - 1 == firstLine ? firstColumn : 0))
    }
    return loc(pos)
  }

  func text(_ a: Int, _ b: Int) -> String {
    var t = ""
    if a < b, a >= 0, b <= n { t.unicodeScalars.append(contentsOf: s[a..<b]) }
    return t
  }

  mutating func emit(_ kind: TokenKind, from start: Int, at startLoc: SourceLocation) {
    tokens.append(Token(kind: kind, text: text(start, pos), start: startLoc, end: loc(pos), range: start..<pos))
  }

  mutating func emitEmpty(_ kind: TokenKind, at l: SourceLocation) {
    tokens.append(Token(kind: kind, text: "", start: l, end: l, range: pos..<pos))
  }

  func failure(
    _ message: String, line l: Int? = nil, column: Int, endColumn: Int? = nil,
    kind: SyntaxError.Kind = .syntaxError, eof: Bool = false, overrides: Bool = true
  ) -> TokenizerFailure {
    let e = SyntaxError(
      kind, message, at: SourceLocation(line: l ?? line, column: max(0, column)), endColumn: endColumn,
      isUnexpectedEOF: eof)
    return TokenizerFailure(error: e, overridesGenericError: overrides)
  }

  /// An error reported as CPython's tokenizer does at its current position `cur`
  /// (CPython's 1-based offset is `cur - line_start`).
  func failure(_ message: String, cur: Int) -> TokenizerFailure {
    failure(message, column: col(cur) - 1, endColumn: max(0, col(cur) - 1))
  }

  static func isNewline(_ c: Unicode.Scalar?) -> Bool { c == "\n" || c == "\r" }

  /// Consumes a newline ("\n", "\r\n" or "\r") at `pos` and moves to the next line.
  mutating func consumeNewline() {
    prevLineLength = pos - lineStart
    if at(pos) == "\r" && at(pos + 1) == "\n" { pos += 2 } else { pos += 1 }
    line += 1
    lineStart = pos
    atLineStart = brackets.isEmpty
  }

  // MARK: - Main loop

  mutating func run() throws(TokenizerFailure) {
    while true {
      if atLineStart && brackets.isEmpty {
        if try indentation() { continue }
      }
      while let c = at(pos), c == " " || c == "\t" || c == "\u{0C}" { pos += 1 }
      guard let c = at(pos) else {
        try finish()
        return
      }
      let start = pos
      let startLoc = loc(pos)
      switch c {
      case "#":
        while let d = at(pos), !Tokenizer.isNewline(d) { pos += 1 }
      case "\n", "\r":
        if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
          tokens.append(Token(kind: .newline, text: "\n", start: startLoc, end: startLoc, range: pos..<pos + 1))
        }
        consumeNewline()
      case "\\":
        try continuation()
      case "0"..."9":
        try scanNumber()
      case ".":
        if let d = at(pos + 1), d >= "0" && d <= "9" {
          try scanNumber()
        } else if at(pos + 1) == ".", at(pos + 2) == "." {
          pos += 3
          emit(.op, from: start, at: startLoc)
        } else {
          pos += 1
          emit(.op, from: start, at: startLoc)
        }
      case "'", "\"":
        try scanString(start: start, quoteAt: pos)
      case "\0":
        throw failure("source code cannot contain null bytes", column: col(pos))
      default:
        if Tokenizer.isIdentifierStart(c) {
          try scanNameOrPrefixedString()
        } else {
          try scanOperator(c)
        }
      }
    }
  }

  /// Measures indentation at the start of a logical line and emits INDENT/DEDENT tokens.
  /// Returns true when the line was blank or a comment (consumed and ignored).
  mutating func indentation() throws(TokenizerFailure) -> Bool {
    var column = 0
    var alt = 0
    while let c = at(pos) {
      if c == " " {
        column += 1
        alt += 1
      } else if c == "\t" {
        column = (column / 8 + 1) * 8
        alt += 1
      } else if c == "\u{0C}" {
        column = 0
        alt = 0
      } else {
        break
      }
      pos += 1
    }
    let c = at(pos)
    if c == "#" || Tokenizer.isNewline(c) {
      while let d = at(pos), !Tokenizer.isNewline(d) { pos += 1 }
      if at(pos) != nil { consumeNewline() }
      return true
    }
    atLineStart = false
    if c == nil { return false }
    let tokLoc = SourceLocation(line: line, column: max(0, col(pos) - 1))
    let top = indents.last ?? 0
    let altTop = altIndents.last ?? 0
    if column == top {
      if alt != altTop { throw tabError() }
    } else if column > top {
      if indents.count >= Tokenizer.maxIndent {
        throw failure("too many levels of indentation", column: 0, kind: .indentationError, overrides: false)
      }
      if alt <= altTop { throw tabError() }
      indents.append(column)
      altIndents.append(alt)
      tokens.append(Token(kind: .indent, text: "", start: tokLoc, end: tokLoc, range: lineStart..<pos))
    } else {
      while indents.count > 1, let t = indents.last, column < t {
        indents.removeLast()
        altIndents.removeLast()
        tokens.append(Token(kind: .dedent, text: "", start: tokLoc, end: tokLoc, range: pos..<pos))
      }
      if column != (indents.last ?? 0) {
        var end = pos
        while let d = at(end), !Tokenizer.isNewline(d) { end += 1 }
        throw failure(
          "unindent does not match any outer indentation level", column: col(end),
          kind: .indentationError, overrides: false)
      }
      if alt != (altIndents.last ?? 0) { throw tabError() }
    }
    return false
  }

  func tabError() -> TokenizerFailure {
    failure("inconsistent use of tabs and spaces in indentation", column: 0, kind: .tabError, overrides: false)
  }

  /// End of input: unclosed brackets are an error; otherwise NEWLINE, DEDENTs and ENDMARKER.
  mutating func finish() throws(TokenizerFailure) {
    if let b = brackets.last {
      var f = failure("'\(b.ch)' was never closed", line: b.line, column: b.col, eof: true, overrides: false)
      f.unclosedBracketLine = b.line
      throw f
    }
    let l = eofLocation()
    if let last = tokens.last, last.kind != .newline {
      emitEmpty(.newline, at: l)
    }
    for _ in indents.dropFirst() { emitEmpty(.dedent, at: l) }
    indents = [0]
    emitEmpty(.endMarker, at: l)
  }

  mutating func continuation() throws(TokenizerFailure) {
    let after = at(pos + 1)
    if Tokenizer.isNewline(after) {
      pos += 1
      consumeNewline()
      atLineStart = false
      if at(pos) == nil {
        throw failure("unexpected EOF while parsing", column: col(pos), eof: true, overrides: false)
      }
    } else if after == nil {
      throw failure("unexpected EOF while parsing", column: col(pos + 1), eof: true, overrides: false)
    } else {
      throw failure("unexpected character after line continuation character", column: col(pos + 1))
    }
  }

  // MARK: - Operators

  static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  static let twoCharOps: Set<String> = [
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=",
    "^=", "|=",
  ]

  mutating func scanOperator(_ c: Unicode.Scalar) throws(TokenizerFailure) {
    let start = pos
    let startLoc = loc(pos)
    if pos + 3 <= n, Tokenizer.threeCharOps.contains(text(pos, pos + 3)) {
      pos += 3
    } else if pos + 2 <= n, Tokenizer.twoCharOps.contains(text(pos, pos + 2)) {
      pos += 2
    } else {
      switch c {
      case "(", "[", "{":
        if brackets.count >= Tokenizer.maxBrackets {
          throw failure("too many nested parentheses", column: col(pos), endColumn: col(pos))
        }
        brackets.append((c, line, col(pos)))
      case ")", "]", "}":
        guard let open = brackets.last else {
          throw failure("unmatched '\(c)'", column: col(pos), endColumn: col(pos))
        }
        let matches = (open.ch == "(" && c == ")") || (open.ch == "[" && c == "]") || (open.ch == "{" && c == "}")
        if !matches {
          let suffix = open.line != line ? " on line \(open.line)" : ""
          throw failure(
            "closing parenthesis '\(c)' does not match opening parenthesis '\(open.ch)'\(suffix)",
            column: col(pos), endColumn: col(pos))
        }
        brackets.removeLast()
      default:
        break
      }
      pos += 1
    }
    emit(.op, from: start, at: startLoc)
  }

  // MARK: - Names

  static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || c.value >= 128
  }

  static func isIdentifierChar(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return isIdentifierStart(c) || (c >= "0" && c <= "9")
  }

  mutating func scanNameOrPrefixedString() throws(TokenizerFailure) {
    let start = pos
    let startLoc = loc(pos)
    var sawB = false, sawR = false, sawU = false, sawF = false
    var i = pos
    while let d = at(i) {
      if !(sawB || sawU || sawF) && (d == "b" || d == "B") {
        sawB = true
      } else if !(sawB || sawU || sawR || sawF) && (d == "u" || d == "U") {
        sawU = true
      } else if !(sawR || sawU) && (d == "r" || d == "R") {
        sawR = true
      } else if !(sawF || sawB || sawU) && (d == "f" || d == "F") {
        sawF = true
      } else {
        break
      }
      i += 1
      if at(i) == "'" || at(i) == "\"" {
        try scanString(start: start, quoteAt: i)
        return
      }
    }
    var nonASCII = false
    while let d = at(pos), Tokenizer.isIdentifierChar(d) {
      if d.value >= 128 { nonASCII = true }
      pos += 1
    }
    if nonASCII { try verifyIdentifier(start) }
    emit(.name, from: start, at: startLoc)
  }

  func verifyIdentifier(_ start: Int) throws(TokenizerFailure) {
    for i in start..<pos {
      guard let c = at(i) else { break }
      let ok: Bool
      if c == "_" {
        ok = true
      } else if i == start {
        ok = c.properties.isXIDStart
      } else {
        ok = c.properties.isXIDContinue
      }
      if ok { continue }
      let hex = String(c.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      let message = Tokenizer.isPrintable(c)
        ? "invalid character '\(Character(c))' (U+\(padded))" : "invalid non-printable character U+\(padded)"
      throw failure(message, column: col(i), endColumn: col(i))
    }
  }

  static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
      .spaceSeparator:
      return false
    default:
      return true
    }
  }
}
