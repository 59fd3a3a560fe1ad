// Random tensor factories and in-place random fills. Every op takes an optional generator; nil means the
// session's default generator (`context.generator`), like torch's `generator=None`.
extension TorchContext {
  /// `torch.manual_seed(seed)` on the session's default generator.
  public func manualSeed(_ seed: Int64) { generator.manualSeed(seed) }

  /// `torch.rand(shape)`: uniform [0, 1).
  public func rand(_ shape: [Int], dtype: DType? = nil, generator: Generator? = nil, requiresGrad: Bool = false) throws -> Tensor {
    let t = try empty(shape, dtype: dtype)
    try t.uniform_(from: 0, to: 1, generator: generator)
    if requiresGrad { try t.requiresGrad(true, factory: true) }
    return t
  }

  /// `torch.randn(shape)`: standard normal.
  public func randn(_ shape: [Int], dtype: DType? = nil, generator: Generator? = nil, requiresGrad: Bool = false) throws -> Tensor {
    let t = try empty(shape, dtype: dtype)
    try t.normal_(mean: 0, std: 1, generator: generator)
    if requiresGrad { try t.requiresGrad(true, factory: true) }
    return t
  }

  /// `torch.randint(low, high, shape)`: integers in [low, high) (int64 by default).
  public func randint(low: Int64 = 0, high: Int64, _ shape: [Int], dtype: DType = .int64, generator: Generator? = nil) throws -> Tensor {
    guard low < high else {
      throw TorchError.runtime("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
    }
    let t = try empty(shape, dtype: dtype)
    let g = generator ?? self.generator
    let n = t.numel
    var vals = [Int64](repeating: 0, count: n)
    for i in 0..<n { vals[i] = g.randomInteger(low: low, high: high) }
    t.writeData(from: try tensor(vals, shape: shape))
    return t
  }

  /// `torch.randperm(n)`: a random permutation of 0..<n (int64).
  public func randperm(_ n: Int, dtype: DType = .int64, generator: Generator? = nil) throws -> Tensor {
    guard n >= 0 else { throw TorchError.runtime("Trying to create tensor with negative dimension \(n): [\(n)]") }
    try checkAllocation(bytes: n.multipliedReportingOverflow(by: 8).overflow ? Int.max : n * 8)
    let g = generator ?? self.generator
    return try tensor(g.permutation(n), shape: [n]).toType(dtype)
  }

  /// `torch.randn_like(t)`.
  public func randnLike(_ t: Tensor, generator: Generator? = nil) throws -> Tensor {
    try randn(t.shape, dtype: t.dtype, generator: generator)
  }

  /// `torch.rand_like(t)`.
  public func randLike(_ t: Tensor, generator: Generator? = nil) throws -> Tensor {
    try rand(t.shape, dtype: t.dtype, generator: generator)
  }
}

extension Tensor {
  /// Fills a contiguous float buffer via `fill`, then writes it into this tensor (in-place, no autograd).
  private func fillFloat(
    _ f32: (UnsafeMutableBufferPointer<Float>) -> Void, _ f64: (UnsafeMutableBufferPointer<Double>) -> Void, op: String
  ) throws {
    guard dtype.isFloatingPoint else {
      throw TorchError.notImplemented("\"\(op)\" not implemented for '\(dtype.legacyName)'")
    }
    try checkInPlace()
    let target = isContiguous ? self : try Tensor(context: context, shape: shape, dtype: dtype)
    let n = target.numel
    if dtype == .float32 {
      f32(UnsafeMutableBufferPointer(start: target.pointer(Float.self), count: n))
    } else {
      f64(UnsafeMutableBufferPointer(start: target.pointer(Double.self), count: n))
    }
    if target !== self { writeData(from: target) }
    storage.version += 1
  }

  /// `tensor.uniform_(from, to)` (torch's FMA rule and `v == to → from` clamp).
  @discardableResult
  public func uniform_(from a: Double = 0, to b: Double = 1, generator: Generator? = nil) throws -> Tensor {
    guard a <= b else {
      throw TorchError.runtime("uniform_ expects to return a [from, to) range, but found from=\(PyFormat.floatRepr(a)) > to=\(PyFormat.floatRepr(b))")
    }
    let g = generator ?? context.generator
    try fillFloat({ g.fillUniform($0, from: a, to: b) }, { g.fillUniform($0, from: a, to: b) }, op: "check_uniform_bounds")
    return self
  }

  /// `tensor.normal_(mean, std)`: scalar Box–Muller path below 16 elements, vectorised path at 16 or more.
  @discardableResult
  public func normal_(mean: Double = 0, std: Double = 1, generator: Generator? = nil) throws -> Tensor {
    guard std >= 0 else { throw TorchError.runtime("normal expects std >= 0.0, but found std \(PyFormat.floatRepr(std))") }
    let g = generator ?? context.generator
    let contiguous = isContiguous
    try fillFloat(
      { g.fillNormal($0, mean: mean, std: std, contiguous: contiguous) },
      { g.fillNormal($0, mean: mean, std: std, contiguous: contiguous) }, op: "normal_kernel_cpu")
    return self
  }

  /// `tensor.bernoulli_(p)`: 1 with probability p (one 64-bit draw per element, non-MKL order).
  @discardableResult
  public func bernoulli_(_ p: Double, generator: Generator? = nil) throws -> Tensor {
    guard p >= 0 && p <= 1 else { throw TorchError.runtime("bernoulli_ expects p to be in [0, 1], but got p=\(PyFormat.floatRepr(p))") }
    try checkInPlace()
    let g = generator ?? context.generator
    var vals = [Double](repeating: 0, count: numel)
    for i in 0..<vals.count { vals[i] = g.bernoulli(p) ? 1 : 0 }
    writeData(from: try context.tensor(vals, shape: shape))
    storage.version += 1
    return self
  }
}
