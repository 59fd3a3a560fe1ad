/// `repr()` and `str()` of values, as CPython writes them.
extension Interpreter {
  /// `repr(v)`.
  public func repr(_ v: Value) throws -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return Self.floatRepr(d)
    case .str(let s): return Self.stringRepr(s.value)
    case .type(let t): return t.module == "builtins" ? "<class '\(t.name)'>" : "<class '\(t.module).\(t.qualname)'>"
    case .object(let o): return try objectRepr(o, v)
    }
  }

  /// `str(v)`.
  public func str(_ v: Value) throws -> String {
    switch v {
    case .str(let s): return s.value
    case .object(let o):
      if o is PyInstance || !(o.type.lookup("__str__") == nil) {
        if let f = o.type.lookup("__str__"), !isBuiltinDefault(f, "object.__str__") {
          let r = try call(f, [v])
          guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(typeName(r)))") }
          return s.value
        }
        if let inst = o as? PyInstance, inst.exception != nil { return exceptionMessage(inst) }
      }
      return try repr(v)
    default: return try repr(v)
    }
  }

  private func isBuiltinDefault(_ f: Value, _ name: String) -> Bool {
    if case .object(let o) = f, let b = o as? PyBuiltinFunction { return b.name == name }
    return false
  }

  private func objectRepr(_ o: PyObject, _ v: Value) throws -> String {
    try enterRecursion(" while getting the repr of an object")
    defer { depth -= 1 }
    if let f = o.type.lookup("__repr__"), !isBuiltinDefault(f, "object.__repr__") {
      let r = try call(f, [v])
      guard case .str(let s) = r else { throw typeError("__repr__ returned non-string (type \(typeName(r)))") }
      return s.value
    }
    if let l = o as? PyList { return try guarded(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" } }
    if let t = o as? PyTuple {
      return try guarded(o, "(...)") {
        if t.items.count == 1, let only = t.items.first { return "(" + (try repr(only)) + ",)" }
        return "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")"
      }
    }
    if let d = o as? PyDict {
      let body = try guarded(o, "{...}") {
        "{" + (try d.storage.entries.map { "\(try repr($0.key)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
      }
      if o.type !== types.dict {
        if let f = d.defaultFactory { return "defaultdict(\(try repr(f)), \(body))" }
        return "\(o.type.name)(\(body))"
      }
      return body
    }
    if let s = o as? PySet {
      if s.storage.count == 0 { return "set()" }
      return try guarded(o, "{...}") { "{" + (try s.storage.cpythonSetOrder.map { try repr($0.value) }.joined(separator: ", ")) + "}" }
    }
    if let s = o as? PyFrozenSet {
      if s.storage.count == 0 { return "frozenset()" }
      return try guarded(o, "frozenset(...)") { "frozenset({" + (try s.storage.cpythonSetOrder.map { try repr($0.value) }.joined(separator: ", ")) + "})" }
    }
    if let b = o as? PyBigInt { return b.value.description }
    if let r = o as? PyRange { return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))" }
    if let s = o as? PySlice { return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))" }
    if let b = o as? PyBytes { return Self.bytesRepr(b.bytes) }
    if let f = o as? PyFunction { return "<function \(f.qualname) at \(address(o))>" }
    if let b = o as? PyBuiltinFunction { return "<built-in function \(b.name)>" }
    if let m = o as? PyBoundMethod {
      let fname: String
      if case .object(let fo) = m.function, let f = fo as? PyFunction { fname = f.qualname } else if case .object(let fo) = m.function, let b = fo as? PyBuiltinFunction { fname = b.name } else { fname = "?" }
      return "<bound method \(fname) of \(try repr(m.receiver))>"
    }
    if let m = o as? PyModule { return "<module '\(m.name)'>" }
    if o.type === types.notImplemented { return "NotImplemented" }
    if o.type === types.ellipsis { return "Ellipsis" }
    if let inst = o as? PyInstance, let exc = inst.exception {
      let args = try exc.args.map { try repr($0) }
      return "\(o.type.name)(\(args.joined(separator: ", ")))"
    }
    let name = o.type.module == "builtins" || o.type.module == "__main__" ? (o.type.module == "__main__" ? "__main__.\(o.type.qualname)" : o.type.name) : "\(o.type.module).\(o.type.qualname)"
    return "<\(name) object at \(address(o))>"
  }

  /// A stable fake address for default reprs.
  public func address(_ o: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16).leftPadded(to: 12, with: "0")
  }

  private func guarded(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
    let id = ObjectIdentifier(o)
    if reprStack.contains(id) { return placeholder }
    reprStack.insert(id)
    defer { reprStack.remove(id) }
    return try body()
  }

  /// Python's repr of a str: single quotes unless the text has a single quote and no double quote.
  public static func stringRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Character = useDouble ? "\"" : "'"
    var out = String(q)
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(u) == q {
          out += "\\" + String(q)
        } else if u.value < 0x20 || u.value == 0x7f {
          out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2, with: "0")
        } else if u.value >= 0x80 && !isPrintable(u) {
          if u.value <= 0xff {
            out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2, with: "0")
          } else if u.value <= 0xffff {
            out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4, with: "0")
          } else {
            out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8, with: "0")
          }
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out.append(q)
    return out
  }

  static func isPrintable(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return false
    case .spaceSeparator: return u == " "
    default: return true
    }
  }

  static func bytesRepr(_ bytes: [UInt8]) -> String {
    let useDouble = bytes.contains(0x27) && !bytes.contains(0x22)
    let q: UInt8 = useDouble ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(q))
    for b in bytes {
      switch b {
      case 0x5c: out += "\\\\"
      case 0x0a: out += "\\n"
      case 0x0d: out += "\\r"
      case 0x09: out += "\\t"
      case q: out += "\\" + String(UnicodeScalar(q))
      case 0x20..<0x7f: out.unicodeScalars.append(UnicodeScalar(b))
      default: out += "\\x" + String(b, radix: 16).leftPadded(to: 2, with: "0")
      }
    }
    return out + String(UnicodeScalar(q))
  }

  /// CPython's `repr(float)`: the shortest round-tripping digits, scientific below 1e-4 and from 1e16.
  public static func floatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (digits, exponent) = shortestDigits(d)
    // exponent: the value is 0.DIGITS × 10^exponent
    let neg = d < 0
    let decimalPoint = exponent
    var out = neg ? "-" : ""
    if decimalPoint > 16 || decimalPoint < -3 {
      // scientific: d.ddd e±XX
      let first = digits.prefix(1)
      let rest = digits.dropFirst()
      out += first
      if !rest.isEmpty { out += "." + rest }
      let e = decimalPoint - 1
      out += "e" + (e < 0 ? "-" : "+") + String(abs(e)).leftPadded(to: 2, with: "0")
      return out
    }
    if decimalPoint <= 0 {
      out += "0." + String(repeating: "0", count: -decimalPoint) + digits
    } else if decimalPoint >= digits.count {
      out += digits + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
    } else {
      let idx = digits.index(digits.startIndex, offsetBy: decimalPoint)
      out += digits[..<idx] + "." + digits[idx...]
    }
    return out
  }

  /// The shortest round-trip decimal digits of |d| and the decimal exponent (value = 0.DIGITS × 10^exp).
  static func shortestDigits(_ d: Double) -> (String, Int) {
    let text = "\(abs(d))"  // Swift prints the shortest round-trip representation
    var mantissa = text
    var exp = 0
    if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = String(text[..<eIndex])
      exp = Int(text[text.index(after: eIndex)...]) ?? 0
    }
    var intPart = mantissa
    var fracPart = ""
    if let dot = mantissa.firstIndex(of: ".") {
      intPart = String(mantissa[..<dot])
      fracPart = String(mantissa[mantissa.index(after: dot)...])
    }
    var digits = intPart + fracPart
    var point = intPart.count + exp
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      point -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (digits, point)
  }
}

extension String {
  /// Left-pads to `width` with `pad`.
  func leftPadded(to width: Int, with pad: Character) -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
