// f-strings, following CPython 3.11's Parser/string_parser.c: the literal parts, `{{` `}}`,
// replacement fields `{expr=!conv:spec}` with nested fields in the spec (two levels at most),
// and the expression parsed by a sub-parser as `(expr)`.

extension Parser {
  func scalar(_ i: Int) -> Unicode.Scalar? {
    i >= 0 && i < source.count ? source[i] : nil
  }

  /// Parses f-string text from `i` up to the end of the piece (level 0) or a `}` (format spec).
  mutating func fstringParse(
    _ i: inout Int, piece: StringPiece, after: Token, level: Int, parts: inout [Expr], text: inout String
  ) throws(SyntaxError) {
    let end = piece.body.upperBound
    while true {
      let (literal, doubled) = try fstringLiteral(&i, end: end, raw: piece.isRaw, level: level, after: after)
      if !literal.isEmpty {
        text += piece.isRaw
          ? (try decodeString(literal, raw: true, after: after))
          : (try decodeString(literal, raw: false, after: after))
      }
      if doubled { continue }
      guard i < end, scalar(i) == "{" else { break }
      let (exprText, field) = try fstringField(&i, piece: piece, after: after, level: level)
      if let exprText { text += exprText }
      if !text.isEmpty {
        parts.append(Expr(.constant(.str(text)), at: piece.token.start, end: piece.token.end))
        text = ""
      }
      parts.append(field)
    }
    if level != 0 && (i >= end || scalar(i) != "}") { throw error("f-string: expecting '}'", token: after) }
  }

  /// The literal text before the next field; `doubled` when it ended at `{{` or `}}`.
  mutating func fstringLiteral(
    _ i: inout Int, end: Int, raw: Bool, level: Int, after: Token
  ) throws(SyntaxError) -> (Range<Int>, Bool) {
    let start = i
    var s = i
    while s < end {
      guard var ch = scalar(s) else { break }
      s += 1
      if !raw && ch == "\\" && s < end, let next = scalar(s) {
        ch = next
        s += 1
        if ch == "N" {
          if s < end {
            let c2 = scalar(s)
            s += 1
            if c2 == "{" {
              while s < end {
                let c3 = scalar(s)
                s += 1
                if c3 == "}" { break }
              }
            }
          }
          continue
        }
      }
      if ch == "{" || ch == "}" {
        if level == 0 {
          if s < end && scalar(s) == ch {
            i = s + 1
            return (start..<s, true)
          }
          if ch == "}" { throw error("f-string: single '}' is not allowed", token: after) }
        }
        s -= 1
        break
      }
    }
    i = s
    return (start..<s, false)
  }

  /// One `{...}` replacement field; `i` is at the `{`.
  mutating func fstringField(
    _ i: inout Int, piece: StringPiece, after: Token, level: Int
  ) throws(SyntaxError) -> (String?, Expr) {
    let end = piece.body.upperBound
    if level >= 2 { throw error("f-string: expressions nested too deeply", token: after) }
    i += 1
    let exprStart = i
    var quote: Unicode.Scalar?
    var tripleQuoted = false
    var nested: [Unicode.Scalar] = []
    while i < end, let ch = scalar(i) {
      if ch == "\\" { throw error("f-string expression part cannot include a backslash", token: after) }
      if let q = quote {
        if ch == q {
          if tripleQuoted {
            if i + 2 < end && scalar(i + 1) == ch && scalar(i + 2) == ch {
              i += 3
              quote = nil
              continue
            }
          } else {
            quote = nil
          }
        }
      } else if ch == "'" || ch == "\"" {
        tripleQuoted = i + 2 < end && scalar(i + 1) == ch && scalar(i + 2) == ch
        if tripleQuoted { i += 2 }
        quote = ch
      } else if ch == "[" || ch == "{" || ch == "(" {
        if nested.count >= Tokenizer.maxBrackets {
          throw error("f-string: too many nested parenthesis", token: after)
        }
        nested.append(ch)
      } else if ch == "#" {
        throw error("f-string expression part cannot include '#'", token: after)
      } else if nested.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == ">" || ch == "<") {
        if i + 1 < end && scalar(i + 1) == "=" && ch != ":" && ch != "}" {
          i += 2
          continue
        }
        if ch == ">" || ch == "<" {
          i += 1
          continue
        }
        break
      } else if ch == "]" || ch == "}" || ch == ")" {
        guard let open = nested.popLast() else { throw error("f-string: unmatched '\(ch)'", token: after) }
        if !((open == "(" && ch == ")") || (open == "[" && ch == "]") || (open == "{" && ch == "}")) {
          throw error(
            "f-string: closing parenthesis '\(ch)' does not match opening parenthesis '\(open)'", token: after)
        }
      }
      i += 1
    }
    if quote != nil { throw error("f-string: unterminated string", token: after) }
    if let open = nested.last { throw error("f-string: unmatched '\(open)'", token: after) }
    guard i < end, let stop = scalar(i) else { throw error("f-string: expecting '}'", token: after) }
    let blank = (exprStart..<i).allSatisfy { k in
      let c = scalar(k)
      return c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }
    if blank {
      if stop == "!" || stop == ":" || stop == "=" {
        throw error("f-string: expression required before '\(stop)'", token: after)
      }
      throw error("f-string: empty expression not allowed", token: after)
    }
    let value = try fstringExpression(exprStart..<i, piece: piece)
    var exprText: String?
    if scalar(i) == "=" {
      i += 1
      while i < end, let c = scalar(i), c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" { i += 1 }
      if i >= end { throw error("f-string: expecting '}'", token: after) }
      var t = ""
      for k in exprStart..<i { if let c = scalar(k) { t.unicodeScalars.append(c) } }
      exprText = t
    }
    var conversion: Character?
    if scalar(i) == "!" {
      i += 1
      guard i < end, let c = scalar(i) else { throw error("f-string: expecting '}'", token: after) }
      i += 1
      if !(c == "s" || c == "r" || c == "a") {
        throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", token: after)
      }
      conversion = Character(c)
    }
    var spec: Expr?
    if i < end && scalar(i) == ":" {
      i += 1
      if i >= end { throw error("f-string: expecting '}'", token: after) }
      var specParts: [Expr] = []
      var specText = ""
      try fstringParse(&i, piece: piece, after: after, level: level + 1, parts: &specParts, text: &specText)
      if !specText.isEmpty {
        specParts.append(Expr(.constant(.str(specText)), at: piece.token.start, end: piece.token.end))
      }
      spec = Expr(.joinedStr(specParts), at: piece.token.start, end: piece.token.end)
    }
    if i >= end || scalar(i) != "}" { throw error("f-string: expecting '}'", token: after) }
    i += 1
    if exprText != nil && spec == nil && conversion == nil { conversion = "r" }
    let field = Expr(
      .formattedValue(value: value, conversion: conversion, formatSpec: spec), at: piece.token.start,
      end: piece.token.end)
    return (exprText, field)
  }

  /// The location of source index `index` inside string token `t`.
  func location(of index: Int, in t: Token) -> SourceLocation {
    var l = t.start
    var k = t.range.lowerBound
    while k < index, k < source.count {
      guard let c = scalar(k) else { break }
      if c == "\n" || (c == "\r" && scalar(k + 1) != "\n") {
        l.line += 1
        l.column = 0
      } else if c != "\r" {
        l.column += 1
      }
      k += 1
    }
    return l
  }

  /// Parses a replacement field's expression as CPython does: `(expr)` with a sub-parser.
  mutating func fstringExpression(_ range: Range<Int>, piece: StringPiece) throws(SyntaxError) -> Expr {
    var scalars: [Unicode.Scalar] = ["("]
    for k in range { if let c = scalar(k) { scalars.append(c) } }
    scalars.append(")")
    let open = location(of: range.lowerBound - 1, in: piece.token)
    var sub = Parser(scalars: scalars, line: open.line, column: open.column, filename: filename)
    sub.functionDepth = functionDepth
    sub.loopDepth = loopDepth
    sub.atModuleLevel = atModuleLevel
    sub.fstringExprStartColumn = open.column + 1
    sub.depth = depth
    let e = try sub.parseEvalInput()
    if deferredError == nil { deferredError = sub.deferredError }
    return e
  }
}
