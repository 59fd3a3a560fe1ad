import Foundation

/// printf-style `%` formatting and the format-spec mini-language (`format()`, `str.format`, f-strings).
extension Interpreter {
  /// `fmt % args`.
  public func percentFormat(_ fmt: String, _ args: Value) throws -> String {
    let chars = Array(fmt.unicodeScalars)
    var items: [Value]
    var mapping: Value?
    if case .object(let o) = args, let t = o as? PyTuple {
      items = t.items
    } else if case .object(let o) = args, o is PyDict || (o.type.lookup("__getitem__") != nil && !(o is PyList)) {
      items = [args]
      mapping = args
    } else {
      items = [args]
    }
    var argIndex = 0
    var out = String.UnicodeScalarView()
    var i = 0
    func nextArg() throws -> Value {
      guard argIndex < items.count else { throw typeError("not enough arguments for format string") }
      defer { argIndex += 1 }
      return items[argIndex]
    }
    while i < chars.count {
      let c = chars[i]
      if c != "%" {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < chars.count else { throw valueError("incomplete format") }
      var key: Value?
      if chars[i] == "(" {
        var depth = 1
        var j = i + 1
        while j < chars.count && depth > 0 {
          if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1 }
          j += 1
        }
        guard depth == 0 else { throw valueError("incomplete format key") }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: chars[(i + 1)..<(j - 1)])
        guard let m = mapping else { throw typeError("format requires a mapping") }
        key = try getItem(m, .string(String(name)))
        i = j
      }
      var flags = Set<Unicode.Scalar>()
      while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
        flags.insert(chars[i])
        i += 1
      }
      var width: Int?
      if i < chars.count, chars[i] == "*" {
        width = try indexValue(try nextArg())
        i += 1
      } else {
        var w = 0
        var any = false
        while i < chars.count, let d = chars[i].properties.numericType != nil ? Int(String(chars[i])) : nil {
          w = w * 10 + d
          any = true
          i += 1
        }
        if any { width = w }
      }
      var precision: Int?
      if i < chars.count, chars[i] == "." {
        i += 1
        if i < chars.count, chars[i] == "*" {
          precision = try indexValue(try nextArg())
          i += 1
        } else {
          var p = 0
          while i < chars.count, let d = Int(String(chars[i])), chars[i].isASCII {
            p = p * 10 + d
            i += 1
          }
          precision = p
        }
      }
      while i < chars.count, "hlL".unicodeScalars.contains(chars[i]) { i += 1 }
      guard i < chars.count else { throw valueError("incomplete format") }
      let conv = chars[i]
      i += 1
      if conv == "%" {
        out.append("%")
        continue
      }
      let arg = try key ?? nextArg()
      var body: String
      var numeric = true
      switch conv {
      case "s": body = try str(arg); numeric = false
      case "r", "a": body = try repr(arg); numeric = false
      case "d", "i", "u":
        guard let n = try percentInt(arg, conv) else { throw typeError("%\(conv) format: a real number is required, not \(typeName(arg))") }
        body = n.description
      case "x", "X", "o":
        guard let n = try bigInt(arg) ?? indexValue(arg).map({ BigIntValue($0) }) else {
          throw typeError("%\(conv) format: an integer is required, not \(typeName(arg))")
        }
        let radix = conv == "o" ? 8 : 16
        var digits = String(n.magnitude, radix: radix, uppercase: conv == "X")
        if flags.contains("#") { digits = (conv == "o" ? "0o" : (conv == "X" ? "0X" : "0x")) + digits }
        body = (n.signum() < 0 ? "-" : "") + digits
      case "e", "E", "f", "F", "g", "G":
        guard let d = try floatValue(arg) ?? floatFromDunder(arg) else {
          throw typeError("must be real number, not \(typeName(arg))")
        }
        body = Self.cFormat(d, conv: Character(conv), precision: precision ?? 6, alternate: flags.contains("#"))
      case "c":
        if let n = smallInt(arg), let u = Unicode.Scalar(UInt32(clamping: max(0, n))) { body = String(Character(u)) } else if case .str(let s) = arg, s.count == 1 { body = s.value } else { throw typeError("%c requires int or char") }
        numeric = false
      default:
        throw valueError("unsupported format character '\(conv)' (0x\(String(conv.value, radix: 16))) at index \(i - 1)")
      }
      if numeric {
        if flags.contains("+") && !body.hasPrefix("-") { body = "+" + body } else if flags.contains(" ") && !body.hasPrefix("-") { body = " " + body }
        if conv == "d" || conv == "i" || conv == "u" || conv == "x" || conv == "X" || conv == "o", let p = precision {
          let neg = body.hasPrefix("-")
          var digits = neg ? String(body.dropFirst()) : body
          if digits.count < p { digits = String(repeating: "0", count: p - digits.count) + digits }
          body = (neg ? "-" : "") + digits
        }
      } else if let p = precision {
        body = String(body.prefix(p))
      }
      if let w = width, body.count < w {
        if flags.contains("-") {
          body += String(repeating: " ", count: w - body.count)
        } else if flags.contains("0") && numeric {
          let signChars = body.hasPrefix("-") || body.hasPrefix("+") || body.hasPrefix(" ") ? 1 : 0
          let sign = body.prefix(signChars)
          body = sign + String(repeating: "0", count: w - body.count) + body.dropFirst(signChars)
        } else {
          body = String(repeating: " ", count: w - body.count) + body
        }
      }
      out.append(contentsOf: body.unicodeScalars)
    }
    if argIndex < items.count && mapping == nil {
      throw typeError("not all arguments converted during string formatting")
    }
    return String(out)
  }

  private func percentInt(_ v: Value, _ conv: Unicode.Scalar) throws -> BigIntValue? {
    if let b = bigInt(v) { return b }
    if case .float(let d) = v {
      guard d.isFinite else { throw overflowError("cannot convert float \(d.isNaN ? "NaN" : "infinity") to integer") }
      return BigIntValue(d.rounded(.towardZero))
    }
    if let i = try indexValue(v) { return BigIntValue(i) }
    if let f = typeOf(v).lookup("__int__") { return bigInt(try call(f, [v])) }
    return nil
  }

  private func floatFromDunder(_ v: Value) throws -> Double? {
    if let f = typeOf(v).lookup("__float__") { return floatValue(try call(f, [v])) }
    return nil
  }

  /// C's `%.{p}f` / `%e` / `%g` with Python's spelling of inf and nan.
  public static func cFormat(_ d: Double, conv: Character, precision: Int, alternate: Bool = false) -> String {
    if d.isNaN { return conv.isUppercase ? "NAN" : "nan" }
    if d.isInfinite { return (d < 0 ? "-" : "") + (conv.isUppercase ? "INF" : "inf") }
    let p = min(max(precision, 0), 500)
    return String(format: "%\(alternate ? "#" : "").\(p)\(conv)", d)
  }

  /// `format(value, spec)`: `__format__` for user types, the mini-language for builtins.
  public func format(_ v: Value, _ spec: String) throws -> String {
    if case .object(let o) = v, !(o is PyBigInt), let f = o.type.lookup("__format__") {
      let r = try call(f, [v, .string(spec)])
      guard case .str(let s) = r else { throw typeError("__format__ must return a str, not \(typeName(r))") }
      return s.value
    }
    if spec.isEmpty { return try str(v) }
    let fs = try FormatSpec(spec, interp: self)
    switch v {
    case .str(let s):
      guard fs.type == nil || fs.type == "s" else { throw valueError("Unknown format code '\(fs.type.map { String($0) } ?? "")' for object of type 'str'") }
      var text = s.value
      if let p = fs.precision { text = String(text.prefix(p)) }
      return fs.pad(text, defaultAlign: "<")
    case .int, .bool, .object(is PyBigInt):
      if let t = fs.type, "eEfFgG%".contains(t), let d = floatValue(v) { return try formatFloat(d, fs) }
      guard let n = bigInt(v) else { throw typeError("bad int") }
      return try formatInt(n, fs, v)
    case .float(let d):
      return try formatFloat(d, fs)
    default:
      if fs.isEmptyExceptWidth { return fs.pad(try str(v), defaultAlign: "<") }
      throw typeError("unsupported format string passed to \(typeName(v)).__format__")
    }
  }

  private func formatInt(_ n: BigIntValue, _ fs: FormatSpec, _ v: Value) throws -> String {
    var digits: String
    let t = fs.type ?? "d"
    switch t {
    case "d", "n": digits = String(n.magnitude)
    case "b": digits = String(n.magnitude, radix: 2)
    case "o": digits = String(n.magnitude, radix: 8)
    case "x": digits = String(n.magnitude, radix: 16)
    case "X": digits = String(n.magnitude, radix: 16, uppercase: true)
    case "c":
      guard let u = Int(exactly: n).flatMap({ Unicode.Scalar(UInt32(clamping: max(0, $0))) }) else { throw overflowError("%c arg not in range(0x110000)") }
      return fs.pad(String(Character(u)), defaultAlign: "<")
    case "s": throw valueError("Unknown format code 's' for object of type '\(typeName(v))'")
    default: throw valueError("Unknown format code '\(t)' for object of type '\(typeName(v))'")
    }
    if let g = fs.grouping {
      let every = (t == "d" || t == "n") ? 3 : 4
      digits = Self.group(digits, separator: g, every: every)
    }
    var prefix = ""
    if fs.alternate {
      switch t {
      case "b": prefix = "0b"
      case "o": prefix = "0o"
      case "x": prefix = "0x"
      case "X": prefix = "0X"
      default: break
      }
    }
    return fs.padNumber(sign: n.signum() < 0 ? "-" : fs.signFor(positive: true), prefix: prefix, body: digits)
  }

  private func formatFloat(_ d: Double, _ fs: FormatSpec) throws -> String {
    let neg = d.sign == .minus && !(d.isNaN)
    let a = abs(d)
    var body: String
    switch fs.type {
    case nil:
      if let p = fs.precision {
        body = Self.generalFormat(a, precision: max(p, 1), alternate: fs.alternate, keepPointZero: true)
      } else {
        body = Self.floatRepr(a)
      }
    case "f", "F":
      body = Self.cFormat(a, conv: fs.type ?? "f", precision: fs.precision ?? 6, alternate: fs.alternate)
    case "e", "E":
      body = Self.cFormat(a, conv: fs.type ?? "e", precision: fs.precision ?? 6, alternate: fs.alternate)
    case "g", "G":
      body = Self.generalFormat(a, precision: fs.precision ?? 6, alternate: fs.alternate, upper: fs.type == "G")
    case "%":
      body = Self.cFormat(a * 100, conv: "f", precision: fs.precision ?? 6, alternate: fs.alternate) + "%"
    case "n":
      body = Self.generalFormat(a, precision: fs.precision ?? 6, alternate: fs.alternate)
    default:
      throw valueError("Unknown format code '\(fs.type.map { String($0) } ?? "")' for object of type 'float'")
    }
    if let g = fs.grouping, a.isFinite {
      let intEnd = body.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" || $0 == "%" }) ?? body.endIndex
      body = Self.group(String(body[..<intEnd]), separator: g, every: 3) + body[intEnd...]
    }
    return fs.padNumber(sign: neg ? "-" : fs.signFor(positive: true), prefix: "", body: body)
  }

  /// `%g` with Python's rules; `keepPointZero` gives the `format(x, '.3')` flavour (no type).
  static func generalFormat(_ a: Double, precision: Int, alternate: Bool, upper: Bool = false, keepPointZero: Bool = false) -> String {
    if a.isNaN { return upper ? "NAN" : "nan" }
    if a.isInfinite { return upper ? "INF" : "inf" }
    let p = max(precision, 1)
    if keepPointZero {
      // Like repr with limited precision: exponent switch at p digits, ".0" kept for integral results.
      let s = cFormat(a, conv: "e", precision: p - 1)
      let exp = Int(s.split(separator: "e").last ?? "0") ?? 0
      if exp >= -4 && exp < p {
        var f = cFormat(a, conv: "f", precision: max(0, p - 1 - exp))
        if f.contains(".") {
          while f.hasSuffix("0") { f.removeLast() }
          if f.hasSuffix(".") { f += "0" }
        } else {
          f += ".0"
        }
        return f
      }
      var m = String(s.split(separator: "e").first ?? "")
      if m.contains(".") {
        while m.hasSuffix("0") { m.removeLast() }
        if m.hasSuffix(".") { m.removeLast() }
      }
      return m + "e" + (exp < 0 ? "-" : "+") + String(abs(exp)).leftPadded(to: 2, with: "0")
    }
    return cFormat(a, conv: upper ? "G" : "g", precision: p, alternate: alternate)
  }

  static func group(_ digits: String, separator: Character, every: Int) -> String {
    var out: [Character] = []
    for (i, c) in digits.reversed().enumerated() {
      if i > 0 && i % every == 0 { out.append(separator) }
      out.append(c)
    }
    return String(out.reversed())
  }
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character?
  var alternate = false
  var zeroPad = false
  var width: Int?
  var grouping: Character?
  var precision: Int?
  var type: Character?

  var isEmptyExceptWidth: Bool { sign == nil && !alternate && grouping == nil && precision == nil && type == nil }

  init(_ spec: String, interp: Interpreter) throws {
    let c = Array(spec)
    var i = 0
    func isAlign(_ ch: Character) -> Bool { "<>=^".contains(ch) }
    if c.count >= 2, isAlign(c[1]) {
      fill = c[0]
      align = c[1]
      i = 2
    } else if let first = c.first, isAlign(first) {
      align = first
      i = 1
    }
    if i < c.count, "+- ".contains(c[i]) {
      sign = c[i]
      i += 1
    }
    if i < c.count, c[i] == "z" { i += 1 }
    if i < c.count, c[i] == "#" {
      alternate = true
      i += 1
    }
    if i < c.count, c[i] == "0" {
      zeroPad = true
      i += 1
    }
    var w = ""
    while i < c.count, c[i].isASCII, c[i].isNumber {
      w.append(c[i])
      i += 1
    }
    if !w.isEmpty { width = Int(w) }
    if i < c.count, c[i] == "," || c[i] == "_" {
      grouping = c[i]
      i += 1
    }
    if i < c.count, c[i] == "." {
      i += 1
      var p = ""
      while i < c.count, c[i].isASCII, c[i].isNumber {
        p.append(c[i])
        i += 1
      }
      guard !p.isEmpty else { throw interp.valueError("Format specifier missing precision") }
      precision = Int(p)
    }
    if i < c.count {
      type = c[i]
      i += 1
    }
    if i < c.count { throw interp.valueError("Invalid format specifier '\(spec)' for object of type 'str'") }
    if zeroPad && align == nil {
      fill = "0"
      align = "="
    }
  }

  func signFor(positive: Bool) -> String {
    guard positive else { return "-" }
    switch sign {
    case "+": return "+"
    case " ": return " "
    default: return ""
    }
  }

  func pad(_ text: String, defaultAlign: Character) -> String {
    guard let w = width, text.count < w else { return text }
    let n = w - text.count
    switch align ?? defaultAlign {
    case "<": return text + String(repeating: fill, count: n)
    case "^": return String(repeating: fill, count: n / 2) + text + String(repeating: fill, count: n - n / 2)
    default: return String(repeating: fill, count: n) + text
    }
  }

  func padNumber(sign: String, prefix: String, body: String) -> String {
    let total = sign.count + prefix.count + body.count
    guard let w = width, total < w else { return sign + prefix + body }
    let n = w - total
    switch align ?? ">" {
    case "=": return sign + prefix + String(repeating: fill, count: n) + body
    case "<": return sign + prefix + body + String(repeating: fill, count: n)
    case "^": return String(repeating: fill, count: n / 2) + sign + prefix + body + String(repeating: fill, count: n - n / 2)
    default: return String(repeating: fill, count: n) + sign + prefix + body
    }
  }
}
