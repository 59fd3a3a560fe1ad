#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The element-wise binary operations the kernels know.
enum BinaryKind {
  case add, sub, mul, div, floorDivide, remainder, pow, maximum, minimum, atan2
  /// C `fmod` (truncated remainder), `div(rounding_mode='trunc')`, and integer bitwise and/or/xor.
  case fmod, truncDivide, bitAnd, bitOr, bitXor
}

/// The element-wise comparisons (results are bool).
enum CompareKind {
  case eq, ne, lt, le, gt, ge
}

/// Applies `f` over two same-dtype operands broadcast to `out`'s shape, writing `out` (contiguous).
@inline(__always)
func mapBinary<T: TensorElement>(_ a: Tensor, _ b: Tensor, _ out: Tensor, _ f: (T, T) -> T) {
  let po = out.storage.pointer(T.self)
  let pa = a.storage.pointer(T.self), pb = b.storage.pointer(T.self)
  let n = out.numel
  if a.shape == out.shape && b.shape == out.shape && a.isContiguous && b.isContiguous {
    let xa = pa + a.storageOffset, xb = pb + b.storageOffset
    for i in 0..<n { po[i] = f(xa[i], xb[i]) }
    return
  }
  let ea = a.broadcastData(to: out.shape), eb = b.broadcastData(to: out.shape)
  if ea.isContiguous && b.numel == 1 {
    let xa = pa + ea.storageOffset, y = pb[b.storageOffset]
    for i in 0..<n { po[i] = f(xa[i], y) }
    return
  }
  var i = 0
  forEachOffsetPair(shape: out.shape, ea.strides, ea.storageOffset, eb.strides, eb.storageOffset) { oa, ob in
    po[i] = f(pa[oa], pb[ob])
    i &+= 1
  }
}

@inline(__always)
func mapCompare<T: TensorElement>(_ a: Tensor, _ b: Tensor, _ out: Tensor, _ f: (T, T) -> Bool) {
  let po = out.storage.pointer(Bool.self)
  let pa = a.storage.pointer(T.self), pb = b.storage.pointer(T.self)
  let ea = a.broadcastData(to: out.shape), eb = b.broadcastData(to: out.shape)
  var i = 0
  forEachOffsetPair(shape: out.shape, ea.strides, ea.storageOffset, eb.strides, eb.storageOffset) { oa, ob in
    po[i] = f(pa[oa], pb[ob])
    i &+= 1
  }
}

/// Python floor division for floats, as ATen's div_floor computes it.
@inline(__always) func floorDivFloat<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
  if b == 0 { return a / b }
  let mod = a.truncatingRemainder(dividingBy: b)
  var div = (a - mod) / b
  if mod != 0 && (b < 0) != (mod < 0) { div -= 1 }
  if div != 0 {
    var fl = div.rounded(.down)
    if div - fl > 0.5 { fl += 1 }
    return fl
  }
  return (a / b).sign == .minus ? -0.0 : 0.0
}

/// Python remainder for floats (sign follows the divisor).
@inline(__always) func remainderFloat<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
  var mod = a.truncatingRemainder(dividingBy: b)
  if mod != 0 && (b < 0) != (mod < 0) { mod += b }
  return mod
}

@inline(__always) func floorDivInt(_ a: Int64, _ b: Int64) -> Int64 {
  if b == -1 { return 0 &- a }
  let q = a / b
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}

@inline(__always) func remainderInt(_ a: Int64, _ b: Int64) -> Int64 {
  if b == -1 { return 0 }
  let r = a % b
  return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
}

@inline(__always) func powInt(_ base: Int64, _ exp: Int64) -> Int64 {
  var result: Int64 = 1, b = base, e = exp
  while e > 0 {
    if e & 1 == 1 { result = result &* b }
    b = b &* b
    e >>= 1
  }
  return result
}

extension Tensor {
  /// Runs a binary kernel in the compute type for `resultDType`, returning a new contiguous tensor.
  static func binaryKernel(_ kind: BinaryKind, _ a: Tensor, _ b: Tensor, resultDType: DType) throws -> Tensor {
    let shape = try broadcastShapes(a.shape, b.shape)
    let compute: DType = resultDType.isFloatingPoint ? resultDType : .int64
    if compute == .int64, kind == .floorDivide || kind == .remainder || kind == .fmod || kind == .truncDivide {
      let zero = b.int64Values().contains(0)
      if zero { throw TorchError.runtime("ZeroDivisionError") }
    }
    if compute == .int64, kind == .pow, b.int64Values().contains(where: { $0 < 0 }) {
      throw TorchError.runtime("Integers to negative integer powers are not allowed.")
    }
    let ca = a.dtype == compute ? a : try a.copyData(to: compute)
    let cb = b.dtype == compute ? b : try b.copyData(to: compute)
    let out = try Tensor(context: a.context, shape: shape, dtype: compute)
    switch compute {
    case .float32: floatKernel(kind, ca, cb, out, Float.self)
    case .float64: floatKernel(kind, ca, cb, out, Double.self)
    default: intKernel(kind, ca, cb, out)
    }
    if resultDType != compute { return try out.copyData(to: resultDType) }
    return out
  }

  private static func floatKernel<T: TensorElement & BinaryFloatingPoint>(
    _ kind: BinaryKind, _ a: Tensor, _ b: Tensor, _ out: Tensor, _: T.Type
  ) {
    switch kind {
    case .add: mapBinary(a, b, out) { (x: T, y: T) in x + y }
    case .sub: mapBinary(a, b, out) { (x: T, y: T) in x - y }
    case .mul: mapBinary(a, b, out) { (x: T, y: T) in x * y }
    case .div: mapBinary(a, b, out) { (x: T, y: T) in x / y }
    case .floorDivide: mapBinary(a, b, out) { (x: T, y: T) in floorDivFloat(x, y) }
    case .remainder: mapBinary(a, b, out) { (x: T, y: T) in remainderFloat(x, y) }
    case .maximum: mapBinary(a, b, out) { (x: T, y: T) in x.isNaN || y.isNaN ? T.nan : (x > y ? x : y) }
    case .minimum: mapBinary(a, b, out) { (x: T, y: T) in x.isNaN || y.isNaN ? T.nan : (x < y ? x : y) }
    case .pow:
      if b.numel == 1, b.dim == 0 {
        let e = b.doubleValues().first ?? 1
        if e == 2 { return mapBinary(a, b, out) { (x: T, _: T) in x * x } }
        if e == 3 { return mapBinary(a, b, out) { (x: T, _: T) in x * x * x } }
        if e == 0.5 { return mapBinary(a, b, out) { (x: T, _: T) in x.squareRoot() } }
        if e == -1 { return mapBinary(a, b, out) { (x: T, _: T) in 1 / x } }
        if e == -2 { return mapBinary(a, b, out) { (x: T, _: T) in 1 / (x * x) } }
      }
      if T.self == Float.self {
        mapBinary(a, b, out) { (x: T, y: T) in T(powf(Float(x), Float(y))) }
      } else {
        mapBinary(a, b, out) { (x: T, y: T) in T(Foundation_pow(Double(x), Double(y))) }
      }
    case .fmod:
      if T.self == Float.self {
        mapBinary(a, b, out) { (x: T, y: T) in T(fmodf(Float(x), Float(y))) }
      } else {
        mapBinary(a, b, out) { (x: T, y: T) in T(Glibc_fmod(Double(x), Double(y))) }
      }
    case .truncDivide: mapBinary(a, b, out) { (x: T, y: T) in (x / y).rounded(.towardZero) }
    case .bitAnd, .bitOr, .bitXor: break  // rejected before the kernel runs
    case .atan2:
      if T.self == Float.self {
        mapBinary(a, b, out) { (x: T, y: T) in T(atan2f(Float(x), Float(y))) }
      } else {
        mapBinary(a, b, out) { (x: T, y: T) in T(Glibc_atan2(Double(x), Double(y))) }
      }
    }
  }

  private static func intKernel(_ kind: BinaryKind, _ a: Tensor, _ b: Tensor, _ out: Tensor) {
    switch kind {
    case .add: mapBinary(a, b, out) { (x: Int64, y: Int64) in x &+ y }
    case .sub: mapBinary(a, b, out) { (x: Int64, y: Int64) in x &- y }
    case .mul: mapBinary(a, b, out) { (x: Int64, y: Int64) in x &* y }
    case .div, .floorDivide: mapBinary(a, b, out) { (x: Int64, y: Int64) in y == 0 ? 0 : floorDivInt(x, y) }
    case .remainder: mapBinary(a, b, out) { (x: Int64, y: Int64) in y == 0 ? 0 : remainderInt(x, y) }
    case .maximum: mapBinary(a, b, out) { (x: Int64, y: Int64) in Swift.max(x, y) }
    case .minimum: mapBinary(a, b, out) { (x: Int64, y: Int64) in Swift.min(x, y) }
    case .pow: mapBinary(a, b, out) { (x: Int64, y: Int64) in powInt(x, y) }
    case .atan2: mapBinary(a, b, out) { (x: Int64, y: Int64) in x &+ y }
    case .fmod: mapBinary(a, b, out) { (x: Int64, y: Int64) in y == 0 || y == -1 ? 0 : x % y }
    case .truncDivide: mapBinary(a, b, out) { (x: Int64, y: Int64) in y == 0 ? 0 : (y == -1 ? 0 &- x : x / y) }
    case .bitAnd: mapBinary(a, b, out) { (x: Int64, y: Int64) in x & y }
    case .bitOr: mapBinary(a, b, out) { (x: Int64, y: Int64) in x | y }
    case .bitXor: mapBinary(a, b, out) { (x: Int64, y: Int64) in x ^ y }
    }
  }

  /// Runs a comparison in the promoted dtype of the operands; the result is bool.
  static func compareKernel(_ kind: CompareKind, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try broadcastShapes(a.shape, b.shape)
    let common = resultType([a, b])
    let compute: DType = common.isFloatingPoint ? common : .int64
    let ca = a.dtype == compute ? a : try a.copyData(to: compute)
    let cb = b.dtype == compute ? b : try b.copyData(to: compute)
    let out = try Tensor(context: a.context, shape: shape, dtype: .bool)
    func run<T: TensorElement & Comparable>(_: T.Type) {
      switch kind {
      case .eq: mapCompare(ca, cb, out) { (x: T, y: T) in x == y }
      case .ne: mapCompare(ca, cb, out) { (x: T, y: T) in x != y }
      case .lt: mapCompare(ca, cb, out) { (x: T, y: T) in x < y }
      case .le: mapCompare(ca, cb, out) { (x: T, y: T) in x <= y }
      case .gt: mapCompare(ca, cb, out) { (x: T, y: T) in x > y }
      case .ge: mapCompare(ca, cb, out) { (x: T, y: T) in x >= y }
      }
    }
    switch compute {
    case .float32: run(Float.self)
    case .float64: run(Double.self)
    default: run(Int64.self)
    }
    return out
  }
}

@inline(__always) func Foundation_pow(_ a: Double, _ b: Double) -> Double { pow(a, b) }
@inline(__always) func Glibc_atan2(_ a: Double, _ b: Double) -> Double { atan2(a, b) }
@inline(__always) func Glibc_fmod(_ a: Double, _ b: Double) -> Double { fmod(a, b) }
