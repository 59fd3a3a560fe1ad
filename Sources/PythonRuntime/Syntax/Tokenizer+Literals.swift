// Numbers and string literals in the tokenizer (CPython 3.11's rules and messages).

extension Tokenizer {
  static func isDigit(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return c >= "0" && c <= "9"
  }

  static func isHexDigit(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
  }

  // MARK: - Strings

  /// Scans a string literal whose prefix starts at `start` and whose opening quote is at `quoteAt`.
  mutating func scanString(start: Int, quoteAt: Int) throws(TokenizerFailure) {
    let startLoc = loc(start)
    let startLine = line
    guard let quote = at(quoteAt) else { return }
    var i = quoteAt + 1
    var quoteSize = 1
    var endQuoteSize = 0
    if at(i) == quote {
      if at(i + 1) == quote {
        quoteSize = 3
        i += 2
      } else {
        endQuoteSize = 1
        i += 1
      }
    }
    while endQuoteSize != quoteSize {
      guard let c = at(i) else {
        pos = i
        let detected = eofLocation().line
        if quoteSize == 3 {
          throw failure(
            "unterminated triple-quoted string literal (detected at line \(detected))", line: startLine,
            column: startLoc.column, endColumn: startLoc.column, eof: true)
        }
        throw failure(
          "unterminated string literal (detected at line \(detected))", line: startLine,
          column: startLoc.column, endColumn: startLoc.column)
      }
      if quoteSize == 1 && Tokenizer.isNewline(c) {
        throw failure(
          "unterminated string literal (detected at line \(line))", line: startLine,
          column: startLoc.column, endColumn: startLoc.column)
      }
      if c == quote {
        endQuoteSize += 1
        i += 1
      } else {
        endQuoteSize = 0
        if c == "\\" {
          i += 1
          if Tokenizer.isNewline(at(i)) {
            pos = i
            consumeNewline()
            atLineStart = false
            i = pos
          } else if at(i) != nil {
            i += 1
          }
        } else if Tokenizer.isNewline(c) {
          pos = i
          consumeNewline()
          atLineStart = false
          i = pos
        } else {
          i += 1
        }
      }
    }
    pos = i
    emit(.string, from: start, at: startLoc)
  }

  // MARK: - Numbers

  /// A cursor emulating CPython's `tok_nextc`/`tok_backup` over the scalars.
  struct Cursor {
    var cur: Int
    let s: [Unicode.Scalar]
    mutating func next() -> Unicode.Scalar? {
      guard cur < s.count else { return nil }
      let c = s[cur]
      cur += 1
      return c
    }
    mutating func backup(_ c: Unicode.Scalar?) {
      if c != nil { cur -= 1 }
    }
  }

  private enum NumberStage { case fraction, afterInt, exponent, imaginary, end }

  mutating func scanNumber() throws(TokenizerFailure) {
    let start = pos
    let startLoc = loc(pos)
    var k = Cursor(cur: pos, s: s)
    var c = k.next()
    var stage = NumberStage.afterInt
    if c == "." {
      c = k.next()
      stage = .fraction
    } else if c == "0" {
      c = k.next()
      if c == "x" || c == "X" {
        c = k.next()
        try radixDigits(&k, &c, kind: "hexadecimal") { Tokenizer.isHexDigit($0) }
        try verifyEnd(&k, c, "hexadecimal")
        stage = .end
      } else if c == "o" || c == "O" {
        c = k.next()
        try radixDigits(&k, &c, kind: "octal") { $0 >= "0" && $0 <= "7" }
        if let d = c, Tokenizer.isDigit(d) { throw failure("invalid digit '\(d)' in octal literal", cur: k.cur) }
        try verifyEnd(&k, c, "octal")
        stage = .end
      } else if c == "b" || c == "B" {
        c = k.next()
        try radixDigits(&k, &c, kind: "binary") { $0 == "0" || $0 == "1" }
        if let d = c, Tokenizer.isDigit(d) { throw failure("invalid digit '\(d)' in binary literal", cur: k.cur) }
        try verifyEnd(&k, c, "binary")
        stage = .end
      } else {
        var nonzero = false
        while true {
          if c == "_" {
            c = k.next()
            if !Tokenizer.isDigit(c) {
              k.backup(c)
              throw failure("invalid decimal literal", cur: k.cur)
            }
          }
          if c != "0" { break }
          c = k.next()
        }
        let zerosEnd = k.cur
        if Tokenizer.isDigit(c) {
          nonzero = true
          c = try decimalTail(&k)
        }
        if c == "." {
          c = k.next()
          stage = .fraction
        } else if c == "e" || c == "E" {
          stage = .exponent
        } else if c == "j" || c == "J" {
          stage = .imaginary
        } else if nonzero {
          k.backup(c)
          throw failure(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            column: col(start), endColumn: col(zerosEnd) - 1)
        } else {
          try verifyEnd(&k, c, "decimal")
          stage = .end
        }
      }
    } else {
      c = try decimalTail(&k)
      if c == "." {
        c = k.next()
        stage = .fraction
      }
    }
    if stage == .fraction {
      if Tokenizer.isDigit(c) { c = try decimalTail(&k) }
      stage = .afterInt
    }
    if stage == .afterInt {
      if c == "e" || c == "E" {
        stage = .exponent
      } else if c == "j" || c == "J" {
        stage = .imaginary
      } else {
        try verifyEnd(&k, c, "decimal")
        stage = .end
      }
    }
    if stage == .exponent {
      let e = c
      c = k.next()
      if c == "+" || c == "-" {
        c = k.next()
        if !Tokenizer.isDigit(c) {
          k.backup(c)
          throw failure("invalid decimal literal", cur: k.cur)
        }
      } else if !Tokenizer.isDigit(c) {
        k.backup(c)
        try verifyEnd(&k, e, "decimal")
        k.backup(e)
        pos = k.cur
        emit(.number, from: start, at: startLoc)
        return
      }
      c = try decimalTail(&k)
      if c == "j" || c == "J" {
        stage = .imaginary
      } else {
        try verifyEnd(&k, c, "decimal")
      }
    }
    if stage == .imaginary {
      c = k.next()
      try verifyEnd(&k, c, "imaginary")
    }
    k.backup(c)
    pos = k.cur
    emit(.number, from: start, at: startLoc)
  }

  /// Digits of a hexadecimal, octal or binary literal after its prefix, with underscores.
  func radixDigits(
    _ k: inout Cursor, _ c: inout Unicode.Scalar?, kind: String, _ isDigit: (Unicode.Scalar) -> Bool
  ) throws(TokenizerFailure) {
    repeat {
      if c == "_" { c = k.next() }
      guard let d = c, isDigit(d) else {
        if kind != "hexadecimal", let d = c, Tokenizer.isDigit(d) {
          throw failure("invalid digit '\(d)' in \(kind) literal", cur: k.cur)
        }
        k.backup(c)
        throw failure("invalid \(kind) literal", cur: k.cur)
      }
      repeat { c = k.next() } while c.map(isDigit) ?? false
    } while c == "_"
  }

  /// CPython's `tok_decimal_tail`: the digit before the cursor has been read.
  func decimalTail(_ k: inout Cursor) throws(TokenizerFailure) -> Unicode.Scalar? {
    while true {
      var c: Unicode.Scalar?
      repeat { c = k.next() } while Tokenizer.isDigit(c)
      if c != "_" { return c }
      c = k.next()
      if !Tokenizer.isDigit(c) {
        k.backup(c)
        throw failure("invalid decimal literal", cur: k.cur)
      }
    }
  }

  /// CPython's `verify_end_of_number`: a number may be followed directly by some keywords.
  func verifyEnd(_ k: inout Cursor, _ c: Unicode.Scalar?, _ kind: String) throws(TokenizerFailure) {
    func follows(_ word: String) -> Bool {
      var i = k.cur
      for w in word.unicodeScalars {
        guard at(i) == w else { return false }
        i += 1
      }
      return !Tokenizer.isIdentifierChar(at(i))
    }
    var allowed = false
    switch c {
    case "a": allowed = follows("nd")
    case "e": allowed = follows("lse")
    case "f": allowed = follows("or")
    case "o": allowed = follows("r")
    case "n": allowed = follows("ot")
    case "i":
      let c2 = at(k.cur)
      allowed = c2 == "f" || c2 == "n" || c2 == "s"
    default: break
    }
    if allowed { return }
    if Tokenizer.isIdentifierChar(c) {
      k.backup(c)
      throw failure("invalid \(kind) literal", cur: k.cur)
    }
  }
}
