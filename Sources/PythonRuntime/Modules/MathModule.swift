import BigInt
import Foundation

/// `math`: CPython's math module (functions raise ValueError "math domain error" and OverflowError as CPython does).
enum MathModule {
  static func make(_ interp: Interpreter) throws -> Value {
    let m = interp.makeModule("math", [
      ("pi", .float(Double.pi)), ("e", .float(M_E)), ("tau", .float(2 * Double.pi)), ("inf", .float(.infinity)), ("nan", .float(.nan)),
    ])
    func real(_ interp: Interpreter, _ v: Value?) throws -> Double {
      guard let v else { throw interp.typeError("missing argument") }
      if let d = interp.floatValue(v) { return d }
      if case .object(let o) = v, let f = o.type.lookup("__float__") {
        if let d = interp.floatValue(try interp.call(f, [v])) { return d }
      }
      throw interp.typeError("must be real number, not \(interp.typeName(v))")
    }
    func unary(_ name: String, domain: @escaping (Double) -> Bool = { _ in true }, _ f: @escaping (Double) -> Double) {
      m.globals[name] = interp.makeFunction(name) { interp, args in
        guard args.count == 1 else { throw interp.typeError("math.\(name)() takes exactly one argument (\(args.count) given)") }
        let x = try real(interp, args.positional.first)
        guard domain(x) else { throw interp.valueError("math domain error") }
        let r = f(x)
        if r.isInfinite && x.isFinite { throw interp.overflowError("math range error") }
        if r.isNaN && !x.isNaN { throw interp.valueError("math domain error") }
        return .float(r)
      }
    }
    unary("sqrt", domain: { $0 >= 0 || $0.isNaN }) { $0.squareRoot() }
    unary("exp") { Foundation.exp($0) }
    unary("expm1") { Foundation.expm1($0) }
    unary("log1p", domain: { $0 > -1 || $0.isNaN }) { Foundation.log1p($0) }
    unary("log2", domain: { $0 > 0 || $0.isNaN }) { Foundation.log2($0) }
    unary("log10", domain: { $0 > 0 || $0.isNaN }) { Foundation.log10($0) }
    unary("sin", domain: { !$0.isInfinite }) { Foundation.sin($0) }
    unary("cos", domain: { !$0.isInfinite }) { Foundation.cos($0) }
    unary("tan", domain: { !$0.isInfinite }) { Foundation.tan($0) }
    unary("asin", domain: { abs($0) <= 1 || $0.isNaN }) { Foundation.asin($0) }
    unary("acos", domain: { abs($0) <= 1 || $0.isNaN }) { Foundation.acos($0) }
    unary("atan") { Foundation.atan($0) }
    unary("sinh") { Foundation.sinh($0) }
    unary("cosh") { Foundation.cosh($0) }
    unary("tanh") { Foundation.tanh($0) }
    unary("asinh") { Foundation.asinh($0) }
    unary("acosh", domain: { $0 >= 1 || $0.isNaN }) { Foundation.acosh($0) }
    unary("atanh", domain: { abs($0) < 1 || $0.isNaN }) { Foundation.atanh($0) }
    unary("fabs") { abs($0) }
    unary("erf") { Foundation.erf($0) }
    unary("erfc") { Foundation.erfc($0) }
    unary("gamma", domain: { !($0 <= 0 && $0 == $0.rounded()) }) { Foundation.tgamma($0) }
    unary("lgamma", domain: { !($0 <= 0 && $0 == $0.rounded()) }) { Foundation.lgamma($0) }
    unary("degrees") { $0 * 180 / Double.pi }
    unary("radians") { $0 * Double.pi / 180 }
    m.globals["log"] = interp.makeFunction("log") { interp, args in
      guard let xv = args.positional.first else { throw interp.typeError("log expected at least 1 argument, got 0") }
      func ln(_ v: Value) throws -> Double {
        if let b = interp.bigInt(v), b.signum() > 0, Int(exactly: b) == nil {
          let bits = b.bitWidth
          let shifted = Double(b >> max(0, bits - 60))
          return Foundation.log(shifted) + Double(max(0, bits - 60)) * M_LN2
        }
        let x = try real(interp, v)
        guard x > 0 || x.isNaN else { throw interp.valueError("math domain error") }
        return Foundation.log(x)
      }
      let lx = try ln(xv)
      if let bv = args.positional[safe: 1] {
        let lb = try ln(bv)
        if lb == 0 { throw interp.zeroDivision("float division by zero") }
        return .float(lx / lb)
      }
      return .float(lx)
    }
    m.globals["pow"] = interp.makeFunction("pow") { interp, args in
      guard args.count == 2 else { throw interp.typeError("pow expected 2 arguments, got \(args.count)") }
      let x = try real(interp, args.positional[0]), y = try real(interp, args.positional[1])
      if x == 0 && y < 0 { throw interp.valueError("math domain error") }
      if x < 0 && y != y.rounded() && y.isFinite { throw interp.valueError("math domain error") }
      let r = Foundation.pow(x, y)
      if r.isInfinite && x.isFinite && y.isFinite { throw interp.overflowError("math range error") }
      return .float(r)
    }
    m.globals["atan2"] = interp.makeFunction("atan2") { interp, args in
      guard args.count == 2 else { throw interp.typeError("atan2 expected 2 arguments, got \(args.count)") }
      return .float(Foundation.atan2(try real(interp, args.positional[0]), try real(interp, args.positional[1])))
    }
    m.globals["hypot"] = interp.makeFunction("hypot") { interp, args in
      var s = 0.0
      for v in args.positional { s += Foundation.pow(try real(interp, v), 2) }
      return .float(s.squareRoot())
    }
    m.globals["copysign"] = interp.makeFunction("copysign") { interp, args in
      guard args.count == 2 else { throw interp.typeError("copysign expected 2 arguments") }
      return .float(Foundation.copysign(try real(interp, args.positional[0]), try real(interp, args.positional[1])))
    }
    m.globals["fmod"] = interp.makeFunction("fmod") { interp, args in
      guard args.count == 2 else { throw interp.typeError("fmod expected 2 arguments") }
      let y = try real(interp, args.positional[1])
      let x = try real(interp, args.positional[0])
      if y == 0 || x.isInfinite { throw interp.valueError("math domain error") }
      return .float(Foundation.fmod(x, y))
    }
    for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
      m.globals[name] = interp.makeFunction(name) { interp, args in
        guard let v = args.positional.first else { throw interp.typeError("math.\(name)() takes exactly one argument (0 given)") }
        if interp.bigInt(v) != nil { return try interp.toInt(v) }
        if case .object(let o) = v, let f = o.type.lookup("__\(name)__") { return try interp.call(f, [v]) }
        let x = try real(interp, v)
        if x.isNaN { throw interp.valueError("cannot convert float NaN to integer") }
        if x.isInfinite { throw interp.overflowError("cannot convert float infinity to integer") }
        return try interp.toInt(.float(x.rounded(rule)))
      }
    }
    m.globals["isnan"] = interp.makeFunction("isnan") { interp, args in .bool(try real(interp, args.positional.first).isNaN) }
    m.globals["isinf"] = interp.makeFunction("isinf") { interp, args in .bool(try real(interp, args.positional.first).isInfinite) }
    m.globals["isfinite"] = interp.makeFunction("isfinite") { interp, args in .bool(try real(interp, args.positional.first).isFinite) }
    m.globals["isclose"] = interp.makeFunction("isclose") { interp, args in
      let a = try args.bind(interp, "isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
      let x = try real(interp, a[0]), y = try real(interp, a[1])
      let rel = try a[2].map { try real(interp, $0) } ?? 1e-9, absTol = try a[3].map { try real(interp, $0) } ?? 0
      if x == y { return .bool(true) }
      if x.isInfinite || y.isInfinite { return .bool(false) }
      let diff = abs(x - y)
      return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
    }
    m.globals["factorial"] = interp.makeFunction("factorial") { interp, args in
      guard let v = args.positional.first, let n = interp.bigInt(v) else { throw interp.typeError("'\(interp.typeName(args.positional.first ?? .none))' object cannot be interpreted as an integer") }
      if n.signum() < 0 { throw interp.valueError("factorial() not defined for negative values") }
      guard let k = Int(exactly: n), k < 100_000 else { throw interp.overflowError("factorial() argument should not exceed 100000") }
      var r = BigInt(1)
      if k > 1 { for i in 2...k { r *= BigInt(i) } }
      return interp.intValue(r)
    }
    m.globals["gcd"] = interp.makeFunction("gcd") { interp, args in
      var g = BigInt(0)
      for v in args.positional {
        guard let b = interp.bigInt(v) else { throw interp.typeError("'\(interp.typeName(v))' object cannot be interpreted as an integer") }
        g = g.greatestCommonDivisor(with: b)
      }
      return interp.intValue(g)
    }
    m.globals["lcm"] = interp.makeFunction("lcm") { interp, args in
      var l = BigInt(1)
      for v in args.positional {
        guard let b = interp.bigInt(v) else { throw interp.typeError("'\(interp.typeName(v))' object cannot be interpreted as an integer") }
        if b.isZero { return .int(0) }
        l = (l * b).magnitude.asBigInt / l.greatestCommonDivisor(with: b)
      }
      return interp.intValue(l)
    }
    m.globals["isqrt"] = interp.makeFunction("isqrt") { interp, args in
      guard let v = args.positional.first, let n = interp.bigInt(v) else { throw interp.typeError("isqrt() argument must be an int") }
      if n.signum() < 0 { throw interp.valueError("isqrt() argument must be nonnegative") }
      return interp.intValue(BigInt(n.magnitude.squareRoot()))
    }
    m.globals["comb"] = interp.makeFunction("comb") { interp, args in
      guard args.count == 2, let n = interp.bigInt(args.positional[0]), let k = interp.bigInt(args.positional[1]) else { throw interp.typeError("comb expected 2 integer arguments") }
      if n.signum() < 0 || k.signum() < 0 { throw interp.valueError("\(n.signum() < 0 ? "n" : "k") must be a non-negative integer") }
      if k > n { return .int(0) }
      guard let kk = Int(exactly: min(k, n - k)) else { throw interp.overflowError("comb() arguments too large") }
      var r = BigInt(1)
      for i in 0..<kk { r = r * (n - BigInt(i)) / BigInt(i + 1) }
      return interp.intValue(r)
    }
    m.globals["perm"] = interp.makeFunction("perm") { interp, args in
      guard let n = args.positional.first.flatMap({ interp.bigInt($0) }) else { throw interp.typeError("perm expected integer arguments") }
      let k = args.positional[safe: 1].flatMap { interp.bigInt($0) } ?? n
      if k > n { return .int(0) }
      guard let kk = Int(exactly: k) else { throw interp.overflowError("perm() arguments too large") }
      var r = BigInt(1)
      for i in 0..<kk { r *= (n - BigInt(i)) }
      return interp.intValue(r)
    }
    m.globals["prod"] = interp.makeFunction("prod") { interp, args in
      var r = args.keyword("start") ?? .int(1)
      for v in try interp.iterate(args.positional.first ?? .none) { r = try interp.binary(.mult, r, v) }
      return r
    }
    m.globals["fsum"] = interp.makeFunction("fsum") { interp, args in
      // Shewchuk's exact summation, as CPython's fsum.
      var partials: [Double] = []
      for v in try interp.iterate(args.positional.first ?? .none) {
        var x = try real(interp, v)
        var i = 0
        for var y in partials {
          if abs(x) < abs(y) { swap(&x, &y) }
          let hi = x + y
          let lo = y - (hi - x)
          if lo != 0 {
            partials[i] = lo
            i += 1
          }
          x = hi
        }
        partials.removeSubrange(i...)
        partials.append(x)
      }
      return .float(partials.reduce(0, +))
    }
    m.globals["modf"] = interp.makeFunction("modf") { interp, args in
      let x = try real(interp, args.positional.first)
      let i = x.rounded(.towardZero)
      return interp.tuple([.float(x.isInfinite ? Foundation.copysign(0, x) : x - i), .float(i)])
    }
    m.globals["frexp"] = interp.makeFunction("frexp") { interp, args in
      let x = try real(interp, args.positional.first)
      if x == 0 || !x.isFinite { return interp.tuple([.float(x), .int(0)]) }
      let e = x.exponent + 1
      return interp.tuple([.float(x / Foundation.pow(2, Double(e))), .int(Int(e))])
    }
    m.globals["ldexp"] = interp.makeFunction("ldexp") { interp, args in
      guard args.count == 2, let e = interp.bigInt(args.positional[1]).flatMap({ Int(exactly: $0) }) else { throw interp.typeError("ldexp expected (x, i)") }
      return .float(Foundation.scalbn(try real(interp, args.positional[0]), e))
    }
    m.globals["dist"] = interp.makeFunction("dist") { interp, args in
      guard args.count == 2 else { throw interp.typeError("dist expected 2 arguments") }
      let p = try interp.iterate(args.positional[0]).map { try real(interp, $0) }
      let q = try interp.iterate(args.positional[1]).map { try real(interp, $0) }
      guard p.count == q.count else { throw interp.valueError("both points must have the same number of dimensions") }
      return .float(zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot())
    }
    return .object(m)
  }
}

extension BigUInt {
  var asBigInt: BigInt { BigInt(self) }
}
