/// Scalar ports of `avx_mathfun.h` (log256_ps, sincos256_ps) with GCC's FMA contraction, per torch-rng.md §3.2.
enum CephesMath {
  /// log256_ps for one lane (input in (0, 1]).
  static func log(_ input: Float) -> Float {
    var x = Swift.max(input, Float(bitPattern: 0x0080_0000))
    let bits = x.bitPattern
    let ei = Int32(bitPattern: bits >> 23) - 127
    x = Float(bitPattern: (bits & ~UInt32(0x7f80_0000)) | Float(0.5).bitPattern)
    var e = Float(ei) + 1
    let mask = x < Float(0.707106781186547524)
    let tmp: Float = mask ? x : 0
    x = x - 1
    e = e - (mask ? 1 : 0)
    x = x + tmp
    let z = x * x
    var y = Float(7.0376836292E-2).addingProductFMA(x, Float(-1.1514610310E-1))
    y = fma(y, x, 1.1676998740E-1)
    y = fma(y, x, -1.2420140846E-1)
    y = fma(y, x, 1.4249322787E-1)
    y = fma(y, x, -1.6668057665E-1)
    y = fma(y, x, 2.0000714765E-1)
    y = fma(y, x, -2.4999993993E-1)
    y = fma(y, x, 3.3333331174E-1)
    y = y * x
    y = fma(y, z, e * Float(-2.12194440e-4))
    y = fma(-z, 0.5, y)
    x = fma(e, 0.693359375, x + y)
    return x
  }

  /// sincos256_ps for one lane: returns (sin, cos).
  static func sincos(_ input: Float) -> (Float, Float) {
    var signSin = input.sign == .minus
    var x = abs(input)
    let scaled = x * Float(1.27323954473516)
    // cvttps: truncation; out-of-range gives INT_MIN like the instruction.
    var j: Int32 = (scaled.isFinite && scaled < 2_147_483_648) ? Int32(scaled) : Int32.min
    j = (j &+ 1) & ~1
    let y = Float(j)
    let swapSin = (j & 4) != 0
    let polyMask = (j & 2) == 0
    x = fma(y, -0.78515625, x)
    x = fma(y, -2.4187564849853515625e-4, x)
    x = fma(y, -3.77489497744594108e-8, x)
    let signCos = ((~(j &- 2)) & 4) != 0
    signSin = signSin != swapSin
    let z = x * x
    var yc = fma(Float(2.443315711809948E-005), z, Float(-1.388731625493765E-003))
    yc = fma(yc, z, 4.166664568298827E-002)
    yc = yc * z
    yc = fma(yc, z, -(z * 0.5))
    yc = yc + 1.0
    var ys = fma(Float(-1.9515295891E-4), z, Float(8.3321608736E-3))
    ys = fma(ys, z, -1.6666654611E-1)
    ys = ys * z
    ys = fma(ys, x, x)
    let ysin2: Float = polyMask ? ys : 0
    let ysin1: Float = polyMask ? 0 : yc
    let ys2 = ys - ysin2
    let yc2 = yc - ysin1
    var s = ysin1 + ysin2
    var c = yc2 + ys2
    if signSin { s = Float(bitPattern: s.bitPattern ^ 0x8000_0000) }
    if signCos { c = Float(bitPattern: c.bitPattern ^ 0x8000_0000) }
    return (s, c)
  }

  @inline(__always) static func fma(_ a: Float, _ b: Float, _ c: Float) -> Float {
    c.addingProduct(a, b)
  }
}

extension Float {
  /// fma(self, b, c) = self*b + c with one rounding.
  @inline(__always) func addingProductFMA(_ b: Float, _ c: Float) -> Float { c.addingProduct(self, b) }
}
