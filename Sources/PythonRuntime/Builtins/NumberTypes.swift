import BigInt
import Foundation

extension Builtins {
  static func installNumberTypes(_ interp: Interpreter) {
    let t = interp.types
    t.int.constructor = { interp, cls, args in
      let a = try args.bind(interp, "int", ["x", "base"])
      guard let x = a[0] else { return .int(0) }
      if let baseValue = a[1] {
        guard let base = try interp.indexValue(baseValue), base == 0 || (2...36).contains(base) else {
          throw interp.valueError("int() base must be >= 2 and <= 36, or 0")
        }
        guard case .str(let s) = x else {
          if case .object(let o) = x, let b = o as? PyBytes { return try interp.parseInt(String(decoding: b.bytes, as: UTF8.self), base: base) }
          throw interp.typeError("int() can't convert non-string with explicit base")
        }
        return try interp.parseInt(s.value, base: base)
      }
      return try interp.toInt(x)
    }
    t.bool.constructor = { interp, _, args in
      let a = try args.bind(interp, "bool", ["x"], positionalOnly: true)
      guard let x = a[0] else { return .bool(false) }
      return .bool(try interp.truthy(x))
    }
    t.float.constructor = { interp, _, args in
      let a = try args.bind(interp, "float", ["x"], positionalOnly: true)
      guard let x = a[0] else { return .float(0) }
      return .float(try interp.toFloat(x))
    }
    t.complex.constructor = { interp, _, _ in throw interp.notImplemented("complex numbers: SwiftTorch does not provide them yet") }

    interp.defineMethod(t.int, "bit_length") { interp, args in
      guard let b = interp.bigInt(try args.receiver(interp)) else { throw interp.typeError("bit_length needs an int") }
      return .int(b.isZero ? 0 : b.magnitude.bitWidth)
    }
    interp.defineMethod(t.int, "conjugate") { interp, args in try args.receiver(interp) }
    interp.defineMethod(t.int, "__index__") { interp, args in try interp.toInt(try args.receiver(interp)) }
    interp.defineMethod(t.int, "__int__") { interp, args in try interp.toInt(try args.receiver(interp)) }
    interp.defineMethod(t.int, "__float__") { interp, args in .float(interp.floatValue(try args.receiver(interp)) ?? 0) }
    interp.defineProperty(t.int, "real", get: { interp, v in try interp.toInt(v) })
    interp.defineProperty(t.int, "imag", get: { _, _ in .int(0) })
    interp.defineProperty(t.int, "numerator", get: { interp, v in try interp.toInt(v) })
    interp.defineProperty(t.int, "denominator", get: { _, _ in .int(1) })
    interp.defineMethod(t.float, "is_integer") { interp, args in
      guard case .float(let d) = try args.receiver(interp) else { return .bool(false) }
      return .bool(d.isFinite && d == d.rounded(.towardZero))
    }
    interp.defineMethod(t.float, "__int__") { interp, args in try interp.toInt(try args.receiver(interp)) }
    interp.defineMethod(t.float, "__float__") { interp, args in try args.receiver(interp) }
    interp.defineMethod(t.float, "as_integer_ratio") { interp, args in
      guard case .float(let d) = try args.receiver(interp) else { throw interp.typeError("needs a float") }
      guard d.isFinite else { throw interp.overflowError("cannot convert Infinity to integer ratio") }
      var num = d
      var den = BigInt(1)
      var e = 0
      while num != num.rounded(.towardZero) && e < 1100 {
        num *= 2
        den *= 2
        e += 1
      }
      var n = BigInt(num)
      let g = n.greatestCommonDivisor(with: den)
      n /= g
      den /= g
      return interp.tuple([interp.intValue(n), interp.intValue(den)])
    }
    interp.defineProperty(t.float, "real", get: { _, v in v })
    interp.defineProperty(t.float, "imag", get: { _, _ in .float(0) })
    interp.defineMethod(t.float, "hex") { interp, args in
      guard case .float(let d) = try args.receiver(interp) else { throw interp.typeError("needs a float") }
      return .string(String(format: "%a", d))
    }
  }
}

extension Interpreter {
  /// `int(x)` for any value.
  public func toInt(_ x: Value) throws -> Value {
    switch x {
    case .int: return x
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d):
      if d.isNaN { throw valueError("cannot convert float NaN to integer") }
      if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
      let r = d.rounded(.towardZero)
      if let i = Int(exactly: r) { return .int(i) }
      return intValue(BigInt(r))
    case .str(let s): return try parseInt(s.value, base: 10)
    case .object(let o):
      if o is PyBigInt { return x }
      for name in ["__int__", "__index__", "__trunc__"] {
        if let f = o.type.lookup(name) { return try call(f, [x]) }
      }
      if let b = o as? PyBytes { return try parseInt(String(decoding: b.bytes, as: UTF8.self), base: 10) }
    default: break
    }
    throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
  }

  /// Parses an int literal as `int(s, base)` does (whitespace, sign, underscores, 0x prefixes with base 0,
  /// any Unicode decimal digit).
  public func parseInt(_ text: String, base: Int) throws -> Value {
    let invalid = { self.valueError("invalid literal for int() with base \(base): \(Interpreter.stringRepr(text))") }
    var sc = Array(text.unicodeScalars)
    while let f = sc.first, f.properties.isWhitespace { sc.removeFirst() }
    while let l = sc.last, l.properties.isWhitespace { sc.removeLast() }
    var i = 0
    var negative = false
    if let f = sc.first, f == "-" || f == "+" {
      negative = f == "-"
      i = 1
    }
    var b = base
    var afterPrefix = false
    if i + 1 < sc.count, sc[i] == "0" {
      let p = sc[i + 1]
      var prefixBase: Int?
      if p == "x" || p == "X" { prefixBase = 16 } else if p == "o" || p == "O" { prefixBase = 8 } else if p == "b" || p == "B" { prefixBase = 2 }
      if let pb = prefixBase, b == 0 || b == pb {
        b = pb
        i += 2
        afterPrefix = true
      }
    }
    var leadingZeroCheck = false
    if b == 0 {
      b = 10
      leadingZeroCheck = true
    }
    var digits: [Int] = []
    digits.reserveCapacity(sc.count)
    var lastUnderscore = false
    if afterPrefix, i < sc.count, sc[i] == "_" { i += 1 }
    while i < sc.count {
      let u = sc[i]
      i += 1
      if u == "_" {
        if digits.isEmpty || lastUnderscore { throw invalid() }
        lastUnderscore = true
        continue
      }
      guard let d = Interpreter.digitValue(u), d < b else { throw invalid() }
      digits.append(d)
      lastUnderscore = false
    }
    if digits.isEmpty || lastUnderscore { throw invalid() }
    if leadingZeroCheck, digits.count > 1, digits.first == 0, digits.contains(where: { $0 != 0 }) { throw invalid() }
    if digits.count > 4300 && b & (b - 1) != 0 {
      throw valueError("Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    let v = Interpreter.bigFromDigits(digits, radix: b)
    return intValue(negative ? -v : v)
  }

  /// The value of a digit character for `int()`: Unicode decimal digits, then ASCII letters (a=10 ... z=35).
  static func digitValue(_ u: Unicode.Scalar) -> Int? {
    switch u.value {
    case 48...57: return Int(u.value - 48)
    case 65...90: return Int(u.value - 55)
    case 97...122: return Int(u.value - 87)
    case 0..<128: return nil
    default:
      guard u.properties.numericType == .decimal, let v = u.properties.numericValue else { return nil }
      return Int(exactly: v)
    }
  }

  /// Builds an integer from digit values (most significant first), a machine word at a time.
  static func bigFromDigits(_ digits: [Int], radix: Int) -> BigInt {
    var result = BigInt(0)
    var chunk = 0
    var scale = 1
    let limit = Int.max / max(radix, 2)
    for d in digits {
      if scale > limit {
        result = result * BigInt(scale) + BigInt(chunk)
        chunk = 0
        scale = 1
      }
      chunk = chunk * radix + d
      scale *= radix
    }
    return result * BigInt(scale) + BigInt(chunk)
  }

  /// `float(x)` for any value.
  public func toFloat(_ x: Value) throws -> Double {
    if let d = floatValue(x) {
      if case .object(let o) = x, o is PyBigInt, d.isInfinite { throw overflowError("int too large to convert to float") }
      return d
    }
    if case .str(let s) = x {
      let text = s.value.trimmingCharacters(in: " \t\n\r").lowercased().replacingOccurrences(of: "_", with: "")
      switch text {
      case "inf", "+inf", "infinity", "+infinity": return .infinity
      case "-inf", "-infinity": return -.infinity
      case "nan", "+nan", "-nan": return .nan
      default: break
      }
      if !text.isEmpty, text.allSatisfy({ "0123456789.eE+-".contains($0) }), let d = Double(text) { return d }
      throw valueError("could not convert string to float: \(Interpreter.stringRepr(s.value))")
    }
    if case .object(let o) = x {
      if let f = o.type.lookup("__float__") {
        let r = try call(f, [x])
        guard case .float(let d) = r else { throw typeError("__float__ returned non-float (type \(typeName(r)))") }
        return d
      }
      if let f = o.type.lookup("__index__"), let d = floatValue(try call(f, [x])) { return d }
    }
    throw typeError("float() argument must be a string or a real number, not '\(typeName(x))'")
  }
}
