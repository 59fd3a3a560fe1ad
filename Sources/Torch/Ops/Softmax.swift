#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sum of `n` values in the order of ATen's `vec::reduce_all` for AVX2: a left fold below one vector,
/// else lane accumulators, the tail merged into the first lanes, then the shuffle tree.
func vecReduceSum<T: BinaryFloatingPoint>(_ n: Int, _ load: (Int) -> T) -> T {
  let w = T.self == Float.self ? 8 : 4
  if n == 0 { return 0 }
  if n < w {
    var acc = load(0)
    for i in 1..<Swift.max(n, 1) { acc += load(i) }
    return n == 0 ? 0 : acc
  }
  var lanes = (0..<w).map { load($0) }
  var d = w
  while d + w <= n {
    for l in 0..<w { lanes[l] += load(d + l) }
    d += w
  }
  if d < n {
    for l in 0..<(n - d) { lanes[l] += load(d + l) }
  }
  // Horizontal tree: halves, then quarters, then pairs.
  var width = w
  while width > 1 {
    width /= 2
    for l in 0..<width { lanes[l] = lanes[l] + lanes[l + width] }
  }
  return lanes[0]
}

extension Tensor {
  /// Applies `body` to every 1-D lane along `dim` of a contiguous copy: (input row, output row, length).
  private func laneMap<T: TensorElement & BinaryFloatingPoint>(
    _ d: Int, _: T.Type, _ body: (_ x: (Int) -> T, _ out: (Int, T) -> Void, _ n: Int) -> Void
  ) throws -> Tensor {
    let src = try contiguousData()
    let out = try Tensor(context: context, shape: shape, dtype: dtype)
    let n = dim == 0 ? 1 : shape[d]
    let inner = dim == 0 ? 1 : shape[(d + 1)...].reduce(1, *)
    let outer = dim == 0 ? 1 : shape[..<d].reduce(1, *)
    let px = src.pointer(T.self), po = out.pointer(T.self)
    for b in 0..<outer {
      for j in 0..<inner {
        let base = b * n * inner + j
        body({ px[base + $0 * inner] }, { po[base + $0 * inner] = $1 }, n)
      }
    }
    return out
  }

  /// `torch.softmax(self, dim)`: exp(x - max) * (1 / Σ) per lane (SoftmaxBackward0).
  public func softmax(dim d: Int) throws -> Tensor {
    let x = dtype.isFloatingPoint ? self : try toType(context.defaultDType)
    let n = try x.normalizeDim(d)
    if x.numel == 0 { return try x.clone() }
    func run<T: TensorElement & BinaryFloatingPoint>(_ t: T.Type, _ e: @escaping (T) -> T) throws -> Tensor {
      try x.laneMap(n, T.self) { load, store, len in
        var mx = load(0)
        for i in 1..<Swift.max(len, 1) where load(i) > mx || load(i).isNaN { mx = load(i) }
        var tmp = [T](repeating: 0, count: len)
        for i in 0..<len { tmp[i] = e(load(i) - mx) }
        let s = 1 / vecReduceSum(len) { tmp[$0] }
        for i in 0..<len { store(i, tmp[i] * s) }
      }
    }
    let out = x.dtype == .float32 ? try run(Float.self) { expf($0) } : try run(Double.self) { Glibc.exp($0) }
    if gradNeeded(x) {
      let o = out.detach()
      record("SoftmaxBackward0", out, [x], saved: [out]) { g in
        let gy = try g.mul(o)
        return [try gy.sub(o.mul(gy.sum(dim: n, keepDim: true)))]
      }
    }
    return out
  }

  /// `torch.log_softmax(self, dim)`: x - max - log(Σ exp(x - max)) per lane (LogSoftmaxBackward0).
  public func logSoftmax(dim d: Int) throws -> Tensor {
    let x = dtype.isFloatingPoint ? self : try toType(context.defaultDType)
    let n = try x.normalizeDim(d)
    if x.numel == 0 { return try x.clone() }
    func run<T: TensorElement & BinaryFloatingPoint>(_ t: T.Type, _ e: @escaping (T) -> T, _ lg: @escaping (T) -> T) throws -> Tensor {
      try x.laneMap(n, T.self) { load, store, len in
        var mx = load(0)
        for i in 1..<Swift.max(len, 1) where load(i) > mx || load(i).isNaN { mx = load(i) }
        let s = lg(vecReduceSum(len) { e(load($0) - mx) })
        for i in 0..<len { store(i, load(i) - mx - s) }
      }
    }
    let out = x.dtype == .float32
      ? try run(Float.self, { expf($0) }, { logf($0) }) : try run(Double.self, { Glibc.exp($0) }, { Glibc.log($0) })
    if gradNeeded(x) {
      let o = out.detach()
      record("LogSoftmaxBackward0", out, [x], saved: [out]) { g in
        [try g.sub(o.exp().mul(g.sum(dim: n, keepDim: true)))]
      }
    }
    return out
  }
}
