#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The raw fills behind rand/randn/uniform_/normal_/randint/randperm/bernoulli_, in torch's draw order.
extension Generator {
  /// `uniform_(from, to)` on contiguous float32 memory (torch-rng.md §2).
  func fillUniform(_ out: UnsafeMutableBufferPointer<Float>, from a: Double, to b: Double) {
    let from = Float(a), to = Float(b)
    let range = to - from
    let fused = capability.fused
    for i in 0..<out.count {
      let x = uniformFloat()
      var v = fused ? from.addingProduct(x, range) : x * range + from
      if v == to { v = from }
      out[i] = v
    }
  }

  /// `uniform_(from, to)` on contiguous float64 memory.
  func fillUniform(_ out: UnsafeMutableBufferPointer<Double>, from: Double, to: Double) {
    let range = to - from
    let fused = capability.fused
    for i in 0..<out.count {
      let x = uniformDouble()
      var v = fused ? from.addingProduct(x, range) : x * range + from
      if v == to { v = from }
      out[i] = v
    }
  }

  /// One draw of the scalar `normal_distribution<double>` path (uses and refills the cache).
  func scalarNormal(mean: Double, std: Double) -> Double {
    let ret: Double
    if let c = nextDoubleNormal {
      nextDoubleNormal = nil
      ret = c
    } else {
      let u1 = uniformDouble()
      let u2 = uniformDouble()
      let r = (-2.0 * log1p(-u2)).squareRoot()
      let theta = 2.0 * Double.pi * u1
      nextDoubleNormal = r * sin(theta)
      ret = r * cos(theta)
    }
    return capability.fused ? mean.addingProduct(ret, std) : ret * std + mean
  }

  /// `normal_(mean, std)` on float32 memory; `contiguous` chooses the ≥16 vectorised path (§3).
  func fillNormal(_ out: UnsafeMutableBufferPointer<Float>, mean: Double, std: Double, contiguous: Bool = true) {
    let n = out.count
    guard n >= 16 && contiguous else {
      for i in 0..<n { out[i] = Float(scalarNormal(mean: mean, std: std)) }
      return
    }
    for i in 0..<n { out[i] = uniformFloat() }
    let m = Float(mean), s = Float(std)
    var i = 0
    while i + 16 <= n {
      normalFill16(out, at: i, mean: m, std: s)
      i += 16
    }
    if n % 16 != 0 {
      for k in 0..<16 { out[n - 16 + k] = uniformFloat() }
      normalFill16(out, at: n - 16, mean: m, std: s)
    }
  }

  private func normalFill16(_ d: UnsafeMutableBufferPointer<Float>, at base: Int, mean: Float, std: Float) {
    for j in 0..<8 {
      let u1 = 1.0 - d[base + j]
      let u2 = d[base + j + 8]
      if capability == .avx2 {
        let radius = (Float(-2.0) * CephesMath.log(u1)).squareRoot()
        let theta = Float(2.0 * Double.pi) * u2
        let (sn, cs) = CephesMath.sincos(theta)
        d[base + j] = mean.addingProduct(radius * cs, std)
        d[base + j + 8] = mean.addingProduct(radius * sn, std)
      } else {
        let radius = (Float(-2.0) * logf(u1)).squareRoot()
        let theta = Float(6.283185307179586 * Double(u2))
        d[base + j] = mean.addingProduct(radius * cosf(theta), std)
        d[base + j + 8] = mean.addingProduct(radius * sinf(theta), std)
      }
    }
  }

  /// `normal_(mean, std)` on float64 memory.
  func fillNormal(_ out: UnsafeMutableBufferPointer<Double>, mean: Double, std: Double, contiguous: Bool = true) {
    let n = out.count
    guard n >= 16 && contiguous else {
      for i in 0..<n { out[i] = scalarNormal(mean: mean, std: std) }
      return
    }
    for i in 0..<n { out[i] = uniformDouble() }
    func fill16(_ base: Int) {
      for j in 0..<8 {
        let u1 = 1.0 - out[base + j]
        let u2 = out[base + j + 8]
        let radius = (-2.0 * log(u1)).squareRoot()
        let theta = 2.0 * Double.pi * u2
        out[base + j] = mean.addingProduct(radius * cos(theta), std)
        out[base + j + 8] = mean.addingProduct(radius * sin(theta), std)
      }
    }
    var i = 0
    while i + 16 <= n {
      fill16(i)
      i += 16
    }
    if n % 16 != 0 {
      for k in 0..<16 { out[n - 16 + k] = uniformDouble() }
      fill16(n - 16)
    }
  }

  /// `random_(low, high)`: one integer in [low, high) (caller checks low < high).
  @inline(__always) func randomInteger(low: Int64, high: Int64) -> Int64 {
    let range = UInt64(bitPattern: high &- low)
    let v: UInt64 = range >= (1 << 32) ? random64() : UInt64(random())
    return Int64(bitPattern: v % range) &+ low
  }

  /// `randperm(n)`: forward Fisher–Yates with n-1 draws.
  func permutation(_ n: Int) -> [Int64] {
    var r = (0..<n).map { Int64($0) }
    if n > 1 {
      for i in 0..<(n - 1) {
        let z = Int(UInt64(random()) % UInt64(n - i))
        r.swapAt(i, i + z)
      }
    }
    return r
  }

  /// `bernoulli_(p)`: one 64-bit draw per element (non-MKL path); true when u < p.
  @inline(__always) func bernoulli(_ p: Double) -> Bool {
    uniformDouble() < p
  }
}
