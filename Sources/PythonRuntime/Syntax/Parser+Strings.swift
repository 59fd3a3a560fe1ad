// String literals (prefixes, escapes, implicit concatenation) and numeric literal values.

extension Parser {
  /// The prefix flags and body range of one STRING token.
  struct StringPiece {
    var isBytes = false
    var isRaw = false
    var isFormat = false
    var body: Range<Int>
    var token: Token
  }

  func stringPiece(_ t: Token) -> StringPiece {
    var piece = StringPiece(body: t.range, token: t)
    var i = t.range.lowerBound
    let end = t.range.upperBound
    while i < end, let c = scalar(i), c != "'" && c != "\"" {
      switch c {
      case "b", "B": piece.isBytes = true
      case "r", "R": piece.isRaw = true
      case "f", "F": piece.isFormat = true
      default: break
      }
      i += 1
    }
    let remaining = end - i
    var quoteSize = 1
    if remaining >= 6, let q = scalar(i), scalar(i + 1) == q, scalar(i + 2) == q {
      quoteSize = 3
    }
    let lower = min(i + quoteSize, end)
    piece.body = lower..<max(lower, end - quoteSize)
    return piece
  }

  /// One or more adjacent STRING tokens: a str or bytes constant, or a JoinedStr.
  mutating func strings() throws(SyntaxError) -> Expr {
    let first = tok
    var pieces: [StringPiece] = []
    while tok.kind == .string { pieces.append(stringPiece(advance())) }
    let after = tok
    let isBytes = pieces.first?.isBytes ?? false
    var text = ""
    var bytes: [UInt8] = []
    var parts: [Expr] = []
    var isJoined = false
    for piece in pieces {
      if piece.isBytes != isBytes { throw error("cannot mix bytes and nonbytes literals", token: after) }
      if piece.isBytes {
        if piece.body.contains(where: { (scalar($0)?.value ?? 0) >= 128 }) {
          throw error("bytes can only contain ASCII literal characters", token: piece.token)
        }
        bytes += try decodeBytes(piece, after: after)
      } else if piece.isFormat {
        isJoined = true
        var i = piece.body.lowerBound
        try fstringParse(&i, piece: piece, after: after, level: 0, parts: &parts, text: &text)
      } else {
        text += try decodeString(piece.body, raw: piece.isRaw, after: after)
      }
    }
    if isBytes { return node(.constant(.bytes(bytes)), first.start) }
    if isJoined {
      if !text.isEmpty { parts.append(node(.constant(.str(text)), first.start)) }
      return node(.joinedStr(parts), first.start)
    }
    return node(.constant(.str(text)), first.start)
  }

  // MARK: - Escapes

  static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 48
    case "a"..."f": return c.value - 87
    case "A"..."F": return c.value - 55
    default: return nil
    }
  }

  /// CPython reports escape errors at positions in the literal where each non-ASCII
  /// character counts as 10 (it re-encodes them as `\UXXXXXXXX` before decoding).
  func escapePosition(_ start: Int, _ i: Int) -> Int {
    var n = 0
    for k in start..<max(start, i) { n += (scalar(k)?.value ?? 0) < 128 ? 1 : 10 }
    return n
  }

  /// Decodes a str literal body (escape sequences unless `raw`; newlines normalised to \n).
  mutating func decodeString(_ body: Range<Int>, raw: Bool, after: Token) throws(SyntaxError) -> String {
    var out = String.UnicodeScalarView()
    var i = body.lowerBound
    let end = min(body.upperBound, source.count)
    func unicodeError(_ p: inout Parser, _ at: Int, _ next: Int, _ what: String) -> SyntaxError {
      let a = p.escapePosition(body.lowerBound, at)
      let b = p.escapePosition(body.lowerBound, next) - 1
      return p.error(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(a)-\(b): \(what)", token: after)
    }
    while i < end {
      guard let c = scalar(i) else { break }
      if c == "\r" {
        out.append("\n")
        i += (i + 1 < end && scalar(i + 1) == "\n") ? 2 : 1
        continue
      }
      if c != "\\" || raw || i + 1 >= end {
        out.append(c)
        i += 1
        if raw && c == "\\" && i < end, let next = scalar(i), next != "\r" {
          out.append(next)
          i += 1
        }
        continue
      }
      let escapeStart = i
      guard let e = scalar(i + 1) else { break }
      i += 2
      switch e {
      case "\n": break
      case "\r": if i < end && scalar(i) == "\n" { i += 1 }
      case "\\", "'", "\"": out.append(e)
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "t": out.append("\t")
      case "v": out.append("\u{0B}")
      case "0"..."7":
        var value = e.value - 48
        var count = 1
        while count < 3, i < end, let d = scalar(i), d >= "0" && d <= "7" {
          value = value * 8 + d.value - 48
          i += 1
          count += 1
        }
        out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      case "x", "u", "U":
        let count = e == "x" ? 2 : e == "u" ? 4 : 8
        var value: UInt32 = 0
        for _ in 0..<count {
          guard i < end, let si = scalar(i), let h = Parser.hexValue(si) else {
            let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
            throw unicodeError(&self, escapeStart, i, "truncated \(name) escape")
          }
          value = value &* 16 &+ h
          i += 1
        }
        if value > 0x10FFFF { throw unicodeError(&self, escapeStart, i, "illegal Unicode character") }
        out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      case "N":
        guard i < end, scalar(i) == "{" else {
          throw unicodeError(&self, escapeStart, i, "malformed \\N character escape")
        }
        var j = i + 1
        while j < end, scalar(j) != "}" { j += 1 }
        guard j < end else { throw unicodeError(&self, escapeStart, end, "malformed \\N character escape") }
        guard j > i + 1 else { throw unicodeError(&self, escapeStart, j, "malformed \\N character escape") }
        var name = ""
        for k in (i + 1)..<j { if let c = scalar(k) { name.unicodeScalars.append(c) } }
        guard let scalar = UnicodeNames.scalar(named: name) else {
          throw unicodeError(&self, escapeStart, j + 1, "unknown Unicode character name")
        }
        out.append(scalar)
        i = j + 1
      default:
        out.append("\\")
        out.append(e)
      }
    }
    return String(out)
  }

  mutating func decodeBytes(_ piece: StringPiece, after: Token) throws(SyntaxError) -> [UInt8] {
    var out: [UInt8] = []
    var i = piece.body.lowerBound
    let end = min(piece.body.upperBound, source.count)
    while i < end {
      guard let c = scalar(i) else { break }
      if c == "\r" {
        out.append(10)
        i += (i + 1 < end && scalar(i + 1) == "\n") ? 2 : 1
        continue
      }
      if c != "\\" || i + 1 >= end || piece.isRaw {
        out.append(UInt8(truncatingIfNeeded: c.value))
        i += 1
        if piece.isRaw && c == "\\" && i < end, let next = scalar(i), next != "\r" {
          out.append(UInt8(truncatingIfNeeded: next.value))
          i += 1
        }
        continue
      }
      let escapeStart = i
      guard let e = scalar(i + 1) else { break }
      i += 2
      switch e {
      case "\n": break
      case "\r": if i < end && scalar(i) == "\n" { i += 1 }
      case "\\", "'", "\"": out.append(UInt8(truncatingIfNeeded: e.value))
      case "a": out.append(7)
      case "b": out.append(8)
      case "f": out.append(12)
      case "n": out.append(10)
      case "r": out.append(13)
      case "t": out.append(9)
      case "v": out.append(11)
      case "0"..."7":
        var value = e.value - 48
        var count = 1
        while count < 3, i < end, let d = scalar(i), d >= "0" && d <= "7" {
          value = value * 8 + d.value - 48
          i += 1
          count += 1
        }
        out.append(UInt8(truncatingIfNeeded: value))
      case "x":
        guard i + 1 < end, let a = scalar(i), let b = scalar(i + 1), let h1 = Parser.hexValue(a),
          let h2 = Parser.hexValue(b)
        else {
          throw error(
            "(value error) invalid \\x escape at position \(escapeStart - piece.body.lowerBound)", token: after)
        }
        out.append(UInt8(h1 * 16 + h2))
        i += 2
      default:
        out.append(92)
        out.append(UInt8(truncatingIfNeeded: e.value))
      }
    }
    return out
  }

  // MARK: - Numbers

  /// The value of a NUMBER token (already validated by the tokenizer).
  static func numberConstant(_ text: String) -> Constant {
    let t = String(text.unicodeScalars.filter { $0 != "_" }).lowercased()
    if t.hasSuffix("j") { return .imaginary(Double(t.dropLast()) ?? .infinity) }
    var radix = 10
    var digits = Substring(t)
    if t.hasPrefix("0x") {
      radix = 16
    } else if t.hasPrefix("0o") {
      radix = 8
    } else if t.hasPrefix("0b") {
      radix = 2
    } else if t.contains(".") || t.contains("e") {
      return .float(Double(t) ?? .infinity)
    }
    if radix != 10 { digits = t.dropFirst(2) }
    if let v = Int(digits, radix: radix) { return .int(v) }
    return .bigInt(decimalDigits(digits, radix: radix))
  }

  /// Converts digits in `radix` to decimal digits (for integers beyond Int).
  static func decimalDigits(_ digits: Substring, radix: Int) -> String {
    var limbs: [UInt64] = [0]
    let base: UInt64 = 1_000_000_000
    for c in digits.unicodeScalars {
      guard let d = hexValue(c) else { continue }
      var carry = UInt64(d)
      limbs = limbs.map { limb in
        let v = limb * UInt64(radix) + carry
        carry = v / base
        return v % base
      }
      while carry > 0 {
        limbs.append(carry % base)
        carry /= base
      }
    }
    var s = String(limbs.last ?? 0)
    for limb in limbs.dropLast().reversed() {
      let part = String(limb)
      s += String(repeating: "0", count: 9 - part.count) + part
    }
    return s
  }
}
