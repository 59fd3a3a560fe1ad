import BigInt
import Foundation

/// Integer and float arithmetic with Python's semantics: overflow promotes to big ints,
/// floor division and modulo round toward negative infinity, division by zero raises.
extension Interpreter {
  /// An int value from a big integer, demoted to `.int` when it fits.
  public func intValue(_ b: BigInt) -> Value {
    if let i = Int(exactly: b) { return .int(i) }
    return .object(PyBigInt(type: types.int, value: b))
  }

  /// The big-integer view of an int-like value (int, bool, big int), or nil.
  public func bigInt(_ v: Value) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bool(let b): return BigInt(b ? 1 : 0)
    case .object(let o): return (o as? PyBigInt)?.value
    default: return nil
    }
  }

  /// The Int of an int-like value that fits in 64 bits.
  @inline(__always) func smallInt(_ v: Value) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// The float of a number (int, bool, float, big int), or nil.
  public func floatValue(_ v: Value) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? PyBigInt { return Double(b.value) }
      return nil
    default: return nil
    }
  }

  /// True for int, bool and big-int values.
  @inline(__always) func isIntLike(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    case .object(let o): return o is PyBigInt
    default: return false
    }
  }

  /// Arithmetic on two int-like values; nil when the operator does not apply to ints.
  func intArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    if let x = smallInt(a), let y = smallInt(b) {
      switch op {
      case .add:
        let (r, o) = x.addingReportingOverflow(y)
        return o ? intValue(BigInt(x) + BigInt(y)) : .int(r)
      case .sub:
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? intValue(BigInt(x) - BigInt(y)) : .int(r)
      case .mult:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        return o ? intValue(BigInt(x) * BigInt(y)) : .int(r)
      case .floorDiv:
        if y == 0 { throw zeroDivision("integer division or modulo by zero") }
        if x == Int.min && y == -1 { return intValue(-BigInt(x)) }
        let q = x / y
        return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
      case .mod:
        if y == 0 { throw zeroDivision("integer modulo by zero") }
        if y == -1 { return .int(0) }
        let r = x % y
        return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
      case .div:
        if y == 0 { throw zeroDivision("division by zero") }
        return .float(try trueDivide(BigInt(x), BigInt(y)))
      case .pow:
        return try intPower(BigInt(x), BigInt(y))
      case .lShift:
        if y < 0 { throw valueError("negative shift count") }
        if x == 0 { return .int(0) }
        if y < 63 {
          let r = x << y
          if r >> y == x { return .int(r) }
        }
        if y > 100_000_000 { throw overflowError("too many digits in integer") }
        return intValue(BigInt(x) << y)
      case .rShift:
        if y < 0 { throw valueError("negative shift count") }
        return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
      case .bitAnd: return .int(x & y)
      case .bitOr: return .int(x | y)
      case .bitXor: return .int(x ^ y)
      case .matMult: return nil
      }
    }
    guard let x = bigInt(a), let y = bigInt(b) else { return nil }
    switch op {
    case .add: return intValue(x + y)
    case .sub: return intValue(x - y)
    case .mult: return intValue(x * y)
    case .floorDiv:
      if y.isZero { throw zeroDivision("integer division or modulo by zero") }
      return intValue(floorDivide(x, y))
    case .mod:
      if y.isZero { throw zeroDivision("integer modulo by zero") }
      return intValue(x - floorDivide(x, y) * y)
    case .div:
      if y.isZero { throw zeroDivision("division by zero") }
      return .float(try trueDivide(x, y))
    case .pow: return try intPower(x, y)
    case .lShift:
      if y.signum() < 0 { throw valueError("negative shift count") }
      guard let s = Int(exactly: y), s < 100_000_000 else { throw overflowError("too many digits in integer") }
      return intValue(x << s)
    case .rShift:
      if y.signum() < 0 { throw valueError("negative shift count") }
      guard let s = Int(exactly: y) else { return .int(x.signum() < 0 ? -1 : 0) }
      return intValue(x >> s)
    case .bitAnd: return intValue(x & y)
    case .bitOr: return intValue(x | y)
    case .bitXor: return intValue(x ^ y)
    case .matMult: return nil
    }
  }

  func floorDivide(_ x: BigInt, _ y: BigInt) -> BigInt {
    let (q, r) = x.quotientAndRemainder(dividingBy: y)
    if !r.isZero && ((r.signum() < 0) != (y.signum() < 0)) { return q - 1 }
    return q
  }

  /// Correctly rounded int / int (exact for values that fit a double's mantissa).
  func trueDivide(_ x: BigInt, _ y: BigInt) throws -> Double {
    if let a = Int(exactly: x), let b = Int(exactly: y), abs(a) < (1 << 53), abs(b) < (1 << 53) {
      return Double(a) / Double(b)
    }
    // Scale so the integer quotient has about 66 bits, keep a sticky bit, round once.
    let s = 66 - (x.magnitude.bitWidth - x.magnitude.leadingZeroBitCount) + (y.magnitude.bitWidth - y.magnitude.leadingZeroBitCount)
    var num = x.magnitude, den = y.magnitude
    if s > 0 { num <<= s } else if s < 0 { den <<= -s }
    let (q, r) = num.quotientAndRemainder(dividingBy: den)
    var qd = q
    if !r.isZero { qd |= 1 }
    let result = Foundation.scalbn(Double(qd), -s)
    if result.isInfinite { throw overflowError("integer division result too large for a float") }
    return (x.signum() < 0) != (y.signum() < 0) ? -result : result
  }

  func intPower(_ base: BigInt, _ exponent: BigInt) throws -> Value {
    if exponent.signum() < 0 {
      let b = Double(base)
      if b == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
      return .float(Foundation.pow(b, Double(exponent)))
    }
    guard let e = Int(exactly: exponent) else {
      if base == 0 || base == 1 { return intValue(base) }
      if base == -1 { return .int(exponent.isMultiple(of: 2) ? 1 : -1) }
      throw overflowError("exponent too large")
    }
    if base.bitWidth * e > 64_000_000 { throw error(types.memoryError, nil) }
    if let b = Int(exactly: base) {
      var result = 1
      var overflow = false
      for _ in 0..<min(e, 64) {
        let (r, o) = result.multipliedReportingOverflow(by: b)
        if o { overflow = true; break }
        result = r
      }
      if !overflow && e <= 64 { return .int(result) }
    }
    return intValue(base.power(e))
  }

  /// Float arithmetic with CPython's results and error messages.
  func floatArithmetic(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value? {
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mult: return .float(x * y)
    case .div:
      if y == 0 { throw zeroDivision("float division by zero") }
      return .float(x / y)
    case .floorDiv:
      if y == 0 { throw zeroDivision("float floor division by zero") }
      return .float(floatDivmod(x, y).0)
    case .mod:
      if y == 0 { throw zeroDivision("float modulo") }
      return .float(floatDivmod(x, y).1)
    case .pow:
      if x == 0 && y < 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
      if x < 0 && y != y.rounded() && y.isFinite { throw valueError("math domain error") }
      let r = Foundation.pow(x, y)
      if r.isInfinite && x.isFinite && y.isFinite { throw overflowError("(34, 'Numerical result out of range')") }
      return .float(r)
    default: return nil
    }
  }

  /// CPython's float divmod: (floor quotient, remainder with the divisor's sign).
  public func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
      if (wx < 0) != (mod < 0) {
        mod += wx
        div -= 1.0
      }
    } else {
      mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = div.rounded(.down)
      if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
      floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
  }
}
